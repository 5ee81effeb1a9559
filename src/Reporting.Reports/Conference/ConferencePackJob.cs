using Reporting.Data.Figures;
using Reporting.Data.Files;
using Reporting.Data.Model;
using Reporting.Data.Runs;
using Reporting.Data.Units;
using Reporting.Domain.Units;
using Reporting.Reports.Html;
using Reporting.Reports.Output;

namespace Reporting.Reports.Conference;

/// <summary>What a conference run wrote: one folder per unit.</summary>
public sealed record ConferenceResult(Guid RunId, IReadOnlyList<string> Folders);

/// <summary>
/// The packs of one review conference (specs/reports.md §2) for the province and every district, or
/// for one unit: the report from the Scriban templates, the annex, the charts and a manifest. Each
/// pack is built in a temporary folder and put in place whole.
/// </summary>
public sealed class ConferencePackJob(
    ReportingDbContext db, FigureSnapshots snapshots, RunLedger ledger, UnitDirectory units, Costs.CostEstimator costs,
    FiguresSettings settings, ReportFolders folders, TimeProvider clock)
{
    public const string JobName = "conference";
    public const string ReportFile = "bao-cao.html";
    public const string AnnexFile = "phu-luc.xlsx";

    public Task<ConferenceResult> RunAsync(int year, string? unitCode, string startedBy, CancellationToken cancellationToken)
    {
        var kind = ConferenceKind.For(year) ?? throw new ArgumentException($"No review conference in {year}: 2016, 2018 or 2020.", nameof(year));
        var parameters = unitCode is null ? $"year={year}" : $"year={year};unit={unitCode}";
        return ledger.RecordAsync(JobName, parameters, startedBy, runId => RunAsync(runId, kind, unitCode, cancellationToken), cancellationToken);
    }

    /// <summary>The province and its districts in the conference year, or the one unit asked for if it is one of them.</summary>
    public IReadOnlyList<string> UnitsFor(int year, string? unitCode)
    {
        var packUnits = units.In(year, UnitLevel.Province).Concat(units.In(year, UnitLevel.District)).Select(u => u.Code).ToList();
        if (unitCode is null)
            return packUnits;
        return packUnits.Contains(unitCode)
            ? [unitCode]
            : throw new ArgumentException($"Unit {unitCode} is neither the province nor a district in {year}.", nameof(unitCode));
    }

    private async Task<ConferenceResult> RunAsync(Guid runId, ConferenceKind kind, string? unitCode, CancellationToken cancellationToken)
    {
        var packUnits = UnitsFor(kind.Year, unitCode);
        var cache = new FiguresCache(db, snapshots, settings);
        var figures = await ConferenceFigures.LoadAsync(db, snapshots, settings, cache, kind, cancellationToken);
        var plans = new Dictionary<int, Costs.CostPlan>();
        foreach (var year in Enumerable.Range(kind.Window.FromYear, kind.Window.WindowYears))
            plans[year] = Costs.CostPlan.Of(year, await costs.EstimateAsync(year, cache, cancellationToken), []);
        figures = figures with { Snapshots = [.. cache.Snapshots, .. figures.Snapshots.Except(cache.Snapshots)] };
        var builder = new PackBuilder(figures, units, settings.Targets, plans);
        var templates = new HtmlTemplates(Path.Combine(folders.Templates, "conference"));
        var written = new List<OutputEntry>();
        var packFolders = new List<string>();
        foreach (var code in packUnits)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var folder = Path.Combine(folders.Output, "conference", kind.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), code);
            OutputFolder.ReplaceAtomically(folder, staging => WritePack(staging, folder, code, builder, templates, kind, figures, runId, written));
            packFolders.Add(folder);
            // Recorded pack by pack: a run that fails later still lists the packs it put in place.
            await ledger.RecordOutputsAsync(runId, written.Select(o => (o.Path, o.Sha256, o.Bytes)), cancellationToken);
        }
        return new ConferenceResult(runId, packFolders);
    }

    private void WritePack(string staging, string folder, string code, PackBuilder builder, HtmlTemplates templates,
        ConferenceKind kind, ConferenceFigures figures, Guid runId, List<OutputEntry> written)
    {
        var model = builder.Build(code);
        model = model with { Charts = ConferenceCharts.Write(model, Path.Combine(staging, "charts")) };
        File.WriteAllText(Path.Combine(staging, ReportFile), templates.Render(kind.Template, model));
        var exemplars = builder.ExemplarsOf(code, model.IsProvince).OrderBy(e => e.Title).ThenBy(e => e.DistrictCode, StringComparer.Ordinal)
            .ThenBy(e => e.CommuneCode, StringComparer.Ordinal).ThenBy(e => e.Code, StringComparer.Ordinal).Select(builder.Named).ToList();
        ConferenceAnnex.Write(model, builder.Communes(code, model.IsProvince), exemplars, Path.Combine(staging, AnnexFile));

        // Paths in the manifest and the ledger are where the files will be once the pack is in place.
        var prefix = Path.GetRelativePath(folders.Output, folder).Replace('\\', '/') + "/";
        OutputEntry InPlace(string staged)
        {
            var entry = RunManifest.Describe(staging, staged);
            return entry with { Path = prefix + entry.Path };
        }
        var files = Directory.GetFiles(staging, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(InPlace).ToList();
        var manifest = Path.Combine(staging, RunManifest.FileName);
        RunManifest.Write(manifest, runId, JobName,
            new Dictionary<string, string> { ["year"] = kind.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), ["unit"] = code },
            clock.GetUtcNow().UtcDateTime, figures.Snapshots, files);
        written.AddRange(files);
        written.Add(InPlace(manifest));
    }
}
