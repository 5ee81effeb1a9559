using System.Text.Json;
using System.Text.Json.Serialization;
using Reporting.Output;

namespace Reporting.Registers.Pulling;

/// <summary>The machine-readable summary of a pull, for scripts and for the dashboard.</summary>
public static class PullSummaryJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static async Task<string> WriteAsync(PullSummary summary, string folder, Guid runId, DateTime finishedAt, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"pull-{finishedAt:yyyyMMdd'T'HHmmss'Z'}-{runId.ToString("N")[..8]}.json");
        var document = new
        {
            RunId = runId,
            FinishedAt = finishedAt,
            Totals = new
            {
                Files = summary.Files.Count,
                Accepted = summary.Count(Data.Model.FileOutcome.Accepted),
                PartlyAccepted = summary.Count(Data.Model.FileOutcome.PartlyAccepted),
                Rejected = summary.Count(Data.Model.FileOutcome.Rejected),
                Unchanged = summary.Count(Data.Model.FileOutcome.Unchanged),
                Superseded = summary.Count(Data.Model.FileOutcome.Superseded),
                summary.RowsAccepted,
                summary.RowsRejected,
                Ignored = summary.Ignored.Count,
                SourceFailures = summary.SourceFailures.Count,
                Answers = summary.Answers.Count,
            },
            summary.Files,
            Ignored = summary.Ignored.Select(i => new { i.Source, i.Origin, i.Reason }),
            SourceFailures = summary.SourceFailures.Select(f => new { f.Source, f.Message }),
            summary.Answers,
        };
        await OutputFile.WriteAtomicallyAsync(path, async temporary =>
        {
            await using var file = File.Create(temporary);
            await JsonSerializer.SerializeAsync(file, document, Options, cancellationToken);
        });
        return path;
    }
}
