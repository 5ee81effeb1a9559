namespace Reporting.Domain.Registers;

/// <summary>What a register file says once read and validated row by row.</summary>
public sealed record ParsedRegister(
    RegisterHeader Header,
    IReadOnlyList<TitleEntry> Entries,
    IReadOnlyList<CommuneAssessment> Assessments,
    IReadOnlyList<RejectedRow> RejectedRows,
    IReadOnlyList<string> Notices)
{
    public int AcceptedRowCount => Entries.Count + Assessments.Count;

    /// <summary>Rows, not errors: a row that breaks two rules is one rejected row.</summary>
    public int RejectedRowCount => RejectedRows.Select(r => (r.Sheet, r.RowNumber)).Distinct().Count();
}
