using System.Text.RegularExpressions;
using Reporting.Domain.Units;

namespace Reporting.App.Web.Admin;

/// <summary>A unit as the forms offer it, "Xã Đức Phú — Huyện Tánh Linh (22768)", and back to its code.</summary>
public sealed partial record UnitChoice(string Code, string Label, UnitLevel Level)
{
    public bool IsProvince => Level == UnitLevel.Province;

    public bool IsCommune => Level == UnitLevel.Commune;

    /// <summary>Every unit that has existed in the programme's years, newest version first: the province, its districts, then communes by district.</summary>
    public static IReadOnlyList<UnitChoice> All(UnitDirectory units) => Listed.GetValue(units, List);

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<UnitDirectory, IReadOnlyList<UnitChoice>> Listed = new();

    private static IReadOnlyList<UnitChoice> List(UnitDirectory units) => units.Versions
        .GroupBy(u => u.Code).Select(g => g.MaxBy(u => u.ValidFrom)!)
        .OrderBy(u => u.Level).ThenBy(u => u.Level == UnitLevel.Commune ? units.Latest(u.ParentCode!)?.Name : null, StringComparer.Ordinal)
        .ThenBy(u => u.Name, StringComparer.Ordinal)
        .Select(u => new UnitChoice(u.Code, LabelOf(u, units), u.Level)).ToList();

    private static string LabelOf(AdministrativeUnit unit, UnitDirectory units) =>
        unit.Level == UnitLevel.Commune && unit.ParentCode is { } parent ? $"{unit.Name} — {units.Latest(parent)?.Name} ({unit.Code})" : $"{unit.Name} ({unit.Code})";

    /// <summary>
    /// The code a form's unit field names: the code in brackets of a chosen label, a code typed as
    /// such, or a name that only one unit has. Anything else goes on as typed, for the request to refuse.
    /// </summary>
    public static string? CodeOf(string? text, UnitDirectory units)
    {
        var typed = text?.Trim();
        if (string.IsNullOrEmpty(typed))
            return null;
        if (CodeInBrackets().Match(typed) is { Success: true } match)
            return match.Groups[1].Value;
        if (typed.All(char.IsAsciiDigit))
            return typed;
        var named = units.Versions.Where(u => string.Equals(u.Name, typed, StringComparison.OrdinalIgnoreCase)).Select(u => u.Code).Distinct().ToList();
        return named.Count == 1 ? named[0] : typed;
    }

    [GeneratedRegex(@"\((\d+)\)\s*$")]
    private static partial Regex CodeInBrackets();
}
