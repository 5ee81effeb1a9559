using Reporting.Domain.Costs;
using Reporting.Domain.Figures;
using Reporting.Domain.Programme;
using Reporting.Domain.Registers;
using Reporting.Domain.Titles;
using Reporting.Domain.Units;
using Reporting.Figures;
using Reporting.Figures.Snapshots;

namespace Reporting.Reports.Costs;

/// <summary>One line of an estimate: an item for one unit, its quantity with the reason for it, and its price; the budget of the unit's level pays it.</summary>
public sealed record CostLine(UnitLevel Level, string UnitCode, string UnitName, string DistrictCode, CostItem Item, decimal Quantity, UnitCost Price, string Basis)
{
    public decimal Amount => Money.Amount(Quantity, Price.Amount);

    public UnitLevel PaidBy => Level;
}

/// <summary>
/// The yearly estimate (dự toán kinh phí) of every level for year Y, drawn up in year Y−1 (on
/// <see cref="CostSettings.DraftedOn"/>, whose rates it uses) from the figures of the year before
/// (the first programme year uses its own) and from the plan's calendar: a review conference in the
/// year of a review (a one-year review in the configured districts only, a longer one at every
/// level), the regional discussions (tọa đàm) by kind of area, the Circular 44 inspections, and the
/// commendation, by quota, of exemplars where the review rewards them.
/// </summary>
public sealed class CostEstimator(CostSettings settings, UnitDirectory units, ProgrammeCalendar calendar)
{
    public CostSettings Settings => settings;

    public ProgrammePeriod Programme => calendar.Period;

    public async Task<IReadOnlyList<CostLine>> EstimateAsync(int year, RunSnapshots figures, CancellationToken cancellationToken)
    {
        var baseRows = await figures.FiguresAsync(FiguresPeriod.Year(BaseYear(year)), cancellationToken);
        var commendations = calendar.ReviewIn(year) is { Rewards: true } review ? await CommendationsAsync(review, figures, cancellationToken) : null;
        return Estimate(year, baseRows, commendations);
    }

    /// <summary>
    /// A review's commendations as the estimate of its year foresees them: the candidates are the
    /// exemplars of the window's years before the review's, and, unless an entity may be commended
    /// again, the earlier rewarding review's commended are taken off.
    /// </summary>
    public async Task<ReviewCommendations> CommendationsAsync(Review review, RunSnapshots figures, CancellationToken cancellationToken)
    {
        var earlierReview = settings.Rewards.CommendAgain ? null
            : calendar.Reviews.Where(r => r.Rewards && r.Year < review.Year).MaxBy(r => r.Year);
        var earlier = earlierReview is null ? null : await CommendationsAsync(earlierReview, figures, cancellationToken);
        var candidates = CandidatesWindow(review) is { } window ? await figures.FiguresAsync(window, cancellationToken) : [];
        return Commend(review, candidates, earlier);
    }

    /// <summary>The window a review's commendation candidates are the exemplars of: its years before its own; none for a review of one year.</summary>
    public static FiguresPeriod? CandidatesWindow(Review review) =>
        review.Year > review.FromYear ? FiguresPeriod.Window(review.FromYear, review.Year - 1) : null;

    /// <summary>A review's commendations from the exemplars of its window's years before its own, less those commended at <paramref name="earlier"/>.</summary>
    public ReviewCommendations Commend(Review review, IReadOnlyList<FigureRow> candidates, ReviewCommendations? earlier = null) =>
        ReviewCommendations.Of(review, review.Year - 1, candidates, settings.Rewards, units, earlier);

    /// <summary>The lines of year Y from the figures of its base year (<see cref="BaseYear"/>) and, in a year whose review rewards exemplars, its commendations.</summary>
    public IReadOnlyList<CostLine> Estimate(int year, IReadOnlyList<FigureRow> baseRows, ReviewCommendations? commendations) =>
        new YearEstimate(settings, units, calendar, year, BaseYear(year), baseRows, commendations).Lines();

    public int BaseYear(int year) => Math.Max(calendar.Period.FirstYear, year - 1);
}
