using Reporting.Domain.Titles;
using Reporting.Domain.Units;
using Reporting.Figures;

namespace Reporting.Reports.Tests;

/// <summary>Figure rows written by hand, as the figure queries would return them.</summary>
internal static class FigureRows
{
    public static FigureRow Row(
        string period, UnitLevel level, string code, string? parent, Title title, long eligible, long registered, long recognized,
        string? name = null, string? terrain = null, decimal? target = null, long exemplary = 0) =>
        new(period, level, code, name ?? code, parent, title, eligible, registered, registered, recognized, recognized,
            null, null, null, null, 0, terrain, RecognizedAny: recognized, RecognizedEveryYear: exemplary, Exemplary: exemplary, TargetPercent: target);

    public static FigureRow Commune(string period, string code, string district, Title title, long eligible, long registered, long recognized, long exemplary = 0) =>
        Row(period, UnitLevel.Commune, code, district, title, eligible, registered, recognized, exemplary: exemplary);

    /// <summary>The Circular 44 classes of the communes under a unit.</summary>
    public static FigureRow Classes(string period, UnitLevel level, string code, long communes, long assessed, long good, long fair, long average, long unclassified) =>
        new(period, level, code, code, null, Title.CommuneCommunity, communes, assessed, assessed, null, null, good, fair, average, unclassified, 0);
}
