namespace Reporting.Data.Model;

/// <summary>The ledger: one row per distinct file ever received, whatever became of it.</summary>
public sealed class RegisterFile
{
    public long Id { get; set; }
    public required string Sha256 { get; set; }
    public required string FileName { get; set; }
    public required string Source { get; set; }
    public long SizeBytes { get; set; }
    public DateTime ReceivedAt { get; set; }
    public FileOutcome Outcome { get; set; }
    public string? UnitCode { get; set; }
    public int? Year { get; set; }
    public DateOnly? UpdatedOn { get; set; }
    public int RowsAccepted { get; set; }
    public int RowsRejected { get; set; }
    public string? Message { get; set; }
    /// <summary>The closing during which this register arrived: kept and checked, not counted until the year is reopened.</summary>
    public long? HeldByClosingId { get; set; }
}
