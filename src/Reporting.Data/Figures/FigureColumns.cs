using System.Globalization;
using Reporting.Domain.Titles;
using Reporting.Domain.Units;

namespace Reporting.Data.Figures;

/// <summary>
/// The export columns, in order, with their stable names (documented in the README). Outside
/// tools read figures by these names: add columns, never rename them.
/// </summary>
public static class FigureColumns
{
    public sealed record Column(string Name, Func<FigureRow, object?> Value);

    public static IReadOnlyList<Column> All { get; } =
    [
        new("period", r => r.Period),
        new("level", r => r.Level.Key()),
        new("unit_code", r => r.UnitCode),
        new("unit_name", r => r.UnitName),
        new("parent_code", r => r.ParentCode),
        new("title", r => r.Title.Key()),
        new("eligible", r => r.Eligible),
        new("registered", r => r.Registered),
        new("evaluated", r => r.Evaluated),
        new("passed", r => r.Passed),
        new("recognized", r => r.Recognized),
        new("good", r => r.Good),
        new("fair", r => r.Fair),
        new("average", r => r.Average),
        new("unclassified", r => r.Unclassified),
        new("rejected_rows", r => r.RejectedRows),
        new("registered_pct", r => r.RegisteredPercent),
        new("recognized_of_registered_pct", r => r.RecognizedOfRegisteredPercent),
        new("recognized_pct", r => r.RecognizedPercent),
    ];

    public static string Invariant(object? value) => value switch
    {
        null => string.Empty,
        decimal number => number.ToString("0.0", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
