using Microsoft.EntityFrameworkCore;
using Reporting.Data.Ledger;
using Reporting.Data.Model;
using Reporting.Domain.Figures;
using Reporting.Figures;
using Reporting.Figures.Export;
using Reporting.Figures.Queries;
using Reporting.Registers.ErrorReports;
using Reporting.Registers.Pulling;
using Reporting.Registers.Pulling.Sources;
using Reporting.Registers.Reading;

namespace Reporting.IntegrationTests.Infrastructure;

/// <summary>A database, a source folder and a vault for one test, and the real pipeline over them.</summary>
public sealed class PipelineFixture : IAsyncDisposable
{
    private PipelineFixture(TestDatabase database, string folder)
    {
        Database = database;
        Folder = folder;
    }

    public TestDatabase Database { get; }
    public string Folder { get; }
    public string Source => Path.Combine(Folder, "source");
    /// <summary>Where the app's settings for this pipeline keep files too: a server over the fixture reads what the fixture's pulls kept.</summary>
    public string Vault => Path.Combine(Folder, "data", "files");

    public static async Task<PipelineFixture> CreateAsync(DatabaseProvider provider) => Over(await TestDatabases.CreateAsync(provider));

    public static PipelineFixture Over(TestDatabase database) => new(database, Directory.CreateTempSubdirectory("pipeline-").FullName);

    public string Output => Path.Combine(Folder, "output");

    public FileVault FileVault => new(Vault);

    /// <summary>Pulls the source tree, or the given sources, with the real pipeline.</summary>
    public async Task<PullSummary> PullAsync(
        int? year = null, RegisterStore? store = null, IReadOnlyList<IRegisterSource>? sources = null, RegisterReadingContext? context = null, string? unit = null)
    {
        await using var db = Database.NewContext();
        context ??= RegisterReadingContext.Default;
        sources ??= FolderSource.ForTree(Source, FileVault, context.Limits).ToList();
        return await Pulls(db, store, context).PullAsync(sources, new PullFilter(year, unit), CancellationToken.None);
    }

    /// <summary>Counts the registers held by closings since reopened, as reopening a year does.</summary>
    public async Task<int> CountHeldAsync(string actor)
    {
        await using var db = Database.NewContext();
        return await Pulls(db).CountHeldAsync(actor, CancellationToken.None);
    }

    private PullService Pulls(ReportingDbContext db, RegisterStore? store = null, RegisterReadingContext? context = null)
    {
        context ??= RegisterReadingContext.Default;
        return new PullService(store ?? new RegisterStore(db, TimeProvider.System, RegisterWording.Instance), new RegisterReader(context), FileVault,
            new ErrorReportWriter(Output, context.Scale.CriterionCount), TimeProvider.System);
    }

    public async Task<List<FigureRow>> FiguresAsync(int year)
    {
        await using var db = Database.NewContext();
        var rows = new List<FigureRow>();
        await foreach (var row in YearFiguresQuery.RunAsync(db, year))
            rows.Add(row);
        return rows;
    }

    public async Task<List<FigureRow>> FiguresAsync(FiguresPeriod period, FiguresSettings? settings = null)
    {
        await using var db = Database.NewContext();
        var rows = new List<FigureRow>();
        await foreach (var row in FiguresQuery.RunAsync(db, period, settings ?? FiguresSettings.Default))
            rows.Add(row);
        return rows;
    }

    public async Task<List<FigureRow>> FiguresAsync(IReadOnlyList<FiguresPeriod> periods)
    {
        await using var db = Database.NewContext();
        return await FiguresQuery.RunAsync(db, periods, FiguresSettings.Default).ToListAsync();
    }

    public async Task<List<TitleEntryRow>> TitleEntriesAsync(int year)
    {
        await using var db = Database.NewContext();
        return await db.TitleEntries.AsNoTracking().Where(e => e.Year == year).ToListAsync();
    }

    public async Task<List<Exemplar>> ExemplarsAsync(FiguresPeriod period, ExemplarRule? rule = null)
    {
        await using var db = Database.NewContext();
        var rows = new List<Exemplar>();
        await foreach (var row in WindowQuery.ExemplarsAsync(db, period, rule ?? ExemplarRule.Default))
            rows.Add(row);
        return rows;
    }

    public async Task<List<CompletenessRow>> CompletenessAsync(FiguresPeriod period)
    {
        await using var db = Database.NewContext();
        var rows = new List<CompletenessRow>();
        await foreach (var row in CompletenessQuery.RunAsync(db, period, FiguresSettings.Default))
            rows.Add(row);
        return rows;
    }

    public async Task<string> FiguresCsvAsync(int year)
    {
        await using var db = Database.NewContext();
        using var output = new MemoryStream();
        await FiguresExport.WriteAsync(FiguresQuery.RunAsync(db, FiguresPeriod.Year(year), FiguresSettings.Default), FiguresFormat.Csv, output, CancellationToken.None);
        return System.Text.Encoding.UTF8.GetString(output.ToArray());
    }

    public async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync();
        Directory.Delete(Folder, recursive: true);
    }
}
