using Reporting.Domain.Units;

namespace Reporting.Figures;

public enum SubmissionStatus
{
    Submitted,
    Late,
    Missing,
}

/// <summary>
/// Whether a unit's register of the year arrived and is fresh as of the period's date; for a district
/// or the province, how many of its communes reported (the reporting rate of DHIS2).
/// </summary>
public sealed record CompletenessRow(
    string Period,
    UnitLevel Level,
    string UnitCode,
    string UnitName,
    string? ParentCode,
    SubmissionStatus? Status,
    DateOnly? UpdatedOn,
    DateTime? ReceivedAt,
    int? DaysSinceUpdate,
    int? RejectedRows,
    long? CommunesExpected,
    long? CommunesSubmitted,
    long? CommunesOnTime) : IUnitRow
{
    public long? CommunesLate => CommunesSubmitted - CommunesOnTime;

    public long? CommunesMissing => CommunesExpected - CommunesSubmitted;

    public decimal? ReportingRatePercent => CommunesExpected is > 0 ? FigureRow.Percent(CommunesSubmitted!.Value, CommunesExpected.Value) : null;

    public decimal? OnTimeRatePercent => CommunesExpected is > 0 ? FigureRow.Percent(CommunesOnTime!.Value, CommunesExpected.Value) : null;

    public string? StatusVietnamese => Status switch
    {
        SubmissionStatus.Submitted => "Đã nộp",
        SubmissionStatus.Late => "Chậm",
        SubmissionStatus.Missing => "Chưa nộp",
        _ => null,
    };
}
