using System.Globalization;
using Reporting.Domain.Figures;
using Reporting.Domain.Programme;

namespace Reporting.Reports.Conference;

/// <summary>
/// A review conference as its pack presents it: the window it reviews, its template, its title
/// (<i>sơ kết một năm</i>, <i>sơ kết 3 năm</i>, <i>tổng kết 5 năm</i>), which years of Circular 44
/// classes it shows, and whether it compares kinds of area (the year of the regional discussions).
/// </summary>
public sealed record ConferenceKind(
    Review Review, FiguresPeriod Window, string Template, string Title, string ShortTitle,
    IReadOnlyList<int> Circular44Years, int Circular44Year, bool InspectionInWindow, bool ComparesAreas)
{
    private static readonly string[] Numbers = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"];

    public int Year => Review.Year;

    /// <summary>The window's length as the report says it: "một", "ba", "năm".</summary>
    public string WindowYearsInWords => InWords(Review.WindowYears);

    private static string InWords(int number) => number < Numbers.Length ? Numbers[number] : number.ToString(CultureInfo.InvariantCulture);

    public static ConferenceKind? For(int year, ProgrammeCalendar calendar) => calendar.ReviewIn(year) is { } review ? Of(review, calendar) : null;

    public static IReadOnlyList<ConferenceKind> All(ProgrammeCalendar calendar) => calendar.Reviews.Select(r => Of(r, calendar)).ToList();

    public static ConferenceKind Of(Review review, ProgrammeCalendar calendar)
    {
        var years = review.WindowYears;
        var (kind, template) = calendar.IsFinal(review) && years > 1 ? ("tổng kết", "bao-cao-tong-ket.html")
            : years == 1 ? ("sơ kết", "bao-cao-so-ket-nam-dau.html")
            : ("sơ kết", "bao-cao-so-ket.html");
        var spoken = InWords(years);
        var window = FiguresPeriod.Window(review.FromYear, review.Year);
        // The inspection and the years beside it, when the window holds the inspection; else the window's years.
        var inspection = calendar.Circular44InspectionYear is { } y && y >= review.FromYear && y <= review.Year ? y : (int?)null;
        var classYears = Enumerable.Range(review.FromYear, years)
            .Where(year => inspection is not { } i || Math.Abs(year - i) <= 1).ToList();
        return new ConferenceKind(review, window, template,
            $"BÁO CÁO {kind.ToUpperInvariant()} {spoken.ToUpperInvariant()} NĂM",
            years == 1 ? $"{kind} một năm" : $"{kind} {years} năm",
            classYears, inspection ?? review.Year, inspection is not null, calendar.DiscussionYear == review.Year);
    }
}
