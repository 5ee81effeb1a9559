using Reporting.Domain.Registers;
using Reporting.Domain.Titles;

namespace Reporting.Registers.Reading;

/// <summary>Gathers the valid rows, the row issues and the notices of one register as its sheets are read.</summary>
internal sealed class RowCollector(RegisterHeader header)
{
    private readonly List<TitleEntry> _entries = [];
    private readonly List<CommuneAssessment> _assessments = [];
    private readonly List<RowIssue> _issues = [];
    private readonly List<string> _notices = [];

    public void Accept(TitleEntry entry) => _entries.Add(entry);

    public void Accept(CommuneAssessment assessment) => _assessments.Add(assessment);

    public void Reject(string sheet, int row, Title title, string? communeCode, IEnumerable<RowError> errors, IReadOnlyList<string> cells) =>
        _issues.AddRange(errors.Select(e => new RowIssue(sheet, row, title, communeCode, IssueSeverity.Error, e, cells)));

    public void Warn(string sheet, int row, Title title, string? communeCode, IEnumerable<RowError> warnings, IReadOnlyList<string> cells) =>
        _issues.AddRange(warnings.Select(w => new RowIssue(sheet, row, title, communeCode, IssueSeverity.Warning, w, cells)));

    public void Notice(string text) => _notices.Add(text);

    public void NoticeTotalsRows(string sheet, IReadOnlyList<(int Row, string Label)> rows)
    {
        if (rows.Count > 0)
            Notice($"Sheet {sheet}: bỏ qua {(rows.Count == 1 ? "dòng cộng" : "các dòng cộng")} {string.Join(", ", rows.Select(r => $"{r.Row} (\"{r.Label}\")"))} — sổ tự cộng, không cần dòng tổng.");
    }

    public void NoticeUnknownColumns(string sheet, SheetLayout layout)
    {
        if (layout.UnknownHeaders.Count > 0)
            Notice($"Sheet {sheet}: bỏ qua các cột không thuộc mẫu sổ: {string.Join(", ", layout.UnknownHeaders.Select(h => $"\"{h}\""))}.");
    }

    public ParsedRegister ToRegister() => new(header, _entries, _assessments, _issues, _notices);
}
