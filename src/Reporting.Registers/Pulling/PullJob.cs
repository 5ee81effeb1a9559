using Microsoft.Extensions.Options;
using Reporting.Data;
using Reporting.Data.Model;
using Reporting.Data.Runs;
using Reporting.Domain.Runs;
using Reporting.Output;
using Reporting.Registers.Pulling.Sources;

namespace Reporting.Registers.Pulling;

/// <summary>
/// One pull of the requested sources, recorded in the run ledger, with its JSON summary written to
/// <c>pulls/</c> under the output folder. The command line, the demo and the scheduler run this.
/// </summary>
public sealed class PullJob(PullService pull, RegisterSources sources, RunLedger runs, IOptions<StorageOptions> storage, TimeProvider clock)
{
    public static readonly JobName Job = JobName.Pull;

    public sealed record Result(PullSummary Summary, string SummaryFile) : IRunResult
    {
        public string? Refused
        {
            get
            {
                var refused = new List<string>();
                if (Summary.AnythingRejected)
                    refused.Add($"{Summary.Count(FileOutcome.Rejected)} tệp bị từ chối, {Summary.Count(FileOutcome.PartlyAccepted)} tệp nhận một phần, {Summary.RowsRejected} dòng bị loại.");
                if (Summary.Answers.Count(a => a.Failed) is var unanswered and > 0)
                    refused.Add($"{unanswered} thư chưa trả lời được (để lại trong hộp thư).");
                return refused.Count == 0 ? null : string.Join(" ", refused);
            }
        }

        public string? Outcome => PullOutcome.BySource(Summary);
    }

    public Task<Result> RunAsync(PullRequest request, string startedBy, CancellationToken cancellationToken) =>
        RunAsync(request.SourceTree is { } tree ? sources.FromTree(tree) : sources.Configured(), request.Filter, startedBy, cancellationToken);

    /// <summary>A pull of the given sources: a register handed in on the upload page is one.</summary>
    public Task<Result> RunAsync(IReadOnlyList<IRegisterSource> from, PullFilter filter, string startedBy, CancellationToken cancellationToken) =>
        runs.RecordAsync(
            Job,
            PullRequest.LedgerParameters(from.Select(s => s.Name), filter.Year, filter.Unit),
            startedBy,
            async (runId, cancellationToken) =>
            {
                await runs.StepAsync($"Đang đọc sổ từ {string.Join(", ", from.Select(s => s.Name))}", cancellationToken);
                var summary = await pull.PullAsync(from, filter, cancellationToken);
                await runs.StepAsync($"Đã đọc {summary.Files.Count} tệp; đang trả lời đơn vị và ghi bản tóm tắt", cancellationToken);
                summary = summary with { Answers = await AnswerAsync(from, summary, cancellationToken) };
                var output = storage.Value.OutputFolder;
                var file = await PullSummaryJson.WriteAsync(summary, Path.Combine(output, "pulls"), runId, clock.GetUtcNow().UtcDateTime, cancellationToken);
                // The summary and the error reports this pull wrote, for the run list's links.
                var written = summary.Files.Select(f => f.ErrorReport).OfType<string>().Distinct().Prepend(file).Where(File.Exists)
                    .Select(path => RunManifest.Describe(output, Path.GetFullPath(path))).Select(o => (o.Path, o.Sha256, o.Bytes));
                await runs.RecordOutputsAsync(runId, written, cancellationToken);
                return new Result(summary, file);
            },
            cancellationToken);

    /// <summary>
    /// Mailboxes answer once every register is stored. A message that cannot be answered stays in
    /// the inbox and the run ends with errors: its registers are known by their hash, and the next
    /// pull answers it. A mailbox that cannot be reached at all fails the run, which is retried.
    /// </summary>
    private static async Task<IReadOnlyList<SourceAnswer>> AnswerAsync(IReadOnlyList<IRegisterSource> sources, PullSummary summary, CancellationToken cancellationToken)
    {
        var answers = new List<SourceAnswer>();
        foreach (var source in sources.OfType<IAnsweringSource>())
            answers.AddRange(await source.AnswerAsync(summary, cancellationToken));
        return answers;
    }
}
