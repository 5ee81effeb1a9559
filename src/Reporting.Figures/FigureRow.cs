using Reporting.Domain.Titles;
using Reporting.Domain.Units;

namespace Reporting.Figures;

/// <summary>
/// The counts of one title for one unit in one period (specs/figures.md). Counts that do not apply
/// are null: <c>passed</c>/<c>recognized</c> for the commune-level title, whose classification
/// counts replace them; the classification counts for the other titles; rejected rows at village
/// level, where a rejected row cannot be placed. The window counts are set only for a window period.
/// </summary>
public sealed record FigureRow(
    string Period,
    UnitLevel Level,
    string UnitCode,
    string UnitName,
    string? ParentCode,
    Title Title,
    long Eligible,
    long Registered,
    long Evaluated,
    long? Passed,
    long? Recognized,
    long? Good,
    long? Fair,
    long? Average,
    long? Unclassified,
    long? RejectedRows,
    string? Terrain = null,
    long? RecognizedAny = null,
    long? RecognizedEveryYear = null,
    long? Exemplary = null,
    decimal? TargetPercent = null) : IUnitRow
{
    /// <summary>The kind of area of the unit's terrain (a village takes its commune's).</summary>
    public AreaKind? Area => AreaKinds.Of(Terrain);

    /// <summary>Recognised share minus its target, in points: negative is below target.</summary>
    public decimal? TargetGapPercent => RecognizedPercent is { } rate && TargetPercent is { } target ? rate - target : null;

    public decimal? RegisteredPercent => Percent(Registered, Eligible);

    public decimal? RecognizedOfRegisteredPercent => Recognized is { } recognized ? Percent(recognized, Registered) : null;

    public decimal? RecognizedPercent => Recognized is { } recognized ? Percent(recognized, Eligible) : null;

    /// <summary>A share in percent with one decimal, half away from zero; blank when nothing to divide by.</summary>
    public static decimal? Percent(long part, long whole) =>
        whole == 0 ? null : Math.Round(100m * part / whole, 1, MidpointRounding.AwayFromZero);
}
