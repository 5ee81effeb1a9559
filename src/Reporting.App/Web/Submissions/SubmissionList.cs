using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Reporting.Data;
using Reporting.Data.Model;
using Reporting.Domain.Calendar;
using Reporting.Output;
using Reporting.Reports.Output;

namespace Reporting.App.Web.Submissions;

/// <summary>One register a unit handed in, by any channel, as its clerk sees it.</summary>
internal sealed record SubmissionLine(string ReceivedAt, string FileName, string Unit, string Year, string Outcome, string OutcomeClass,
    string RowsAccepted, string RowsRejected, string? Message, string? ErrorReportUrl);

internal static class SubmissionList
{
    public const int MaxRows = 100;

    public static async Task<IReadOnlyList<SubmissionLine>> LoadAsync(ReportingDbContext db, ClerkUnits clerk, string outputFolder, CancellationToken cancellationToken)
    {
        var codes = clerk.Codes.ToList();
        var files = await db.RegisterFiles.AsNoTracking()
            .Where(f => f.UnitCode != null && codes.Contains(f.UnitCode))
            .OrderByDescending(f => f.ReceivedAt).ThenByDescending(f => f.Id)
            .Take(MaxRows)
            .ToListAsync(cancellationToken);
        return files.Select(f => new SubmissionLine(
            VietnamTime.Of(f.ReceivedAt).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture),
            f.FileName,
            clerk.Find(f.UnitCode)?.Name ?? f.UnitCode!,
            f.Year?.ToString(CultureInfo.InvariantCulture) ?? "",
            OutcomeName(f.Outcome),
            f.Outcome is FileOutcome.Rejected or FileOutcome.PartlyAccepted ? "failed" : "succeeded",
            Vietnamese.Number(f.RowsAccepted),
            Vietnamese.Number(f.RowsRejected),
            f.Message,
            File.Exists(ErrorReportLocation.For(outputFolder, f)) ? $"{SubmissionPaths.ErrorReport}/{f.Id}" : null)).ToList();
    }

    public static string OutcomeName(FileOutcome outcome) => outcome switch
    {
        FileOutcome.Accepted => "Đã nhận đủ",
        FileOutcome.PartlyAccepted => "Nhận một phần",
        FileOutcome.Rejected => "Bị từ chối",
        FileOutcome.Superseded => "Đã có bản mới hơn",
        _ => "Đã nhận trước đây",
    };
}
