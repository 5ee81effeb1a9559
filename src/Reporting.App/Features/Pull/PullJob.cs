using System.Text.Json;
using Reporting.Data.Runs;
using Reporting.Registers.Pulling;

namespace Reporting.App.Features.Pull;

/// <summary>A pull of one folder source, recorded in the run ledger. The verb and the demo both run this.</summary>
public sealed class PullJob(PullService pull, RunLedger runs)
{
    public Task<PullSummary> RunAsync(string sourceFolder, int? year, string startedBy, CancellationToken cancellationToken) =>
        runs.RecordAsync(
            "pull",
            JsonSerializer.Serialize(new { source = sourceFolder, year }),
            startedBy,
            () => pull.PullAsync(new FolderSource(sourceFolder), year, cancellationToken),
            cancellationToken);
}
