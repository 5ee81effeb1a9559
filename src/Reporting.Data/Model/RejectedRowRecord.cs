using Reporting.Domain.Titles;

namespace Reporting.Data.Model;

/// <summary>A row of a received file that broke a rule, kept with its reason.</summary>
public sealed class RejectedRowRecord
{
    public long Id { get; set; }
    public long RegisterFileId { get; set; }
    public required string Sheet { get; set; }
    public int RowNumber { get; set; }
    public Title Title { get; set; }
    public string? CommuneCode { get; set; }
    public required string Column { get; set; }
    public required string Rule { get; set; }
    public required string MessageVi { get; set; }
    public required string MessageEn { get; set; }
}
