using System.Globalization;

namespace Reporting.Domain.Figures;

/// <summary>
/// A period of figures: a register year (<c>2018</c>), a year as of a month's last day
/// (<c>2018-03</c>), or a window of years (<c>2016-2018</c>).
/// </summary>
public sealed record FiguresPeriod(int FromYear, int ToYear, int? Month)
{
    public static FiguresPeriod Year(int year) => new(year, year, null);

    public static FiguresPeriod AsOfMonth(int year, int month) => new(year, year, month);

    public static FiguresPeriod Window(int fromYear, int toYear) => new(fromYear, toYear, null);

    public bool IsWindow => FromYear != ToYear;

    public bool IsMonth => Month is not null;

    /// <summary>
    /// The day the counts are taken on: the month's last day, or for a whole year the last day a
    /// register of that year may date anything (recognition runs to 31 March of the next year).
    /// </summary>
    public DateOnly AsOf => Month is { } month
        ? new DateOnly(ToYear, month, DateTime.DaysInMonth(ToYear, month))
        : DateOnly.MaxValue;

    public override string ToString() =>
        Month is { } month ? $"{FromYear:0000}-{month:00}"
        : IsWindow ? $"{FromYear:0000}-{ToYear:0000}"
        : FromYear.ToString("0000", CultureInfo.InvariantCulture);

    public static bool TryParse(string text, out FiguresPeriod period)
    {
        period = null!;
        var parts = text.Split('-');
        if (parts.Length == 1 && IsYear(parts[0], out var year))
            period = Year(year);
        else if (parts.Length == 2 && IsYear(parts[0], out var first) && parts[1].Length == 2
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12)
            period = AsOfMonth(first, month);
        else if (parts.Length == 2 && IsYear(parts[0], out var from) && IsYear(parts[1], out var to) && from <= to)
            period = Window(from, to);
        return period is not null;
    }

    private static bool IsYear(string text, out int year) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year) && text.Length == 4;
}
