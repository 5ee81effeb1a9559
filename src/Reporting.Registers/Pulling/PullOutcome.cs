using System.Globalization;
using Reporting.Data.Model;

namespace Reporting.Registers.Pulling;

/// <summary>A pull in a line per source, as the run list shows it: what each channel brought and what became of it.</summary>
public static class PullOutcome
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    public static string BySource(PullSummary summary)
    {
        var lines = summary.Files.GroupBy(f => f.Source).Select(source =>
        {
            var files = source.ToList();
            int Count(FileOutcome outcome) => files.Count(f => f.Outcome == outcome);
            var parts = new List<string> { $"{Count(FileOutcome.Accepted)} nhận đủ", $"{Count(FileOutcome.PartlyAccepted)} nhận một phần", $"{Count(FileOutcome.Rejected)} bị từ chối" };
            if (Count(FileOutcome.Unchanged) > 0)
                parts.Add($"{Count(FileOutcome.Unchanged)} không đổi");
            if (Count(FileOutcome.Superseded) > 0)
                parts.Add($"{Count(FileOutcome.Superseded)} cũ hơn bản đã có");
            return $"{source.Key}: {Number(files.Count)} tệp ({string.Join(", ", parts)}), {Number(files.Sum(f => f.RowsRejected))} dòng bị loại";
        }).ToList();
        if (summary.Answers.Count > 0)
            lines.Add($"{Number(summary.Answers.Count(a => a.To is not null))} thư đã trả lời, {Number(summary.Answers.Count(a => a.Failed))} chưa trả lời được, "
                + $"{Number(summary.Answers.Count(a => a.To is null && !a.Failed))} không trả lời (thư tự động, chạy thử)");
        if (summary.Ignored.Count > 0)
            lines.Add($"{Number(summary.Ignored.Count)} tệp không phải sổ, không đọc");
        lines.AddRange(summary.SourceFailures.Select(f => f.Message));
        return lines.Count == 0 ? "Không có tệp nào." : string.Join("\n", lines);
    }

    private static string Number(int value) => value.ToString("N0", Vi);
}
