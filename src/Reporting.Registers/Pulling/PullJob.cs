using System.Text.Json;
using Reporting.Data.Runs;
using Reporting.Registers.Pulling.Sources;

namespace Reporting.Registers.Pulling;

/// <summary>
/// One pull of the given sources, recorded in the run ledger, with its JSON summary written to
/// <c>pulls/</c> under the output folder. The command line, the demo and the scheduler run this.
/// </summary>
public sealed class PullJob(PullService pull, RunLedger runs, TimeProvider clock)
{
    public sealed record Result(PullSummary Summary, string SummaryFile);

    public Task<Result> RunAsync(
        IReadOnlyList<IRegisterSource> sources, PullFilter filter, string outputFolder, string startedBy, CancellationToken cancellationToken) =>
        runs.RecordAsync(
            "pull",
            JsonSerializer.Serialize(new { sources = sources.Select(s => s.Name), year = filter.Year, unit = filter.Unit }),
            startedBy,
            async runId =>
            {
                var summary = await pull.PullAsync(sources, filter, cancellationToken);
                var file = await PullSummaryJson.WriteAsync(summary, Path.Combine(outputFolder, "pulls"), runId, clock.GetUtcNow().UtcDateTime, cancellationToken);
                return new Result(summary, file);
            },
            cancellationToken);
}
