using Reporting.Domain.Titles;

namespace Reporting.Domain.Registers;

/// <summary>
/// A row that broke a rule. <see cref="CommuneCode"/> is the commune whose figures count it as
/// rejected, when it can be told.
/// </summary>
public sealed record RejectedRow(string Sheet, int RowNumber, Title Title, string? CommuneCode, RowError Error);
