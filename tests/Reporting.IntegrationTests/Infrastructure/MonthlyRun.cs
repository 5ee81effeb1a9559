using Reporting.Data.Runs;
using Reporting.Domain.Units;
using Reporting.Figures;
using Reporting.Figures.Snapshots;
using Reporting.Output.Mail;
using Reporting.Reports.Delivery;
using Reporting.Reports.Monthly;
using Reporting.Reports.Output;
using Reporting.Testing;

namespace Reporting.IntegrationTests.Infrastructure;

/// <summary>The monthly summary job over a test pipeline, with the shipped template and a real mailer.</summary>
internal static class MonthlyRun
{
    public static string ShippedTemplates => Path.Combine(RepositoryFolder.Root, "templates");

    public static async Task<MonthlySummaryResult> RunAsync(PipelineFixture pipeline, int year, int month, MailOptions? mail = null, string? templates = null)
    {
        await using var db = pipeline.Database.NewContext();
        var job = new MonthlySummaryJob(db, new FigureSnapshots(db, TimeProvider.System, FiguresSettings.Default), new RunLedger(db, TimeProvider.System), UnitDirectory.Reference, Domain.Registers.ProgrammePeriod.Default,
            FiguresSettings.Default, new ReportFolders(pipeline.Output, templates ?? ShippedTemplates), new SmtpReportMailer(new SmtpSender(mail ?? new MailOptions())),
            new Reporting.Data.Approval.ApprovalLedger(db, UnitDirectory.Reference, TimeProvider.System), TimeProvider.System);
        return await job.RunAsync(MonthlyRequest.Of(year, month, Domain.Registers.ProgrammePeriod.Default), "test", CancellationToken.None);
    }
}
