namespace Reporting.Data.Model;

/// <summary>The register of (unit, year) that counts now: the accepted file with the latest update date.</summary>
public sealed class RegisterVersion
{
    public required string UnitCode { get; set; }
    public int Year { get; set; }
    public long RegisterFileId { get; set; }
    public DateOnly UpdatedOn { get; set; }
    public DateTime StoredAt { get; set; }
}
