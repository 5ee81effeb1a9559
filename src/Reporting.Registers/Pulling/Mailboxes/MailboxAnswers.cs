using System.Text;
using MimeKit;
using Reporting.Data.Ledger;
using Reporting.Data.Model;
using Reporting.Domain.Calendar;
using Reporting.Domain.Units;
using Reporting.Output;

namespace Reporting.Registers.Pulling.Mailboxes;

/// <summary>
/// The answer to a clerk's message, in Vietnamese: what became of each register (accepted;
/// partly accepted with the rows rejected; rejected and why; received before), with the error
/// reports attached and how to send a corrected version.
/// </summary>
public sealed class MailboxAnswers(RegisterStore store, UnitDirectory units, string outputFolder, string? uploadPage)
{
    public async Task<MimeMessage> ComposeAsync(MailboxMessage message, IReadOnlyList<FileResult> results, MailboxAddress from, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        var reports = new List<string>();
        text.AppendLine($"Kính gửi {(string.IsNullOrWhiteSpace(message.From?.Name) ? message.From?.Address : message.From.Name)},").AppendLine();
        var sent = message.Date == DateTimeOffset.MinValue ? "" : $" gửi lúc {VietnamTime.Of(message.Date.UtcDateTime):HH:mm 'ngày' dd/MM/yyyy}";
        text.AppendLine($"Hệ thống thu nhận sổ của Hội Khuyến học đã nhận thư \"{message.Subject}\"{sent}.");
        if (message.Refusal is { } refusal)
            text.AppendLine().AppendLine(refusal);
        var needsCorrection = message.Refusal is not null;
        if (results.Count > 0)
        {
            text.AppendLine().AppendLine("Kết quả từng tệp:");
            var number = 0;
            foreach (var result in results)
            {
                // A register's origin is the message's, then its attachment's name.
                var (line, report, correct) = await DescribeAsync(result, result.Origin[(message.Origin.Length + 1)..], cancellationToken);
                text.AppendLine($"{++number}. {line}");
                if (report is not null && File.Exists(report) && !reports.Contains(report))
                    reports.Add(report);
                needsCorrection |= correct;
            }
        }
        if (message.NotRead.Count > 0)
        {
            text.AppendLine().AppendLine("Tệp không đọc:");
            foreach (var line in message.NotRead)
                text.AppendLine($"- {line}");
        }
        text.AppendLine();
        if (reports.Count > 0)
            text.AppendLine("Báo cáo lỗi đính kèm chỉ rõ từng dòng, từng ô cần sửa và cách sửa.");
        if (needsCorrection)
            text.AppendLine("Cách gửi bản sửa: sửa ngay trên sổ gốc (không sửa trên báo cáo lỗi), lưu lại và gửi lại cả sổ "
                + $"bằng cách trả lời thư này hoặc gửi thư mới tới địa chỉ này{(uploadPage is null ? "" : $", hoặc nộp trên trang {uploadPage}")}. "
                + "Sổ gửi sau thay cho sổ trước của cùng đơn vị và năm.");
        text.AppendLine().AppendLine("Thư này do hệ thống gửi tự động. Cần hỏi thêm, xin liên hệ Hội Khuyến học tỉnh.");

        var answer = new MimeMessage { Subject = $"Kết quả nhận sổ: {(message.Subject.Length == 0 ? "(thư không có tiêu đề)" : message.Subject)}" };
        answer.From.Add(from);
        answer.To.Add(message.From!);
        // RFC 3834: an automatic answer says so, so that the clerk's own auto-reply does not answer it back.
        answer.Headers.Add(HeaderId.AutoSubmitted, "auto-replied");
        answer.Headers.Add("X-Auto-Response-Suppress", "All");
        if (message.MessageId is { Length: > 0 } id)
        {
            answer.InReplyTo = id;
            answer.References.Add(id);
        }
        var body = new BodyBuilder { TextBody = text.ToString() };
        foreach (var report in reports)
            body.Attachments.Add(report);
        answer.Body = body.ToMessageBody();
        return answer;
    }

    /// <summary>One line on a register, its error report, and whether the clerk has something to correct.</summary>
    private async Task<(string Line, string? Report, bool Correct)> DescribeAsync(FileResult result, string name, CancellationToken cancellationToken)
    {
        if (result.Outcome == FileOutcome.Unchanged)
        {
            var earlier = result.Sha256 is { } sha ? await store.ReceivedAsync(sha, cancellationToken) : null;
            if (earlier is null)
                return ($"{name}: {OutcomeWording.Describe(FileOutcome.Unchanged, 0, 0, 0, null).Text}", null, false);
            var (said, correct) = OutcomeWording.Describe(earlier.Outcome, earlier.RowsAccepted, earlier.RowsRejected, 0, earlier.Message);
            var report = ErrorReportLocation.For(outputFolder, earlier);
            return ($"{name}{(earlier.Outcome == FileOutcome.Rejected ? "" : Unit(earlier.UnitCode, earlier.Year))}: tệp này đã nhận lúc {VietnamTime.Of(earlier.ReceivedAt):HH:mm 'ngày' dd/MM/yyyy}, không nhận lại; lần đó {said}", report, correct);
        }
        var (line, needs) = OutcomeWording.Describe(result.Outcome, result.RowsAccepted, result.RowsRejected, result.Warnings, result.Message);
        // A rejected file is put down to the sender's unit, which need not be the one it names.
        var unit = result.Outcome == FileOutcome.Rejected ? "" : Unit(result.UnitCode, result.Year);
        return ($"{name}{unit}: {line}", result.ErrorReport, needs);
    }

    private string Unit(string? code, int? year)
    {
        if (code is null)
            return "";
        var unit = year is { } y ? units.Find(code, y) : null;
        return $" ({(unit is null ? $"đơn vị {code}" : $"{unit.Name}, mã {code}")}{(year is null ? "" : $", năm {year}")})";
    }
}
