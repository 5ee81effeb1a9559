using System.ComponentModel.DataAnnotations;
using Reporting.Domain.Programme;
using Reporting.Domain.Registers;

namespace Reporting.Data;

/// <summary>
/// Section <c>Programme</c>: the years registers may speak for and the plan's calendar in them.
/// Whatever is not given follows plan 493/KH-UBND over those years (<see cref="ProgrammeCalendar.Plan493"/>).
/// </summary>
public sealed class ProgrammeOptions : IValidatableObject
{
    public const string Section = "Programme";

    [Range(2000, 2100)]
    public int FirstYear { get; set; } = ProgrammePeriod.Default.FirstYear;

    [Range(2000, 2100)]
    public int LastYear { get; set; } = ProgrammePeriod.Default.LastYear;

    /// <summary>The review conferences; none given means the plan's.</summary>
    public List<ReviewOption> Reviews { get; set; } = [];

    /// <summary>The year communes are inspected under Circular 44/2014; 0 for none.</summary>
    public int? Circular44InspectionYear { get; set; }

    /// <summary>The year of the regional discussions that compare kinds of area; 0 for none.</summary>
    public int? DiscussionYear { get; set; }

    public ProgrammePeriod ToPeriod() => new(FirstYear, LastYear);

    public ProgrammeCalendar ToCalendar()
    {
        var plan = ProgrammeCalendar.Plan493(ToPeriod());
        return new ProgrammeCalendar(
            plan.Period,
            Reviews.Count == 0 ? plan.Reviews : Reviews.Select(r => new Review(r.Year, r.FromYear ?? FirstYear, r.Rewards ?? r.Year > (r.FromYear ?? FirstYear))).OrderBy(r => r.Year).ToList(),
            Circular44InspectionYear is { } inspection ? (inspection == 0 ? null : inspection) : plan.Circular44InspectionYear,
            DiscussionYear is { } discussion ? (discussion == 0 ? null : discussion) : plan.DiscussionYear);
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (LastYear < FirstYear)
        {
            yield return new ValidationResult($"{Section}:LastYear ({LastYear}) is before {Section}:FirstYear ({FirstYear}).");
            yield break;
        }
        var period = ToPeriod();
        foreach (var review in Reviews)
        {
            if (!period.Contains(review.Year) || review.FromYear is { } from && (!period.Contains(from) || from > review.Year))
                yield return new ValidationResult(
                    $"{Section}:Reviews: the review of {review.Year} (from {review.FromYear ?? FirstYear}) must lie in {FirstYear}–{LastYear}, its window starting no later than it.");
        }
        foreach (var year in Reviews.GroupBy(r => r.Year).Where(g => g.Count() > 1).Select(g => g.Key))
            yield return new ValidationResult($"{Section}:Reviews: {year} appears more than once.");
        foreach (var (name, year) in new[] { (nameof(Circular44InspectionYear), Circular44InspectionYear), (nameof(DiscussionYear), DiscussionYear) })
        {
            if (year is { } y && y != 0 && !period.Contains(y))
                yield return new ValidationResult($"{Section}:{name} ({y}) is not a year of {FirstYear}–{LastYear} (0 for none).");
        }
    }

    public sealed class ReviewOption
    {
        public int Year { get; set; }

        /// <summary>The window's first year; absent: the programme's first year.</summary>
        public int? FromYear { get; set; }

        /// <summary>Whether the exemplars of the window are commended with rewards; absent: when the window is longer than a year.</summary>
        public bool? Rewards { get; set; }
    }
}
