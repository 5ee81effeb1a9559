using System.Globalization;

namespace Reporting.Domain.Figures;

public enum PeriodKind
{
    Year,
    Month,
    Window,
}

/// <summary>
/// A period of figures: a register year (<c>2018</c>), a year as of a month's last day
/// (<c>2018-03</c>), or a window of years (<c>2016-2018</c>; <c>2016-2016</c> is the one-year window
/// of the 2016 review).
/// </summary>
public sealed record FiguresPeriod(PeriodKind Kind, int FromYear, int ToYear, int? Month)
{
    public static FiguresPeriod Year(int year) => new(PeriodKind.Year, year, year, null);

    public static FiguresPeriod AsOfMonth(int year, int month) => new(PeriodKind.Month, year, year, month);

    public static FiguresPeriod Window(int fromYear, int toYear) => new(PeriodKind.Window, fromYear, toYear, null);

    /// <summary>The last day a recognition decision still counts for a register year: 31 March of the next year.</summary>
    public static DateOnly RecognitionDeadline(int year) => new(year + 1, 3, 31);

    public bool IsWindow => Kind == PeriodKind.Window;

    public bool IsMonth => Kind == PeriodKind.Month;

    public int WindowYears => ToYear - FromYear + 1;

    /// <summary>
    /// The day the counts are taken on: the month's last day; for a year or a window, every date a
    /// register may hold (recognition runs to 31 March of the next year).
    /// </summary>
    public DateOnly AsOf => Month is { } month
        ? new DateOnly(ToYear, month, DateTime.DaysInMonth(ToYear, month))
        : DateOnly.MaxValue;

    /// <summary>As a reader says it: "năm 2018", "tháng 03/2018", "giai đoạn 2016–2018".</summary>
    public string Vietnamese => Kind switch
    {
        PeriodKind.Month => $"tháng {Month:00}/{FromYear:0000}",
        PeriodKind.Window => $"giai đoạn {FromYear:0000}–{ToYear:0000}",
        _ => $"năm {FromYear:0000}",
    };

    public override string ToString() => Kind switch
    {
        PeriodKind.Month => $"{FromYear:0000}-{Month:00}",
        PeriodKind.Window => $"{FromYear:0000}-{ToYear:0000}",
        _ => FromYear.ToString("0000", CultureInfo.InvariantCulture),
    };

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
