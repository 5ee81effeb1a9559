using System.Globalization;
using Reporting.Data.Model;
using Reporting.Registers.Pulling;

namespace Reporting.App.Features.Pull;

/// <summary>The pull summary as a person reads it: one line per file, then failures, strays and totals.</summary>
internal static class PullReport
{
    private static readonly CultureInfo Numbers = CultureInfo.InvariantCulture;

    public static void Print(PullJob.Result result, TextWriter output, bool everyFile)
    {
        var summary = result.Summary;
        foreach (var file in summary.Files.Where(f => everyFile || f.Outcome is FileOutcome.Rejected or FileOutcome.Superseded))
        {
            var line = $"{Label(file.Outcome),-16} {file.Origin}";
            if (file.Outcome is FileOutcome.Accepted or FileOutcome.PartlyAccepted or FileOutcome.Superseded)
                line += string.Format(Numbers, "  rows imported {0:N0}, rejected {1:N0}", file.RowsAccepted, file.RowsRejected);
            if (file.Warnings > 0)
                line += string.Format(Numbers, ", {0:N0} warnings", file.Warnings);
            if (file.Message is not null)
                line += $"  — {file.Message}";
            if (file.ErrorReport is not null)
                line += $"  [error report: {file.ErrorReport}]";
            output.WriteLine(line);
            foreach (var notice in everyFile ? file.Notices : [])
                output.WriteLine($"{"",-16}   {notice}");
        }
        foreach (var ignored in summary.Ignored)
            output.WriteLine($"{"ignored",-16} {ignored.Origin}  — {ignored.Reason}");
        foreach (var failure in summary.SourceFailures)
            output.WriteLine($"{"SOURCE FAILED",-16} {failure.Message}");
        output.WriteLine(string.Format(Numbers,
            "Files: {0} accepted, {1} partly accepted, {2} rejected, {3} unchanged, {4} superseded, {5} ignored; {6} sources failed. Rows: {7:N0} imported, {8:N0} rejected.",
            summary.Count(FileOutcome.Accepted), summary.Count(FileOutcome.PartlyAccepted), summary.Count(FileOutcome.Rejected),
            summary.Count(FileOutcome.Unchanged), summary.Count(FileOutcome.Superseded), summary.Ignored.Count, summary.SourceFailures.Count,
            summary.RowsAccepted, summary.RowsRejected));
        if (summary.AnythingRejected)
            output.WriteLine("Some files or rows were rejected: the reasons are above, in the error reports, and kept in the ledger.");
        output.WriteLine($"Summary: {result.SummaryFile}");
    }

    private static string Label(FileOutcome outcome) => outcome switch
    {
        FileOutcome.Accepted => "accepted",
        FileOutcome.PartlyAccepted => "partly accepted",
        FileOutcome.Rejected => "REJECTED",
        FileOutcome.Unchanged => "unchanged",
        FileOutcome.Superseded => "superseded",
        _ => outcome.ToString(),
    };
}
