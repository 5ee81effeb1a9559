using Reporting.Domain.Figures;

namespace Reporting.Reports.Output;

/// <summary>
/// What a document's figures count, in the same words in every document (specs/reports.md): a
/// year's figures include the recognition decisions signed up to 31 March of the next year; an
/// as-of figure counts to its date.
/// </summary>
public static class CutOff
{
    /// <summary>"số liệu năm 2018, gồm các quyết định công nhận đến 31/03/2019".</summary>
    public static string Year(int year) =>
        $"số liệu năm {year}, gồm các quyết định công nhận đến {Vietnamese.Date(FiguresPeriod.RecognitionDeadline(year))}";

    /// <summary>"số liệu năm 2018 tính đến ngày 31/12/2018".</summary>
    public static string AsOf(int year, DateOnly day) => $"số liệu năm {year} tính đến ngày {Vietnamese.Date(day)}";

    /// <summary>"số liệu các năm 2016–2018, mỗi năm gồm các quyết định công nhận đến 31/03 năm sau".</summary>
    public static string Window(int fromYear, int toYear) => fromYear == toYear
        ? Year(toYear)
        : $"số liệu các năm {fromYear}–{toYear}, mỗi năm gồm các quyết định công nhận đến 31/03 năm sau";

    public static string Of(FiguresPeriod period) => period.Kind switch
    {
        PeriodKind.Month => AsOf(period.ToYear, period.AsOf),
        PeriodKind.Window => Window(period.FromYear, period.ToYear),
        _ => Year(period.ToYear),
    };
}
