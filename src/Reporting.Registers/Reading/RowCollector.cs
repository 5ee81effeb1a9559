using Reporting.Domain.Registers;
using Reporting.Domain.Titles;

namespace Reporting.Registers.Reading;

/// <summary>Gathers the valid and the rejected rows of one register as its sheets are read.</summary>
internal sealed class RowCollector(RegisterHeader header)
{
    private readonly List<TitleEntry> _entries = [];
    private readonly List<CommuneAssessment> _assessments = [];
    private readonly List<RejectedRow> _rejected = [];
    private readonly List<string> _notices = [];

    public void Accept(TitleEntry entry) => _entries.Add(entry);

    public void Accept(CommuneAssessment assessment) => _assessments.Add(assessment);

    public void Reject(string sheet, int row, Title title, string? communeCode, IEnumerable<RowError> errors) =>
        _rejected.AddRange(errors.Select(e => new RejectedRow(sheet, row, title, communeCode, e)));

    public void Notice(string text) => _notices.Add(text);

    public ParsedRegister ToRegister() => new(header, _entries, _assessments, _rejected, _notices);
}
