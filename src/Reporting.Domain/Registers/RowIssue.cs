using Reporting.Domain.Titles;

namespace Reporting.Domain.Registers;

/// <summary>
/// A problem with one row of a register. <see cref="CommuneCode"/> is the commune whose figures
/// count the row as rejected, when it can be told; <see cref="Cells"/> are the row's cells as
/// typed, in the order of the sheet's columns, for the error report sent back to the clerk.
/// </summary>
public sealed record RowIssue(
    string Sheet,
    int RowNumber,
    Title Title,
    string? CommuneCode,
    IssueSeverity Severity,
    RowError Error,
    IReadOnlyList<string> Cells);
