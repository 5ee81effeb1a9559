using Reporting.Domain.Titles;
using Reporting.Domain.Units;

namespace Reporting.Figures.Export;

/// <summary>
/// The export columns of each table, in order, with their stable names (documented in the README).
/// Outside tools read figures by these names: add columns, never rename them.
/// </summary>
public static class FigureColumns
{
    public static IReadOnlyList<ExportColumn<FigureRow>> Figures { get; } =
    [
        new("period", r => r.Period),
        new("level", r => r.Level.Key()),
        new("unit_code", r => r.UnitCode),
        new("unit_name", r => r.UnitName),
        new("parent_code", r => r.ParentCode),
        new("title", r => r.Title.Key()),
        new("eligible", r => r.Eligible),
        new("registered", r => r.Registered),
        new("evaluated", r => r.Evaluated),
        new("passed", r => r.Passed),
        new("recognized", r => r.Recognized),
        new("good", r => r.Good),
        new("fair", r => r.Fair),
        new("average", r => r.Average),
        new("unclassified", r => r.Unclassified),
        new("rejected_rows", r => r.RejectedRows),
        new("registered_pct", r => r.RegisteredPercent),
        new("recognized_of_registered_pct", r => r.RecognizedOfRegisteredPercent),
        new("recognized_pct", r => r.RecognizedPercent),
        new("terrain", r => r.Terrain),
        new("recognized_any", r => r.RecognizedAny),
        new("recognized_every_year", r => r.RecognizedEveryYear),
        new("exemplary", r => r.Exemplary),
        new("target_pct", r => r.TargetPercent),
        new("target_gap_pct", r => r.TargetGapPercent),
    ];

    public static IReadOnlyList<ExportColumn<Exemplar>> Exemplars { get; } =
    [
        new("period", e => e.Period),
        new("title", e => e.Title.Key()),
        new("district_code", e => e.DistrictCode),
        new("commune_code", e => e.CommuneCode),
        new("village_code", e => e.VillageCode),
        new("village_name", e => e.VillageName),
        new("entity_key", e => e.EntityKey),
        new("code", e => e.Code),
        new("name", e => e.Name),
        new("years_recognized", e => string.Join(';', e.YearsRecognized)),
        new("decision_numbers", e => string.Join(';', e.DecisionNumbers)),
    ];

    public static IReadOnlyList<ExportColumn<CompletenessRow>> Completeness { get; } =
    [
        new("period", r => r.Period),
        new("level", r => r.Level.Key()),
        new("unit_code", r => r.UnitCode),
        new("unit_name", r => r.UnitName),
        new("parent_code", r => r.ParentCode),
        new("status", r => r.StatusVietnamese),
        new("updated_on", r => r.UpdatedOn),
        new("received_at", r => r.ReceivedAt),
        new("days_since_update", r => r.DaysSinceUpdate),
        new("rejected_rows", r => r.RejectedRows),
        new("communes_expected", r => r.CommunesExpected),
        new("communes_submitted", r => r.CommunesSubmitted),
        new("communes_on_time", r => r.CommunesOnTime),
        new("communes_late", r => r.CommunesLate),
        new("communes_missing", r => r.CommunesMissing),
        new("reporting_rate_pct", r => r.ReportingRatePercent),
        new("on_time_rate_pct", r => r.OnTimeRatePercent),
    ];
}
