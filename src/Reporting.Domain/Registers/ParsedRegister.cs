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
}
