using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Reporting.App.Features.Demo;
using OfficeOpenXml;
using Reporting.Data.Loading;
using Reporting.Data.Model;
using Reporting.Domain.Figures;
using Reporting.Domain.Programme;
using Reporting.Domain.Registers;
using Reporting.Domain.Titles;
using Reporting.Domain.Units;
using Reporting.Figures;
using Reporting.Figures.Queries;
using Reporting.Registers.Pulling;
using Reporting.Registers.Pulling.Sources;
using Reporting.Registers.Reading;
using Reporting.Registers.Samples;
using Reporting.Registers.Schema;
using Reporting.Reports.Conference;
using Reporting.Reports.Costs;
using Reporting.Reports.Monthly;
using Spectre.Console;

namespace Reporting.Bench;

/// <summary>
/// The stages of <c>reporting bench</c>, each timed on its own on a scratch PostgreSQL database,
/// each held to the target of the performance issue. The registers are generated first and are
/// not part of any timing.
/// </summary>
internal sealed class Benchmark(
    IServiceProvider services, IConfiguration configuration, string workFolder, int scale, int households, ProgrammePeriod programme, ServerBatch serverBatch, BenchStages stages)
{
    public const int BaselineRows = 50_000;
    private const string StartedBy = "bench";
    private const string GenerateStage = "generate registers";
    private static readonly string[] PipelineStages = ["parse only", "ingest", "figures", "reports", "incremental"];
    private readonly List<BenchLine> _lines = [];
    private readonly List<(string Stage, long Bytes)> _peaks = [];
    private readonly Dictionary<string, double> _stageSeconds = [];

    private string Registers => Path.Combine(workFolder, "registers");

    private ProgrammeCalendar Calendar => services.GetRequiredService<ProgrammeCalendar>();

    public async Task<BenchReport> RunAsync(BenchReport? smaller, CancellationToken cancellationToken)
    {
        double parseRate = 0, ingestSeconds = 0, figuresSeconds = 0, reportsSeconds = 0;
        TimeSpan? readLimit = null;
        long rows = 0;
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new SpinnerColumn(), new ElapsedTimeColumn())
            .StartAsync(async progress =>
            {
                async Task RunAsync(string stage, string name, Func<Task> run)
                {
                    if (stages.Runs(stage))
                        await StageAsync(progress, name, run);
                }
                await StageAsync(progress, GenerateStage, () => { Generate(); return Task.CompletedTask; });
                await RunAsync(BenchStages.ReadLimit, "read limit", async () => readLimit = await ReadLimitAsync(cancellationToken));
                await RunAsync(BenchStages.Parse, "parse only", async () => parseRate = await ParseOnlyAsync(readLimit, cancellationToken));
                await RunAsync(BenchStages.Ingest, "ingest", async () => (ingestSeconds, rows) = await IngestAsync(parseRate, cancellationToken));
                await RunAsync(BenchStages.Figures, "figures", async () => figuresSeconds = await FiguresAsync(cancellationToken));
                await RunAsync(BenchStages.Reports, "reports", async () => reportsSeconds = await ReportsAsync(cancellationToken));
                await RunAsync(BenchStages.Incremental, "incremental", () => IncrementalAsync(ingestSeconds + figuresSeconds, cancellationToken));
                await RunAsync(BenchStages.Servers, "servers", () => ServersAsync(cancellationToken));
                await RunAsync(BenchStages.LoadBaseline, "load baseline", () => LoadBaselineAsync(cancellationToken));
                await RunAsync(BenchStages.EndToEnd, "end to end", () => EndToEndAsync(cancellationToken));
            });
        var pipelineSeconds = ingestSeconds + figuresSeconds + reportsSeconds;
        foreach (var (stage, bytes) in _peaks)
            _lines.Add(new BenchLine("memory", $"peak working set during {stage}", bytes / 1048576.0, "MiB"));
        // The pipeline's own work; the generator, the two in-process servers (two processes when
        // deployed) and EF Core's change tracker in the comparison are reported above, not held to it.
        var pipeline = _peaks.Where(p => PipelineStages.Contains(p.Stage)).ToList();
        var peak = pipeline.Count == 0 ? 0 : pipeline.Max(p => p.Bytes);
        var peakMiB = peak / 1048576.0;
        if (pipeline.Count > 0)
            _lines.Add(new BenchLine("memory", $"peak working set of the pipeline ({string.Join(", ", pipeline.Select(p => p.Stage))})", peakMiB, "MiB",
                scale == 1 ? "≤ 1024 MiB at S = 1" : null, scale == 1 ? peakMiB <= 1024 : null));
        // Time and memory compare with a smaller run only over the same stages: the whole pipeline.
        if (smaller is not null && stages.IsEverything)
        {
            var factor = (double)scale / smaller.Scale;
            var timeRatio = pipelineSeconds / smaller.PipelineSeconds;
            _lines.Add(new BenchLine("scale", $"time, S = {scale} / S = {smaller.Scale}", timeRatio, "×", $"≤ {1.1 * factor:0.0}", timeRatio <= 1.1 * factor));
            var memoryRatio = (double)peak / smaller.PeakBytes;
            _lines.Add(new BenchLine("scale", $"peak memory, S = {scale} / S = {smaller.Scale}", memoryRatio, "×", "≤ 1.5", memoryRatio <= 1.5));
        }
        // Each stage's own growth: the registers are generated, not measured.
        if (smaller?.StageSeconds is { } before)
        {
            var factor = (double)scale / smaller.Scale;
            foreach (var (stage, seconds) in _stageSeconds.Where(s => s.Key != GenerateStage && before.GetValueOrDefault(s.Key) > 0))
            {
                var growth = seconds / before[stage];
                _lines.Add(new BenchLine("scale", $"{stage}: time, S = {scale} / S = {smaller.Scale}", growth, "×", $"≤ {1.05 * factor:0.0}", growth <= 1.05 * factor));
            }
        }
        return new BenchReport(scale, households, rows, pipelineSeconds, peak, $"{Environment.ProcessorCount} cores, {Environment.OSVersion}", _lines, _stageSeconds);
    }

    private async Task StageAsync(ProgressContext progress, string name, Func<Task> stage)
    {
        var task = progress.AddTask(name);
        task.IsIndeterminate = true;
        StagePeak.Reset();
        var started = Stopwatch.StartNew();
        await stage();
        _stageSeconds[name] = started.Elapsed.TotalSeconds;
        _peaks.Add((name, StagePeak.Read()));
        task.IsIndeterminate = false;
        task.Value = task.MaxValue;
        task.StopTask();
    }

    private void Generate()
    {
        if (Directory.Exists(Registers))
            Directory.Delete(Registers, recursive: true);
        var started = Stopwatch.StartNew();
        var sample = services.GetRequiredService<SampleRegisterGenerator>().Generate(Registers, new SampleOptions(households));
        _lines.Add(new BenchLine("generate", $"{sample.Files} workbooks, {sample.Households:N0} households (not timed below)", started.Elapsed.TotalSeconds, "s"));
    }

    /// <summary>The real pull of the whole generated tree, as the command line runs it.</summary>
    private async Task<PullJob.Result> PullEverythingAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PullJob>().RunAsync(PullRequest.Everything with { SourceTree = Registers }, StartedBy, cancellationToken);
    }

    private IReadOnlyList<string> Workbooks() =>
        Directory.GetFiles(Registers, "*.xlsx", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// The workbooks both read stages pass over once, untimed, before they are timed: the service
    /// reads registers every night in a process long warm, and the framework's XML reader the limit
    /// uses is compiled ahead of time, while our reader's code would otherwise be timed while the JIT
    /// is still optimising it.
    /// </summary>
    private IReadOnlyList<string> WarmUp() => Workbooks() is var all ? all.Where((_, i) => i % 10 == 0).ToList() : [];

    private async Task<TimeSpan> ReadLimitAsync(CancellationToken cancellationToken)
    {
        var workbooks = Workbooks();
        await ReadLimit.RunAsync(WarmUp(), cancellationToken);
        var limit = await ReadLimit.RunAsync(workbooks, cancellationToken);
        _lines.Add(new BenchLine("read limit", $"{workbooks.Count} workbooks, {limit.Rows:N0} rows, {limit.Cells:N0} cells walked by a bare XmlReader, {Environment.ProcessorCount} cores",
            limit.Rows / limit.Elapsed.TotalSeconds, "rows/s"));
        return limit.Elapsed;
    }

    /// <summary>Reads and checks every workbook on every core, as the pull does, but stores nothing: the ingest path's ceiling.</summary>
    private async Task<double> ParseOnlyAsync(TimeSpan? readLimit, CancellationToken cancellationToken)
    {
        var reader = services.GetRequiredService<RegisterReader>();
        var vault = new FileVault(Path.Combine(workFolder, "parse-only-vault"));
        var query = new SourceQuery(PullFilter.Everything, new Dictionary<string, HttpSourceState>());
        await Parallel.ForEachAsync(WarmUp(), cancellationToken, async (path, token) =>
        {
            try
            {
                reader.ReadWorkbook(await File.ReadAllBytesAsync(path, token));
            }
            catch (RegisterRejectedException)
            {
            }
        });
        long rows = 0;
        var started = Stopwatch.StartNew();
        foreach (var source in FolderSource.ForTree(Registers, vault, services.GetRequiredService<RegisterReadingContext>().Limits))
        {
            await Parallel.ForEachAsync(source.ReadAsync(query, cancellationToken), new ParallelOptions
            {
                MaxDegreeOfParallelism = Environment.ProcessorCount,
                CancellationToken = cancellationToken,
            }, (happened, _) =>
            {
                if (happened is SourceEvent.Received { Register: var register })
                {
                    try
                    {
                        Interlocked.Add(ref rows, reader.ReadWorkbook(register.Parts[0].Bytes, register.Expected).AcceptedRowCount);
                    }
                    catch (RegisterRejectedException)
                    {
                    }
                }
                return ValueTask.CompletedTask;
            });
        }
        var rate = rows / started.Elapsed.TotalSeconds;
        _lines.Add(new BenchLine("parse only", $"{rows:N0} rows read and checked, {Environment.ProcessorCount} cores", rate, "rows/s"));
        if (readLimit is { } limit)
        {
            // Both over the same workbooks: the share of the bare walk's speed that reading them right keeps.
            var share = limit.TotalSeconds / started.Elapsed.TotalSeconds;
            _lines.Add(new BenchLine("parse only", "parse / read limit (same workbooks, by time)", share, "×", "≥ 0.5", share >= 0.5));
        }
        return rate;
    }

    private async Task<(double Seconds, long Rows)> IngestAsync(double parseRate, CancellationToken cancellationToken)
    {
        var started = Stopwatch.StartNew();
        var result = await PullEverythingAsync(cancellationToken);
        var seconds = started.Elapsed.TotalSeconds;
        var rows = result.Summary.RowsAccepted;
        var rate = rows / seconds;
        _lines.Add(new BenchLine("ingest", $"{rows:N0} rows pulled into PostgreSQL ({result.Summary.Files.Count} files)", rate, "rows/s"));
        if (parseRate > 0)
            _lines.Add(new BenchLine("ingest", "ingest / parse only", rate / parseRate, "×", "≥ 0.7", rate / parseRate >= 0.7));
        return (seconds, rows);
    }

    /// <summary>
    /// What <c>demo</c> does after writing its sample, on a database of its own: the whole province
    /// pulled from the workbooks, every year's and window's figures, the December summaries, the
    /// conference packs of every review with their Word and PDF documents, and every estimate.
    /// </summary>
    private async Task EndToEndAsync(CancellationToken cancellationToken)
    {
        var folder = Path.Combine(workFolder, "end-to-end");
        await using var scratch = await ScratchDatabase.CreateAsync(services.GetRequiredService<BenchConnection>().Value, TimeProvider.System, cancellationToken);
        await using (var db = ReportingDatabase.CreateContext(scratch.ConnectionString))
            await db.MigrateAsync(cancellationToken);
        await using var provider = BenchServices.Build(configuration, scratch.ConnectionString, folder);
        await using var scope = provider.CreateAsyncScope();
        var started = Stopwatch.StartNew();
        await WholeProvinceRun.RunAsync(scope.ServiceProvider, Registers, TextWriter.Null, cancellationToken);
        var seconds = started.Elapsed.TotalSeconds;
        var packs = Directory.GetFiles(Path.Combine(folder, "output", "conference"), ConferencePackJob.PdfFile, SearchOption.AllDirectories).Length;
        _lines.Add(new BenchLine("end to end", $"whole province from {Workbooks().Count} workbooks to every report ({packs} conference packs with Word and PDF, 5 December summaries, 5 estimates), {Environment.ProcessorCount} cores",
            seconds, "s", scale == 1 ? "≤ 60 s" : null, scale == 1 ? seconds <= 60 : null));
    }

    /// <summary>The same rows loaded by EF Core's change tracker and by the pipeline's loader, into a year no register speaks for.</summary>
    private async Task LoadBaselineAsync(CancellationToken cancellationToken)
    {
        const int scratchYear = 1900;
        List<TitleEntryRow> Copies(List<TitleEntryRow> rows) => rows.Select(r => r.CopyFor(scratchYear)).ToList();
        List<TitleEntryRow> sample;
        await using (var db = Context())
            sample = await db.TitleEntries.AsNoTracking().Where(e => e.Year == programme.FirstYear + 2).OrderBy(e => e.Id).Take(BaselineRows).ToListAsync(cancellationToken);

        // Once each on a few rows first, so neither side is timed on its first-call costs.
        var few = sample[..Math.Min(100, sample.Count)];
        await LoadWithEfCoreAsync(Copies(few), cancellationToken);
        await DeleteYearAsync(scratchYear, cancellationToken);
        await LoadWithLoaderAsync(Copies(few), cancellationToken);
        await DeleteYearAsync(scratchYear, cancellationToken);

        var efCore = Stopwatch.StartNew();
        await LoadWithEfCoreAsync(Copies(sample), cancellationToken);
        efCore.Stop();
        await DeleteYearAsync(scratchYear, cancellationToken);
        var loader = Stopwatch.StartNew();
        await LoadWithLoaderAsync(Copies(sample), cancellationToken);
        loader.Stop();
        await DeleteYearAsync(scratchYear, cancellationToken);
        var server = await ServerCopyAsync(programme.FirstYear + 2, scratchYear, few.Count, cancellationToken) is null
            ? null : await ServerCopyAsync(programme.FirstYear + 2, scratchYear, sample.Count, cancellationToken);

        _lines.Add(new BenchLine("load baseline", $"{sample.Count:N0} rows, EF Core AddRange + SaveChanges (reference)", sample.Count / efCore.Elapsed.TotalSeconds, "rows/s"));
        _lines.Add(new BenchLine("load baseline", $"{sample.Count:N0} rows, pipeline loader (binary COPY from the client)", sample.Count / loader.Elapsed.TotalSeconds, "rows/s"));
        _lines.Add(new BenchLine("load baseline", "loader / EF Core", efCore.Elapsed.TotalSeconds / loader.Elapsed.TotalSeconds, "×"));
        if (server is { } limit)
        {
            _lines.Add(new BenchLine("load baseline", $"{sample.Count:N0} rows, PostgreSQL COPY FROM a server-side file (physical limit)", sample.Count / limit.TotalSeconds, "rows/s"));
            var ratio = limit.TotalSeconds / loader.Elapsed.TotalSeconds;
            _lines.Add(new BenchLine("load baseline", "loader / server-side COPY", ratio, "×", "≥ 0.5", ratio >= 0.5));
        }
        else
            _lines.Add(new BenchLine("load baseline", "server-side COPY not measured: the user may not read or write files on the server", 0, "", "≥ 0.5", false));
    }

    /// <summary>The same rows through a file on the server, timed and then deleted again (<see cref="ServerCopy"/>).</summary>
    private async Task<TimeSpan?> ServerCopyAsync(int from, int to, int rows, CancellationToken cancellationToken)
    {
        TimeSpan? elapsed;
        await using (var db = Context())
            elapsed = await ServerCopy.TimeAsync(db, from, to, rows, cancellationToken);
        await DeleteYearAsync(to, cancellationToken);
        return elapsed;
    }

    private async Task LoadWithEfCoreAsync(List<TitleEntryRow> rows, CancellationToken cancellationToken)
    {
        await using var db = Context();
        db.TitleEntries.AddRange(rows);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task LoadWithLoaderAsync(List<TitleEntryRow> rows, CancellationToken cancellationToken)
    {
        await using var db = Context();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await ITitleEntryWriter.For(db.Provider).ReplaceAsync(db, "bench", rows[0].Year, rows, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task DeleteYearAsync(int year, CancellationToken cancellationToken)
    {
        await using var db = Context();
        await db.TitleEntries.Where(e => e.Year == year).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Every period the reports read, as computed together: each year with its months' ends in one pass, then each window.</summary>
    private IEnumerable<IReadOnlyList<FiguresPeriod>> AllPeriods() =>
        programme.Years.Select(y => (IReadOnlyList<FiguresPeriod>)[FiguresPeriod.Year(y), .. Enumerable.Range(1, 12).Select(m => FiguresPeriod.AsOfMonth(y, m))])
            .Concat(Calendar.Reviews.Where(r => r.WindowYears > 1).Select(r => (IReadOnlyList<FiguresPeriod>)[FiguresPeriod.Window(r.FromYear, r.Year)]));

    /// <summary>Every figure the reports read — each year, each month's end, the 3- and 5-year windows — and the yearly ones against the ROLLUP floor.</summary>
    private async Task<double> FiguresAsync(CancellationToken cancellationToken)
    {
        var settings = services.GetRequiredService<FiguresSettings>();
        var periods = AllPeriods().ToList();
        var all = Stopwatch.StartNew();
        var figureRows = 0L;
        await using (var db = Context())
        {
            foreach (var passes in periods)
            {
                figureRows += await (passes is [{ IsWindow: true } window]
                    ? FiguresQuery.RunAsync(db, window, settings, cancellationToken)
                    : FiguresQuery.RunAsync(db, passes, settings, cancellationToken)).CountAsync(cancellationToken);
            }
        }
        var allSeconds = all.Elapsed.TotalSeconds;
        _lines.Add(new BenchLine("figures", $"all: {periods.Sum(p => p.Count)} periods (years with their months' ends in one pass each, windows), {figureRows:N0} rows",
            allSeconds, "s", scale == 1 ? "≤ 10 s" : null, scale == 1 ? allSeconds <= 10 : null));

        var rollup = new List<RollupCount>();
        var floor = Stopwatch.StartNew();
        await using (var db = Context())
        {
            foreach (var year in programme.Years)
                rollup.AddRange(await YearRollupQuery.RunAsync(db, year, cancellationToken).ToListAsync(cancellationToken));
        }
        floor.Stop();
        var yearly = new List<FigureRow>();
        var figures = Stopwatch.StartNew();
        await using (var db = Context())
        {
            foreach (var year in programme.Years)
                yearly.AddRange(await FiguresQuery.RunAsync(db, FiguresPeriod.Year(year), settings, cancellationToken).ToListAsync(cancellationToken));
        }
        figures.Stop();
        var differences = Differences(yearly, rollup);
        _lines.Add(new BenchLine("figures", $"yearly figures, {programme.Years.Count()} years", figures.Elapsed.TotalSeconds, "s"));
        _lines.Add(new BenchLine("figures", "hand-written GROUP BY ROLLUP, same years", floor.Elapsed.TotalSeconds, "s"));
        _lines.Add(new BenchLine("figures", "counts differing from the ROLLUP's", differences, "", "0", differences == 0));
        var ratio = figures.Elapsed.TotalSeconds / floor.Elapsed.TotalSeconds;
        _lines.Add(new BenchLine("figures", "yearly figures / ROLLUP", ratio, "×", "≤ 1.5", ratio <= 1.5));
        return allSeconds;
    }

    /// <summary>Counts the two disagree on: every ROLLUP count against the figure of its unit, and every non-zero figure the ROLLUP lacks.</summary>
    private static int Differences(IReadOnlyList<FigureRow> figures, IReadOnlyList<RollupCount> rollup)
    {
        static string Unit(UnitLevel level, string? code) => level == UnitLevel.Province ? "" : code!;
        var expected = figures
            .Where(f => f.Level is UnitLevel.Province or UnitLevel.District or UnitLevel.Commune && f.Title != Title.CommuneCommunity)
            .ToDictionary(f => (f.Period, f.Level, Unit(f.Level, f.UnitCode), f.Title), f => (f.Eligible, f.Registered, f.Evaluated, f.Passed ?? 0, f.Recognized ?? 0));
        var actual = rollup.ToDictionary(
            r => (r.Year.ToString(CultureInfo.InvariantCulture), r.Level, Unit(r.Level, r.UnitCode), r.Title),
            r => (r.Eligible, r.Registered, r.Evaluated, r.Passed, r.Recognized));
        return actual.Count(a => !expected.TryGetValue(a.Key, out var e) || e != a.Value)
            + expected.Count(e => !actual.ContainsKey(e.Key) && e.Value != default);
    }

    private async Task<double> ReportsAsync(CancellationToken cancellationToken)
    {
        var last = programme.LastYear;
        var total = 0.0;
        // The targets hold at S = 1, where an administrator waits for a report re-run from the dashboard.
        async Task TimeAsync(string what, double? targetSeconds, Func<IServiceProvider, Task> run)
        {
            await using var scope = services.CreateAsyncScope();
            var started = Stopwatch.StartNew();
            await run(scope.ServiceProvider);
            var seconds = started.Elapsed.TotalSeconds;
            total += seconds;
            var judged = scale == 1 && targetSeconds is not null;
            _lines.Add(new BenchLine("reports", what, seconds, "s", judged ? $"≤ {targetSeconds:0} s" : null, judged ? seconds <= targetSeconds : null));
        }
        await TimeAsync($"monthly summary {last}-12", 2, s => s.GetRequiredService<MonthlySummaryJob>().RunAsync(MonthlyRequest.Of(last, 12, programme), StartedBy, cancellationToken));
        if (ConferenceKind.For(last, Calendar) is { } review)
        {
            Task Province(IServiceProvider s) => s.GetRequiredService<ConferencePackJob>().RunAsync(new ConferenceRequest(review, ProvinceCode(last)), StartedBy, cancellationToken);
            await TimeAsync($"conference pack {last}, province, first since the registers changed: computes its window, exemplars and years", null, Province);
            await TimeAsync($"conference pack {last}, province, run again: its figures read back from their snapshots", 5, Province);
            var district = services.GetRequiredService<UnitDirectory>().In(last, UnitLevel.District).Select(u => u.Code).Order(StringComparer.Ordinal).First();
            await TimeAsync($"conference pack {last}, district {district}", 2, s => s.GetRequiredService<ConferencePackJob>().RunAsync(new ConferenceRequest(review, district), StartedBy, cancellationToken));
        }
        await TimeAsync($"cost estimate {last}", 2, s => s.GetRequiredService<CostEstimateJob>().RunAsync(CostsRequest.Of(last, programme), StartedBy, cancellationToken));
        return total;
    }

    private string ProvinceCode(int year) => services.GetRequiredService<UnitDirectory>().In(year, UnitLevel.Province).Single().Code;

    /// <summary>
    /// One commune's register of the middle year changes: what the nightly chain then does — the
    /// pull takes that file alone, and the year's figures and completeness are computed again.
    /// </summary>
    private async Task IncrementalAsync(double fullRunSeconds, CancellationToken cancellationToken)
    {
        var year = programme.FirstYear + 2;
        var changed = Directory.EnumerateFiles(Path.Combine(Registers, "communes"), $"*_{year}.xlsx", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        BumpUpdatedOn(changed);
        var started = Stopwatch.StartNew();
        var result = await PullEverythingAsync(cancellationToken);
        if (result.Summary.Count(FileOutcome.Accepted) + result.Summary.Count(FileOutcome.PartlyAccepted) != 1)
            throw new InvalidOperationException("The incremental pull should have taken exactly the one changed register.");
        await using (var scope = services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<FiguresJob>().RunAsync(FiguresRequest.Parse(year.ToString(CultureInfo.InvariantCulture), programme), StartedBy, cancellationToken);
        var seconds = started.Elapsed.TotalSeconds;
        _lines.Add(new BenchLine("incremental", $"one commune's {year} register changed: re-pull + {year}'s figures and completeness (the nightly chain)", seconds, "s"));
        var share = seconds / fullRunSeconds;
        _lines.Add(new BenchLine("incremental", "share of the full run (ingest + all figures)", 100 * share, "%", "≤ 5 %", share <= 0.05));
    }

    /// <summary>
    /// The same batch of per-commune pull jobs (one year's registers, into an empty database) worked
    /// off by one Hangfire server and by two sharing the PostgreSQL storage, as two <c>serve</c> processes would.
    /// </summary>
    private async Task ServersAsync(CancellationToken cancellationToken)
    {
        var year = programme.FirstYear + 2;
        var communesFolder = Path.Combine(Registers, "communes");
        var communes = Directory.EnumerateFiles(communesFolder, $"*_{year}.xlsx", SearchOption.AllDirectories)
            .Select(f => Path.GetFileName(Path.GetDirectoryName(f)!)).Distinct().Order(StringComparer.Ordinal).ToList();
        BatchResult? one = null;
        foreach (var servers in new[] { 1, 2 })
        {
            var batch = await serverBatch.RunAsync(servers, communesFolder, communes, year, cancellationToken);
            var sharing = servers == 1 ? "" : $"; jobs per server {string.Join(" / ", batch.JobsPerServer)}";
            _lines.Add(new BenchLine("servers", $"{servers} server{(servers == 1 ? "" : "s")} × {batch.Workers} workers: {batch.Jobs} per-commune pull jobs of {year}{sharing}",
                batch.JobsPerSecond, "jobs/s"));
            var once = batch.Runs == batch.Jobs && batch.DistinctRuns == batch.Jobs && batch.Failed == 0;
            _lines.Add(new BenchLine("servers", $"{servers} server{(servers == 1 ? "" : "s")}: runs in the ledger, each job once and finished", batch.Runs, "runs", $"= {batch.Jobs}", once));
            if (one is null)
                one = batch;
            else
                _lines.Add(new BenchLine("servers", "2 servers / 1 server (one machine: both share its cores)", batch.JobsPerSecond / one.JobsPerSecond, "×"));
        }
    }

    /// <summary>A new "Ngày cập nhật": the register is a new version, its rows unchanged.</summary>
    private static void BumpUpdatedOn(string path)
    {
        using var package = new ExcelPackage(new FileInfo(path));
        var info = package.Workbook.Worksheets[RegisterSchema.InfoSheet];
        for (var row = 1; row <= info.Dimension.End.Row; row++)
        {
            if (info.Cells[row, 1].Text == RegisterSchema.Info.UpdatedOn)
                info.Cells[row, 2].Value = info.Cells[row, 2].GetValue<DateTime>().AddDays(1);
        }
        package.Save();
    }

    private ReportingDbContext Context() => ReportingDatabase.CreateContext(services.GetRequiredService<BenchConnection>().Value);
}

/// <summary>The scratch database's connection string.</summary>
internal sealed record BenchConnection(string Value);
