using System.Globalization;
using Reporting.Data.Model;

namespace Reporting.Registers.Pulling;

/// <summary>What became of a register, as its clerk is told it, in the mail answer and on the upload page alike.</summary>
public static class OutcomeWording
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>One sentence, and whether the clerk has something to correct and send again.</summary>
    public static (string Text, bool Correct) Describe(FileOutcome outcome, int accepted, int rejected, int warnings, string? message)
    {
        var warned = warnings > 0 ? $"; {Number(warnings)} cảnh báo cần xem (trong báo cáo lỗi)" : "";
        return outcome switch
        {
            FileOutcome.Accepted => ($"đã nhận đủ, {Number(accepted)} dòng được tính{warned}.", false),
            FileOutcome.PartlyAccepted => ($"đã nhận một phần: {Number(accepted)} dòng được tính, {Number(rejected)} dòng bị loại (không được tính){warned}. Xem báo cáo lỗi.", true),
            FileOutcome.Rejected => ($"bị từ chối, không dòng nào được tính: {message}", true),
            FileOutcome.Superseded => ("đã đọc, nhưng đơn vị đã gửi một bản mới hơn của năm này (ngày cập nhật muộn hơn); bản này không thay bản đó.", false),
            _ => ("tệp này đã nhận trước đây; gửi lại không thay đổi gì.", false),
        };
    }

    public static string Number(int value) => value.ToString("N0", Vi);
}
