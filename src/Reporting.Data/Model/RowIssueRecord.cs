using Reporting.Domain.Registers;
using Reporting.Domain.Titles;

namespace Reporting.Data.Model;

/// <summary>
/// A problem found in a row of a received file, kept with its reason. An error rejects the row;
/// a warning (an old code that names no known entity) leaves it counted.
/// </summary>
public sealed class RowIssueRecord
{
    public long Id { get; set; }
    public long RegisterFileId { get; set; }
    public IssueSeverity Severity { get; set; }
    public required string Sheet { get; set; }
    public int RowNumber { get; set; }
    public Title Title { get; set; }
    public string? CommuneCode { get; set; }
    public required string Column { get; set; }
    public required string Rule { get; set; }
    public required string MessageVi { get; set; }
    public required string MessageEn { get; set; }
}
