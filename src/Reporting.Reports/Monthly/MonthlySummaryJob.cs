using System.Globalization;
using Reporting.Data.Approval;
using Reporting.Data.Model;
using Reporting.Data.Runs;
using Reporting.Domain.Registers;
using Reporting.Domain.Runs;
using Reporting.Domain.Units;
using Reporting.Figures;
using Reporting.Figures.Snapshots;
using Reporting.Output;
using Reporting.Reports.Delivery;
using Reporting.Reports.Output;

namespace Reporting.Reports.Monthly;

/// <summary>What a monthly summary run produced.</summary>
public sealed record MonthlySummaryResult(Guid RunId, string WorkbookPath, string ManifestPath, string Sha256, string Delivery);

/// <summary>
/// The monthly summary for the provincial association (specs/reports.md §1): figures as of the
/// month's end, the workbook from the template, its manifest, and delivery by e-mail. The command
/// line and the scheduler both run this class; the same month on the same registers gives the same
/// cell values.
/// </summary>
public sealed class MonthlySummaryJob(
    ReportingDbContext db, FigureSnapshots snapshots, RunLedger ledger, UnitDirectory units, ProgrammePeriod programme,
    FiguresSettings settings, ReportFolders folders, IReportMailer mailer, ApprovalLedger approvals, TimeProvider clock) : IReport
{
    public static readonly JobName Job = JobName.Monthly;

    public static ReportDefinition Definition { get; } = new(Job, typeof(MonthlySummaryJob),
        "Write the monthly Excel summary for the provincial association, and e-mail it when mail is configured", "Báo cáo tháng",
        [new("month", ParameterKind.Month, "The month, YYYY-MM: figures of that year as of the month's last day", "Tháng")]);

    public string Check(IReadOnlyDictionary<string, string?> values) => Parse(values).Description;

    public async Task<IReadOnlyList<string>> RunAsync(IReadOnlyDictionary<string, string?> values, string startedBy, CancellationToken cancellationToken)
    {
        var result = await RunAsync(Parse(values), startedBy, cancellationToken);
        return [$"Wrote {result.WorkbookPath} (sha256 {result.Sha256}) and {result.ManifestPath}; run {result.RunId}.", result.Delivery];
    }

    private MonthlyRequest Parse(IReadOnlyDictionary<string, string?> values) => MonthlyRequest.Parse(values.GetValueOrDefault("month"), programme);

    public Task<MonthlySummaryResult> RunAsync(MonthlyRequest request, string startedBy, CancellationToken cancellationToken) =>
        ledger.RecordAsync(Job, request.LedgerParameters, startedBy,
            (runId, running) => RunAsync(runId, request.Year, request.Month, request.Label, running), cancellationToken);

    private async Task<MonthlySummaryResult> RunAsync(Guid runId, int year, int month, string label, CancellationToken cancellationToken)
    {
        var figures = await MonthlyFigures.LoadAsync(db, snapshots, year, month, cancellationToken);
        var folder = Path.Combine(folders.Output, "monthly", label);
        var workbook = Path.Combine(folder, MonthlyWorkbook.FileName(year, month));
        var closed = await ClosedFigures.OfAsync(approvals, [year], cancellationToken);
        MonthlyWorkbook.Write(figures, closed, units, settings, MonthlyTemplate.PathIn(folders.Templates), workbook);

        var written = RunManifest.Describe(folders.Output, workbook);
        var manifest = Path.Combine(folder, RunManifest.FileName);
        RunManifest.Write(manifest, runId, Job, new Dictionary<string, string> { ["month"] = label },
            clock.GetUtcNow().UtcDateTime, figures.Snapshots, [written]);
        OutputEntry[] outputs = [written, RunManifest.Describe(folders.Output, manifest)];
        await ledger.RecordOutputsAsync(runId, outputs.Select(o => (o.Path, o.Sha256, o.Bytes)), cancellationToken);

        var delivery = await mailer.SendAsync(Mail(workbook, figures, closed), cancellationToken);
        return new MonthlySummaryResult(runId, workbook, manifest, written.Sha256, delivery);
    }

    private static ReportMail Mail(string workbook, MonthlyFigures figures, ClosedFigures closed)
    {
        var asOf = figures.Period.AsOf.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        var family = figures.Province(Domain.Titles.Title.Family);
        var vi = CultureInfo.GetCultureInfo("vi-VN");
        return new ReportMail(
            $"Tổng hợp kết quả xây dựng xã hội học tập tháng {figures.Month:00}/{figures.Year}",
            $"""
            Kính gửi Thường trực Hội Khuyến học tỉnh,

            Gửi kèm bản tổng hợp kết quả đăng ký, công nhận các danh hiệu học tập năm {figures.Year}, số liệu tính đến ngày {asOf}:
            tổng hợp theo huyện, theo xã, tiến độ trong tháng, tình hình nộp sổ và các dòng bị loại.
            Gia đình hiếu học toàn tỉnh: {family.Registered.ToString("N0", vi)} hộ đăng ký, {(family.Recognized ?? 0).ToString("N0", vi)} hộ được công nhận.
            {closed.Words}

            Thư này được gửi tự động từ hệ thống báo cáo; xin đừng trả lời thư này.
            """,
            workbook);
    }
}
