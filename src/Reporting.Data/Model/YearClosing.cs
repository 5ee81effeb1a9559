namespace Reporting.Data.Model;

/// <summary>
/// One closing of a year's figures (<i>chốt số liệu</i>): from <see cref="ClosedAt"/> the year's
/// registers stay as they were, until <see cref="ReopenedAt"/>. A year has at most one closing
/// not reopened; the database refuses a second, so two admins closing at once close it once.
/// </summary>
public sealed class YearClosing
{
    public long Id { get; set; }
    public int Year { get; set; }
    public DateTime ClosedAt { get; set; }
    public required string ClosedBy { get; set; }
    /// <summary>Why the year was closed before every unit was approved; null when all were.</summary>
    public string? Reason { get; set; }
    /// <summary>Units whose register was not approved at closing: their current versions were closed as they stood.</summary>
    public int UnapprovedUnits { get; set; }
    public DateTime? ReopenedAt { get; set; }
    public string? ReopenedBy { get; set; }
    public string? ReopenReason { get; set; }
}
