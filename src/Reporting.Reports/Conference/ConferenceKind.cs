using Reporting.Domain.Figures;

namespace Reporting.Reports.Conference;

/// <summary>The three reviews of plan 493/KH-UBND: one year (2016), three years (2018), five years (2020).</summary>
public sealed record ConferenceKind(int Year, FiguresPeriod Window, string Template, string Title, string ShortTitle)
{
    public static IReadOnlyList<ConferenceKind> All { get; } =
    [
        new(2016, FiguresPeriod.Window(2016, 2016), "bao-cao-2016.html", "BÁO CÁO SƠ KẾT MỘT NĂM", "sơ kết một năm"),
        new(2018, FiguresPeriod.Window(2016, 2018), "bao-cao-2018.html", "BÁO CÁO SƠ KẾT BA NĂM", "sơ kết 3 năm"),
        new(2020, FiguresPeriod.Window(2016, 2020), "bao-cao-2020.html", "BÁO CÁO TỔNG KẾT NĂM NĂM", "tổng kết 5 năm"),
    ];

    public static ConferenceKind? For(int year) => All.FirstOrDefault(k => k.Year == year);

    /// <summary>The Circular 44 years the pack shows: for 2020 the 2019 inspection and the years around it.</summary>
    public IReadOnlyList<int> Circular44Years => Year == 2020 ? [2018, 2019, 2020] : Enumerable.Range(Window.FromYear, Window.WindowYears).ToList();
}
