using System.Globalization;

namespace Reporting.Reports.Output;

/// <summary>Numbers and dates as Vietnamese readers write them: <c>145.092</c>, <c>49,0%</c>, <c>31/12/2020</c>.</summary>
public static class Vietnamese
{
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("vi-VN");

    public static string Number(long value) => value.ToString("N0", Culture);

    /// <summary>A share already in percent (49.0 → "49,0%"); blank when there is nothing to divide by.</summary>
    public static string Percent(decimal? percent) => percent is { } value ? value.ToString("0.0", Culture) + "%" : "–";

    /// <summary>A difference of shares in percentage points, with its sign ("+5,3 điểm %").</summary>
    public static string Points(decimal? points) => points is null ? "–" : Gap(points) + " điểm %";

    /// <summary>A difference of shares with its sign and without its unit, for a column that names it ("−5,3").</summary>
    public static string Gap(decimal? points) => points is { } value
        ? (value > 0 ? "+" : value < 0 ? "−" : "") + Math.Abs(value).ToString("0.0", Culture)
        : "–";

    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>"A, B và C".</summary>
    public static string List(IReadOnlyList<string> items) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " và " + items[^1],
    };
}
