using System.ComponentModel.DataAnnotations;
using Reporting.Domain.Figures;
using Reporting.Domain.Titles;
using Reporting.Figures;

namespace Reporting.Figures;

/// <summary>
/// Section <c>Figures</c>: the exemplar rule, the targets of Decision 281/QĐ-TTg by title key for
/// general and mountain areas, and how old a register may be and still count as on time.
/// </summary>
public sealed class FiguresOptions : IValidatableObject
{
    public const string Section = "Figures";

    public ExemplarOptions Exemplars { get; set; } = new();

    public Dictionary<string, decimal> GeneralTargets { get; set; } = Keys(TargetTable.Default.General);

    public Dictionary<string, decimal> MountainTargets { get; set; } = Keys(TargetTable.Default.Mountain);

    /// <summary>The year the targets are for (Decision 281/QĐ-TTg sets them for 2020).</summary>
    [Range(2000, 2100)]
    public int TargetYear { get; set; } = TargetTable.Default.Year;

    [Range(0, 3650)]
    public int MaxDaysSinceUpdate { get; set; } = FiguresSettings.Default.MaxDaysSinceUpdate;

    public FiguresSettings ToSettings() => new(
        new ExemplarRule(Exemplars.MinimumYears, Exemplars.LastYearRequired),
        new TargetTable(Titles(GeneralTargets), Titles(MountainTargets), TargetYear),
        MaxDaysSinceUpdate);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Exemplars.MinimumYears is < 1)
            yield return new ValidationResult($"{Section}:Exemplars:MinimumYears must be 1 or more (or absent: every year of the window).");
        foreach (var (name, targets) in new[] { (nameof(GeneralTargets), GeneralTargets), (nameof(MountainTargets), MountainTargets) })
        {
            foreach (var (key, value) in targets)
            {
                if (!Enum.GetValues<Title>().Any(t => t.Key() == key) || key == Title.CommuneCommunity.Key())
                    yield return new ValidationResult($"{Section}:{name}: '{key}' is not family, clan, community or unit.");
                if (value is < 0 or > 100)
                    yield return new ValidationResult($"{Section}:{name}:{key} = {value} is not a percentage.");
            }
        }
    }

    private static Dictionary<string, decimal> Keys(IReadOnlyDictionary<Title, decimal> targets) =>
        targets.ToDictionary(t => t.Key.Key(), t => t.Value);

    private static Dictionary<Title, decimal> Titles(Dictionary<string, decimal> targets) =>
        Enum.GetValues<Title>().Where(t => targets.ContainsKey(t.Key())).ToDictionary(t => t, t => targets[t.Key()]);

    public sealed class ExemplarOptions
    {
        /// <summary>Recognised in at least this many years of the window; absent: every year.</summary>
        public int? MinimumYears { get; set; }

        /// <summary>Whether the window's last year must be one of them.</summary>
        public bool LastYearRequired { get; set; } = true;
    }
}
