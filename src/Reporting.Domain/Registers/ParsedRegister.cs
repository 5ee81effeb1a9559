namespace Reporting.Domain.Registers;

/// <summary>What a register file says once read and validated row by row.</summary>
public sealed record ParsedRegister(
    RegisterHeader Header,
    IReadOnlyList<TitleEntry> Entries,
    IReadOnlyList<CommuneAssessment> Assessments,
    IReadOnlyList<RowIssue> Issues,
    IReadOnlyList<string> Notices)
{
    public int AcceptedRowCount => Entries.Count + Assessments.Count;

    public IEnumerable<RowIssue> Errors => Issues.Where(i => i.Severity == IssueSeverity.Error);

    /// <summary>Rows, not errors: a row that breaks two rules is one rejected row.</summary>
    public int RejectedRowCount => Errors.Select(r => (r.Sheet, r.RowNumber)).Distinct().Count();
}
