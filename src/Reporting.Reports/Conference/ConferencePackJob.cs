using Reporting.Data.Approval;
using Reporting.Data.Model;
using Reporting.Data.Runs;
using Reporting.Domain.Programme;
using Reporting.Domain.Runs;
using Reporting.Domain.Units;
using Reporting.Figures;
using Reporting.Figures.Snapshots;
using Reporting.Output;
using Reporting.Reports.Html;
using Reporting.Reports.Output;
using Reporting.Reports.Word;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.Options;

namespace Reporting.Reports.Conference;

/// <summary>What a conference run wrote: one folder per unit, and what it could not (a PDF without LibreOffice).</summary>
public sealed record ConferenceResult(Guid RunId, IReadOnlyList<string> Folders, IReadOnlyList<string> Warnings);

/// <summary>
/// The packs of one review conference (specs/reports.md §2) for the province and every district, or
/// for one unit: the report page from the Scriban templates, the same report as a Decree 30 Word
/// document from the Word template and its PDF, the annex, the charts and a manifest. Each pack is
/// built in a temporary folder and put in place whole.
/// </summary>
public sealed class ConferencePackJob(
    FigureSnapshots snapshots, RunLedger ledger, UnitDirectory units, ProgrammeCalendar calendar, Costs.CostEstimator costs,
    FiguresSettings settings, ReportFolders folders, IOptions<ConferenceOptions> options, ApprovalLedger approvals, PdfRenderer renderer, TimeProvider clock) : IReport
{
    public static readonly JobName Job = JobName.Conference;
    public const string ReportFile = "bao-cao.html";
    public const string WordFile = "bao-cao.docx";
    public const string PdfFile = "bao-cao.pdf";
    public const string WordTemplate = "bao-cao.docx";
    public const string AnnexFile = "phu-luc.xlsx";

    /// <summary>Packs built at once: a pack is mostly one core's work (charts, Word, annex) while LibreOffice renders another's PDF.</summary>
    private static int PackLanes => Math.Clamp(Environment.ProcessorCount, 1, 4);

    public static ReportDefinition Definition { get; } = new(Job, typeof(ConferencePackJob),
        "Write the conference packs (report, annex, charts) for the province and every district", "Hồ sơ hội nghị",
        [
            new("year", ParameterKind.ReviewYear, "The year of a review conference (Programme:Reviews; by default 2016, 2018 and 2020)", "Năm"),
            new("unit", ParameterKind.Unit, "Only this unit's pack: the province (60) or a district code", "Tỉnh hoặc huyện", Required: false),
        ]);

    public string Check(IReadOnlyDictionary<string, string?> values) => Parse(values).Describe(units);

    public async Task<IReadOnlyList<string>> RunAsync(IReadOnlyDictionary<string, string?> values, string startedBy, CancellationToken cancellationToken)
    {
        var result = await RunAsync(Parse(values), startedBy, cancellationToken);
        return [.. result.Folders.Select(folder => $"Wrote {folder}"), .. result.Warnings, $"{result.Folders.Count} pack(s); run {result.RunId}."];
    }

    private ConferenceRequest Parse(IReadOnlyDictionary<string, string?> values) =>
        ConferenceRequest.Parse(values.GetValueOrDefault("year"), values.GetValueOrDefault("unit"), calendar, units);

    public Task<ConferenceResult> RunAsync(ConferenceRequest request, string startedBy, CancellationToken cancellationToken) =>
        ledger.RecordAsync(Job, request.LedgerParameters, startedBy, (runId, running) => RunAsync(runId, request, running), cancellationToken);

    private async Task<ConferenceResult> RunAsync(Guid runId, ConferenceRequest request, CancellationToken cancellationToken)
    {
        var kind = request.Kind;
        await ledger.StepAsync("Đang tính số liệu của các năm và giai đoạn", cancellationToken);
        var cache = snapshots.ForRun();
        var figures = await ConferenceFigures.LoadAsync(cache, kind, cancellationToken);
        var plans = new Dictionary<int, Costs.CostPlan>();
        foreach (var year in Enumerable.Range(kind.Window.FromYear, kind.Window.WindowYears))
            plans[year] = Costs.CostPlan.Of(year, await costs.EstimateAsync(year, cache, cancellationToken), []);
        var builder = new PackBuilder(figures, units, ReferenceUnits.Changes, settings.Targets, plans, costs.Programme);
        var closed = await ClosedFigures.OfAsync(approvals, Enumerable.Range(kind.Window.FromYear, kind.Window.WindowYears).Concat(kind.Circular44Years), cancellationToken);
        var templates = new HtmlTemplates(Path.Combine(folders.Templates, "conference"));
        var pdf = Pdf();
        var warnings = pdf is null && options.Value.Pdf == PdfRendering.Auto
            ? new List<string> { $"{PdfFile} not written: LibreOffice ('{options.Value.LibreOffice}') or the Python of its UNO bridge ('{options.Value.Python}') was not found; install libreoffice-writer-nogui and python3-uno for the PDF." }
            : [];
        var written = new List<OutputEntry>();
        var packs = request.Units(units);
        var packFolders = new string?[packs.Count];
        // The ledger's context takes one call at a time; the packs themselves are built side by side.
        using var ledgerCalls = new SemaphoreSlim(1);
        async Task LedgerAsync(Func<Task> call)
        {
            await ledgerCalls.WaitAsync(cancellationToken);
            try
            {
                await call();
            }
            finally
            {
                ledgerCalls.Release();
            }
        }
        var lanes = new ParallelOptions { MaxDegreeOfParallelism = PackLanes, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(packs.Select((code, index) => (code, index)), lanes, async (pack, cancellationToken) =>
        {
            var (code, index) = pack;
            await LedgerAsync(() => ledger.StepAsync($"Đang làm hồ sơ {index + 1}/{packs.Count}: {units.Find(code, kind.Year)?.Name ?? code}", cancellationToken));
            var folder = Path.Combine(folders.Output, "conference", kind.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), code);
            var files = new List<OutputEntry>();
            OutputFolder.ReplaceAtomically(folder, staging => WritePack(staging, folder, code, builder, closed, templates, pdf, kind, cache.Stored, runId, files));
            // Recorded pack by pack: a run that fails later still lists the packs it put in place.
            await LedgerAsync(() =>
            {
                written.AddRange(files);
                packFolders[index] = folder;
                return ledger.RecordOutputsAsync(runId, written.Select(o => (o.Path, o.Sha256, o.Bytes)), cancellationToken);
            });
        });
        return new ConferenceResult(runId, packFolders.Select(f => f!).ToList(), warnings);
    }

    /// <summary>The renderer of the packs' PDF; none when it is off, or not found and not required.</summary>
    private PdfRenderer? Pdf()
    {
        var settings = options.Value;
        if (settings.Pdf == PdfRendering.Off)
            return null;
        return renderer.IsAvailable || settings.Pdf == PdfRendering.Required ? renderer : null;
    }

    private void WritePack(string staging, string folder, string code, PackBuilder builder, ClosedFigures closed, HtmlTemplates templates, PdfRenderer? pdf,
        ConferenceKind kind, IReadOnlyList<FigureSnapshot> snapshots, Guid runId, List<OutputEntry> written)
    {
        var datedAt = closed.DatedAt(clock.GetUtcNow().UtcDateTime);
        var model = builder.Build(code) with { Closing = closed.Words };
        model = model with { Charts = ConferenceCharts.Write(model, Path.Combine(staging, "charts")) };
        var html = templates.Render(kind.Template, model);
        File.WriteAllText(Path.Combine(staging, ReportFile), html);
        var issuer = ReportIssuer.For(model, options.Value);
        WordReport.Write(Path.Combine(folders.Templates, "conference", WordTemplate), Path.Combine(staging, WordFile), new HtmlParser().ParseDocument(html),
            issuer.Values, issuer.Recipients, datedAt);
        Reproducible.StampPackage(Path.Combine(staging, WordFile), datedAt);
        if (pdf is not null)
        {
            pdf.Render(Path.Combine(staging, WordFile), Path.Combine(staging, PdfFile));
            Reproducible.StampPdf(Path.Combine(staging, PdfFile), datedAt);
        }
        var exemplars = builder.ExemplarsOf(code, model.IsProvince).OrderBy(e => e.Title).ThenBy(e => e.DistrictCode, StringComparer.Ordinal)
            .ThenBy(e => e.CommuneCode, StringComparer.Ordinal).ThenBy(e => e.Code, StringComparer.Ordinal).Select(builder.Named).ToList();
        ConferenceAnnex.Write(model, builder.Communes(code, model.IsProvince), exemplars, Path.Combine(staging, AnnexFile));
        Reproducible.StampPackage(Path.Combine(staging, AnnexFile), datedAt);

        // Paths in the manifest and the ledger are where the files will be once the pack is in place.
        var prefix = Path.GetRelativePath(folders.Output, folder).Replace('\\', '/') + "/";
        OutputEntry InPlace(string staged)
        {
            var entry = RunManifest.Describe(staging, staged);
            return entry with { Path = prefix + entry.Path };
        }
        var files = Directory.GetFiles(staging, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(InPlace).ToList();
        var manifest = Path.Combine(staging, RunManifest.FileName);
        RunManifest.Write(manifest, runId, Job,
            new Dictionary<string, string> { ["year"] = kind.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), ["unit"] = code },
            clock.GetUtcNow().UtcDateTime, snapshots, files);
        written.AddRange(files);
        written.Add(InPlace(manifest));
    }
}
