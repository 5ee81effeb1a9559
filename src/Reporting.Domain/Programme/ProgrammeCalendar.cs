using Reporting.Domain.Registers;

namespace Reporting.Domain.Programme;

/// <summary>A review conference (<i>hội nghị sơ kết, tổng kết</i>): its year, the first year of the window it reviews, and whether it commends exemplars with rewards.</summary>
public sealed record Review(int Year, int FromYear, bool Rewards)
{
    public int WindowYears => Year - FromYear + 1;
}

/// <summary>
/// The plan's calendar (section <c>Programme</c>): the years registers speak for, the review
/// conferences, the year communes are inspected under Circular 44, and the year of the regional
/// discussions (<i>tọa đàm</i>) that compare kinds of area.
/// </summary>
public sealed record ProgrammeCalendar(ProgrammePeriod Period, IReadOnlyList<Review> Reviews, int? Circular44InspectionYear, int? DiscussionYear)
{
    /// <summary>
    /// Plan 493/KH-UBND's own calendar over a period: a one-year review in the first year, a review
    /// of three years, the summary of the whole period in its last year (both commending exemplars),
    /// the Circular 44 inspection the year before the last, the discussions with the three-year review.
    /// </summary>
    public static ProgrammeCalendar Plan493(ProgrammePeriod period)
    {
        var (first, last) = (period.FirstYear, period.LastYear);
        var reviews = new[] { new Review(first, first, false), new Review(first + 2, first, true), new Review(last, first, true) }
            .Where(r => period.Contains(r.Year)).DistinctBy(r => r.Year).ToList();
        return new ProgrammeCalendar(period, reviews, period.Contains(last - 1) ? last - 1 : null, period.Contains(first + 2) ? first + 2 : null);
    }

    public static ProgrammeCalendar Default { get; } = Plan493(ProgrammePeriod.Default);

    public Review? ReviewIn(int year) => Reviews.FirstOrDefault(r => r.Year == year);

    /// <summary>The last review, which sums up the whole programme (<i>tổng kết</i>).</summary>
    public bool IsFinal(Review review) => review.Year == Reviews.Max(r => r.Year);
}
