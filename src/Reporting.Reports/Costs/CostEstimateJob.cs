using System.Globalization;
using Reporting.Data.Approval;
using Reporting.Data.Model;
using Reporting.Data.Runs;
using Reporting.Domain.Figures;
using Reporting.Domain.Runs;
using Reporting.Figures.Snapshots;
using Reporting.Output;
using Reporting.Reports.Output;

namespace Reporting.Reports.Costs;

public sealed record CostEstimateResult(Guid RunId, int Year, string WorkbookPath, decimal Total, decimal PreviousTotal, Plausibility? Warning) : IRunResult
{
    public string? Refused => null;

    /// <summary>The run list's line: the total, last year's, and the warning when the change is out of bounds.</summary>
    public string Outcome => $"Dự toán năm {Year}: {Vietnamese.Number((long)Total)} đ (năm {Year - 1}: {Vietnamese.Number((long)PreviousTotal)} đ)."
        + (Warning is null ? "" : " " + Warning.Text);
}

/// <summary>The cost estimate of one year (specs/reports.md §3): the workbook, its manifest, the run ledger.</summary>
public sealed class CostEstimateJob(
    FigureSnapshots snapshots, RunLedger ledger, CostEstimator estimator, EstimateSigners signers, ReportFolders folders, ApprovalLedger approvals,
    TimeProvider clock) : IReport
{
    public static readonly JobName Job = JobName.Costs;

    public static ReportDefinition Definition { get; } = new(Job, typeof(CostEstimateJob),
        "Write the cost estimate (dự toán kinh phí) of every level for a year", "Dự toán kinh phí",
        [new("year", ParameterKind.Year, "The year the estimate is for", "Năm")]);

    public string Check(IReadOnlyDictionary<string, string?> values) => Parse(values).Description;

    public async Task<IReadOnlyList<string>> RunAsync(IReadOnlyDictionary<string, string?> values, string startedBy, CancellationToken cancellationToken)
    {
        var result = await RunAsync(Parse(values), startedBy, cancellationToken);
        return [$"Wrote {result.WorkbookPath}: {Vietnamese.Number((long)result.Total)} đ "
            + $"(previous year's estimate {Vietnamese.Number((long)result.PreviousTotal)} đ); run {result.RunId}.", .. result.Warning is { } warning ? [warning.Text] : Array.Empty<string>()];
    }

    private CostsRequest Parse(IReadOnlyDictionary<string, string?> values) => CostsRequest.Parse(values.GetValueOrDefault("year"), estimator.Programme);

    public Task<CostEstimateResult> RunAsync(CostsRequest request, string startedBy, CancellationToken cancellationToken) =>
        ledger.RecordAsync(Job, request.LedgerParameters, startedBy, (runId, running) => RunAsync(runId, request.Year, running), cancellationToken);

    private async Task<CostEstimateResult> RunAsync(Guid runId, int year, CancellationToken cancellationToken)
    {
        var figures = snapshots.ForRun();
        var plan = await PlanAsync(year, figures, cancellationToken);
        var folder = Path.Combine(folders.Output, "costs", year.ToString(CultureInfo.InvariantCulture));
        var path = Path.Combine(folder, CostWorkbook.FileName(year));
        var warning = Plausibility.Check(plan, estimator.Settings.PlausibleChangeFactor);
        var closed = await ClosedFigures.OfAsync(approvals, FigureYears(figures.Stored), cancellationToken);
        CostWorkbook.Write(plan, estimator.Settings, signers, warning, closed, figures.Stored, path);
        var written = RunManifest.Describe(folders.Output, path);
        var manifest = Path.Combine(folder, RunManifest.FileName);
        RunManifest.Write(manifest, runId, Job, new Dictionary<string, string> { ["year"] = year.ToString(CultureInfo.InvariantCulture) },
            clock.GetUtcNow().UtcDateTime, figures.Stored, [written]);
        OutputEntry[] outputs = [written, RunManifest.Describe(folders.Output, manifest)];
        await ledger.RecordOutputsAsync(runId, outputs.Select(o => (o.Path, o.Sha256, o.Bytes)), cancellationToken);
        return new CostEstimateResult(runId, year, path, plan.Total, plan.PreviousTotal, warning);
    }

    /// <summary>The years whose figures the estimate's quantities come from: those of every snapshot it read.</summary>
    private static IEnumerable<int> FigureYears(IEnumerable<FigureSnapshot> snapshots) => snapshots
        .Select(s => FiguresPeriod.TryParse(s.Period, out var period) ? period : null).OfType<FiguresPeriod>()
        .SelectMany(p => Enumerable.Range(p.FromYear, p.ToYear - p.FromYear + 1));

    /// <summary>This year's lines beside last year's (none before the programme's first year).</summary>
    public async Task<CostPlan> PlanAsync(int year, RunSnapshots figures, CancellationToken cancellationToken)
    {
        var current = await estimator.EstimateAsync(year, figures, cancellationToken);
        var previous = estimator.Programme.FirstYear < year ? await estimator.EstimateAsync(year - 1, figures, cancellationToken) : [];
        return CostPlan.Of(year, current, previous);
    }
}
