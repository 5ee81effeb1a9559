namespace Reporting.Data.Model;

public sealed class UnitChangeRecord
{
    public int Id { get; set; }
    public DateOnly EffectiveDate { get; set; }
    public required string OldCode { get; set; }
    public required string OldName { get; set; }
    public required string NewCode { get; set; }
    public required string NewName { get; set; }
    public required string DistrictCode { get; set; }
    public required string Source { get; set; }
}
