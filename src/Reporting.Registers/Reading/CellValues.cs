using System.Globalization;
using Reporting.Domain.Registers;
using Reporting.Registers.Schema;

namespace Reporting.Registers.Reading;

/// <summary>The reading rules for single cells: flags, results, dates, numbers. Null means "not readable".</summary>
public static partial class CellValues
{
    private static readonly HashSet<string> TrueWords = new(StringComparer.OrdinalIgnoreCase) { "x", "v", "✓", "✔", "☑", "1", "có", "true" };
    private static readonly HashSet<string> FalseWords = new(StringComparer.OrdinalIgnoreCase) { "", "0", "không", "false" };

    public static bool IsBlank(object? value) => value is null || (value is string text && TextNormalizer.Clean(text).Length == 0);

    public static string Text(object? value) => value switch
    {
        null => string.Empty,
        string text => TextNormalizer.Clean(text),
        double number => number.ToString(CultureInfo.InvariantCulture),
        DateTime date => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        bool flag => flag ? "TRUE" : "FALSE",
        _ => TextNormalizer.Clean(Convert.ToString(value, CultureInfo.InvariantCulture)),
    };

    public static bool? Flag(object? value) => value switch
    {
        null => false,
        bool flag => flag,
        double number when number == 1 => true,
        double number when number == 0 => false,
        _ when TrueWords.Contains(Text(value)) => true,
        _ when FalseWords.Contains(Text(value)) => false,
        _ => null,
    };

    /// <summary>Null when blank (not evaluated yet); throws nothing, reports unreadable via <paramref name="readable"/>.</summary>
    public static EvaluationResult? Result(object? value, out bool readable)
    {
        readable = true;
        switch (TextNormalizer.Fold(Text(value)))
        {
            case "":
                return null;
            case "dat":
                return EvaluationResult.Passed;
            case "khong dat":
                return EvaluationResult.NotPassed;
            default:
                readable = false;
                return null;
        }
    }

    public static DateOnly? Date(object? value) => value switch
    {
        DateTime date => DateOnly.FromDateTime(date),
        double serial when serial is >= 1 and < 2958466 => DateOnly.FromDateTime(DateTime.FromOADate(serial)),
        string text => DateText(TextNormalizer.Clean(text)),
        _ => null,
    };

    /// <summary>
    /// A date typed as text, always day first as Vietnamese write it: <c>5/3/2017</c>, <c>05-03-17</c>,
    /// <c>5.3.2017</c>, or year first <c>2017-03-05</c>; one separator throughout, a time after it
    /// ignored. A two-digit year is 20yy. Anything else (a month past 12, <c>3/25/2017</c>) is not a date.
    /// </summary>
    private static DateOnly? DateText(string text)
    {
        var match = TextDate().Match(text);
        if (!match.Success)
            return null;
        int Part(string name) => int.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture);
        var year = match.Groups["y"].Success ? Part("y") : Part("Y");
        if (year < 100)
            year += 2000;
        var (month, day) = match.Groups["y"].Success ? (Part("m"), Part("d")) : (Part("M"), Part("D"));
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    public static decimal? Number(object? value)
    {
        switch (value)
        {
            case double or float:
                // A number past decimal's range is no count or score: the row reports it as not a number.
                var number = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                return double.IsFinite(number) && Math.Abs(number) < 7.9e28 ? (decimal)number : null;
            case int or long or decimal:
                return Convert.ToDecimal(value, CultureInfo.InvariantCulture);
            case string text:
                var clean = TextNormalizer.Clean(text);
                // Typed as text, 1.000 or 12.345 is a Vietnamese thousands separator, not a decimal point.
                if (ThousandsWithDots().IsMatch(clean))
                    return decimal.Parse(clean.Replace(".", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
                if (decimal.TryParse(clean, NumberStyles.Number, CultureInfo.InvariantCulture, out var invariant) && !clean.Contains(','))
                    return invariant;
                // Vietnamese Excel writes 8,5 for eight and a half.
                return decimal.TryParse(clean, NumberStyles.Number, CultureInfo.GetCultureInfo("vi-VN"), out var vietnamese) ? vietnamese : null;
            default:
                return null;
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:(?<d>\d{1,2})(?<s>[/.-])(?<m>\d{1,2})\k<s>(?<y>\d{4}|\d{2})|(?<Y>\d{4})(?<t>[/.-])(?<M>\d{1,2})\k<t>(?<D>\d{1,2}))(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")]
    private static partial System.Text.RegularExpressions.Regex TextDate();

    [System.Text.RegularExpressions.GeneratedRegex(@"^[1-9][0-9]{0,2}(\.[0-9]{3})+$")]
    private static partial System.Text.RegularExpressions.Regex ThousandsWithDots();
}
