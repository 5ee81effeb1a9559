using Microsoft.Extensions.Options;
using Reporting.Data.Approval;
using Reporting.Data.Runs;
using Reporting.Domain.Costs;
using Reporting.Domain.Programme;
using Reporting.Domain.Units;
using Reporting.Figures;
using Reporting.Figures.Snapshots;
using Reporting.Reports.Conference;
using Reporting.Reports.Costs;
using Reporting.Reports.Output;
using Reporting.Reports.Word;
using Reporting.Testing;

namespace Reporting.IntegrationTests.Infrastructure;

/// <summary>The conference pack job over a test pipeline, with the given templates and issuer.</summary>
internal static class ConferenceRun
{
    /// <summary>One LibreOffice for the whole test run, as one serves a whole process.</summary>
    private static readonly Lazy<PdfRenderer> Pdf = new(() => new ConferenceOptions().Renderer());

    public static void StopLibreOffice()
    {
        if (Pdf.IsValueCreated)
            Pdf.Value.Dispose();
    }

    public static CostEstimator Estimator => new(CostSettings.Default, UnitDirectory.Reference, ProgrammeCalendar.Default);

    public static async Task<ConferenceResult> RunAsync(PipelineFixture pipeline, int year, string? unit = null, ConferenceOptions? options = null, string? templates = null)
    {
        await using var db = pipeline.Database.NewContext();
        var job = new ConferencePackJob(new FigureSnapshots(db, TimeProvider.System, FiguresSettings.Default), new RunLedger(db, TimeProvider.System), UnitDirectory.Reference,
            ProgrammeCalendar.Default, Estimator, FiguresSettings.Default, new ReportFolders(pipeline.Output, templates ?? MonthlyRun.ShippedTemplates),
            Options.Create(options ?? new ConferenceOptions { Pdf = PdfRendering.Off }), new ApprovalLedger(db, UnitDirectory.Reference, TimeProvider.System), Pdf.Value, TimeProvider.System);
        return await job.RunAsync(ConferenceRequest.Of(year, unit, ProgrammeCalendar.Default, UnitDirectory.Reference), "test", CancellationToken.None);
    }
}
