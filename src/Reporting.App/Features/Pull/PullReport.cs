using System.Globalization;
using Reporting.Data.Model;
using Reporting.Registers.Pulling;

namespace Reporting.App.Features.Pull;

/// <summary>The pull summary as a person reads it: one line per file, then totals.</summary>
internal static class PullReport
{
    private static readonly CultureInfo Numbers = CultureInfo.InvariantCulture;

    public static void Print(PullSummary summary, TextWriter output, bool everyFile)
    {
        foreach (var file in summary.Files.Where(f => everyFile || f.Outcome is FileOutcome.Rejected or FileOutcome.Superseded))
        {
            var line = $"{Label(file.Outcome),-16} {file.Path}";
            if (file.Outcome is FileOutcome.Accepted or FileOutcome.PartlyAccepted or FileOutcome.Superseded)
                line += string.Format(Numbers, "  rows imported {0:N0}, rejected {1:N0}", file.RowsAccepted, file.RowsRejected);
            if (file.Message is not null)
                line += $"  — {file.Message}";
            output.WriteLine(line);
        }
        foreach (var ignored in summary.IgnoredFiles)
            output.WriteLine($"{"ignored",-16} {ignored}  — not a register workbook");
        output.WriteLine(string.Format(Numbers,
            "Files: {0} accepted, {1} partly accepted, {2} rejected, {3} unchanged, {4} superseded, {5} ignored. Rows: {6:N0} imported, {7:N0} rejected.",
            summary.Count(FileOutcome.Accepted), summary.Count(FileOutcome.PartlyAccepted), summary.Count(FileOutcome.Rejected),
            summary.Count(FileOutcome.Unchanged), summary.Count(FileOutcome.Superseded), summary.IgnoredFiles.Count,
            summary.RowsAccepted, summary.RowsRejected));
        if (summary.AnythingRejected)
            output.WriteLine("Some files or rows were rejected; the reasons are listed above and kept in the ledger.");
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
