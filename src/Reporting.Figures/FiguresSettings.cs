using Reporting.Domain.Figures;

namespace Reporting.Figures;

/// <summary>How figures are judged: who is exemplary, and the targets rates are held against.</summary>
public sealed record FiguresSettings(ExemplarRule Exemplars, TargetTable Targets, int MaxDaysSinceUpdate)
{
    public static FiguresSettings Default { get; } = new(ExemplarRule.Default, TargetTable.Default, 45);
}
