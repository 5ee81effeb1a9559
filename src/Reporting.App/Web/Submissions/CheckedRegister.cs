using System.Globalization;
using Reporting.Data.Model;
using Reporting.Domain.Calendar;
using Reporting.Domain.Registers;
using Reporting.Domain.Units;
using Reporting.Figures;
using Reporting.Registers.ErrorReports;
using Reporting.Registers.Pulling;

namespace Reporting.App.Web.Submissions;

/// <summary>One issue of a checked register, where the clerk finds it.</summary>
internal sealed record CheckedIssue(string Sheet, int Row, string Cell, string Severity, string Reason, string Fix);

/// <summary>What the dry run of a register found, as the upload page shows it.</summary>
internal sealed record CheckedRegister(
    string FileName,
    string Unit,
    string? Year,
    string Outcome,
    string OutcomeClass,
    string? Earlier,
    bool CanSubmit,
    string Token,
    IReadOnlyList<string> Notices,
    IReadOnlyList<CheckedIssue> Issues,
    int IssuesNotShown,
    IReadOnlyList<UnitFigureLine> Figures)
{
    public const int MaxIssues = 300;

    public static CheckedRegister Of(string fileName, AdministrativeUnit unit, DryRun<IReadOnlyList<FigureRow>> dry, IReadOnlyList<FigureRow> before,
        RegisterFile? earlier, string token)
    {
        var result = dry.Result;
        var (text, _) = OutcomeWording.Describe(result.Outcome, result.RowsAccepted, result.RowsRejected, result.Warnings, result.Message);
        var issues = dry.Issues.OrderBy(i => i.Sheet, StringComparer.Ordinal).ThenBy(i => i.RowNumber).ToList();
        return new CheckedRegister(
            fileName,
            unit.Name,
            dry.Header?.Year.ToString(CultureInfo.InvariantCulture),
            $"Kết quả nếu nộp — {text}",
            result.Outcome is FileOutcome.Rejected or FileOutcome.PartlyAccepted ? "failed" : "succeeded",
            earlier is null ? null
                : earlier.Outcome == FileOutcome.Rejected
                    // The ledger knows a file by its bytes: the same bytes are never read again, an edited register is.
                    ? $"Tệp giống hệt tệp này đã bị từ chối lúc {VietnamTime.Of(earlier.ReceivedAt):HH:mm 'ngày' dd/MM/yyyy} ({earlier.Message}). Sửa sổ gốc (ít nhất Ngày cập nhật), lưu lại rồi kiểm tra lại."
                    : $"Tệp này đã nhận lúc {VietnamTime.Of(earlier.ReceivedAt):HH:mm 'ngày' dd/MM/yyyy}: nộp lại không thay đổi gì.",
            result.Outcome != FileOutcome.Rejected && earlier is null,
            token,
            result.Notices,
            issues.Take(MaxIssues).Select(Checked).ToList(),
            Math.Max(0, issues.Count - MaxIssues),
            dry.Seen is { } after ? UnitFigures.Compare(before, after) : []);
    }

    /// <summary>An issue as the error report shows it: the cell to change and how.</summary>
    private static CheckedIssue Checked(RowIssue issue)
    {
        var fix = ErrorFixes.For(issue);
        return new CheckedIssue(issue.Sheet, issue.RowNumber, fix.Column, ErrorFixes.Action(issue.Severity), issue.Error.MessageVi, fix.HowVi);
    }
}
