using Reporting.Domain.Circular44;

namespace Reporting.Data.Model;

/// <summary>A valid Circular 44 row of the current register of a district.</summary>
public sealed class CommuneAssessmentRow
{
    public long Id { get; set; }
    public required string DistrictCode { get; set; }
    public int Year { get; set; }
    public required string CommuneCode { get; set; }
    public required string CommuneName { get; set; }
    /// <summary>The points of TC1…TCn, separated by ';', kept so a total can be checked again.</summary>
    public required string Criteria { get; set; }
    public decimal Total { get; set; }
    public Classification Classification { get; set; }
    public DateOnly? EvaluatedOn { get; set; }
    public string? DecisionNumber { get; set; }
    public long RegisterFileId { get; set; }
    public int SourceRow { get; set; }
}
