using Microsoft.EntityFrameworkCore;
using Reporting.Data.Model;
using Reporting.Domain.Runs;

namespace Reporting.Data.Runs;

/// <summary>
/// Records every run of a job — who, when, with what, and how it ended — under the job's lock: a
/// run of the same job and parameters that is still going makes this one refuse to start.
/// </summary>
public sealed class RunLedger(ReportingDbContext db, TimeProvider clock, LockLease? lease = null, IDeadRunLeftovers? leftovers = null)
{
    public const string InterruptedError = "Lần chạy dừng giữa chừng mà không ghi được kết thúc (tiến trình bị tắt, hoặc mất kết nối cơ sở dữ liệu). Bấm Chạy lại."
        + RunFailure.DetailSeparator + "Interrupted: the run stopped without recording its end (its process died, or it lost the database).";

    /// <summary>
    /// Runs <paramref name="run"/> under the job's lock and records it. The run is given a token that
    /// is cancelled also when the lock is lost; it then ends failed with <see cref="LockLostException"/>.
    /// </summary>
    public async Task<T> RecordAsync<T>(JobName job, string parameters, string startedBy, Func<Guid, CancellationToken, Task<T>> run,
        CancellationToken cancellationToken)
    {
        var key = $"{job.Key}:{parameters}";
        await using var held = await HeldLock.TryTakeAsync(db.Database.GetConnectionString()!, key, clock, lease, cancellationToken)
            ?? throw new JobAlreadyRunningException(key);
        await CloseInterruptedRunsAsync(job.Key, parameters, cancellationToken);
        using var running = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, held.Lost);
        return await RecordLockedAsync(job.Key, parameters, startedBy, async runId =>
        {
            try
            {
                return await run(runId, running.Token);
            }
            catch (OperationCanceledException cancelled) when (held.Lost.IsCancellationRequested)
            {
                throw new LockLostException(key, cancelled);
            }
        }, cancellationToken);
    }

    /// <summary>
    /// Holding the lock, no other run of this job and these parameters is alive: one the ledger still
    /// calls running died with its process, is recorded as interrupted, and its half-written files go.
    /// </summary>
    private async Task CloseInterruptedRunsAsync(string job, string parameters, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var dead = db.Runs.Where(r => r.Job == job && r.Parameters == parameters && r.Status == RunStatus.Running);
        var deadIds = await dead.Select(r => r.Id).ToListAsync(cancellationToken);
        if (deadIds.Count == 0)
            return;
        await dead.ExecuteUpdateAsync(s => s
            .SetProperty(r => r.Status, RunStatus.Failed)
            .SetProperty(r => r.Error, InterruptedError)
            .SetProperty(r => r.FinishedAt, now), cancellationToken);
        // A dead run stopped renewing its lease at least three quarters of a lease ago.
        leftovers?.Remove(deadIds, (lease ?? LockLease.Default).Duration / 2);
    }

    private async Task<T> RecordLockedAsync<T>(string job, string parameters, string startedBy, Func<Guid, Task<T>> run, CancellationToken cancellationToken)
    {
        var record = new RunRecord
        {
            Id = Guid.NewGuid(),
            Job = job,
            Parameters = parameters,
            StartedBy = startedBy,
            StartedAt = clock.GetUtcNow().UtcDateTime,
            Status = RunStatus.Running,
        };
        db.Runs.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        CurrentRun.Set(record.Id);
        try
        {
            var result = await run(record.Id);
            var outcome = (result as IRunResult)?.Outcome;
            if (result is IRunResult { Refused: { } refused })
                await FinishAsync(record, RunStatus.WithErrors, refused, outcome);
            else
                await FinishAsync(record, RunStatus.Succeeded, null, outcome);
            return result;
        }
        catch (Exception exception)
        {
            await FinishAsync(record, RunStatus.Failed, RunFailure.Describe(exception));
            throw;
        }
    }

    /// <summary>
    /// The step the current run is at, in Vietnamese, for the run list while it goes: a running row's
    /// outcome holds its step until the run's end records what it did.
    /// </summary>
    public async Task StepAsync(string step, CancellationToken cancellationToken)
    {
        if (CurrentRun.Id is not { } id)
            return;
        await db.Runs.Where(r => r.Id == id && r.Status == RunStatus.Running).ExecuteUpdateAsync(s => s.SetProperty(r => r.Outcome, step), cancellationToken);
    }

    /// <summary>A run refused before it started — nothing was written — recorded with the reason, so the ledger says why.</summary>
    public async Task RecordRefusedAsync(JobName job, string parameters, string startedBy, string reason, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        db.Runs.Add(new RunRecord
        {
            Id = Guid.NewGuid(),
            Job = job.Key,
            Parameters = parameters,
            StartedBy = startedBy,
            StartedAt = now,
            FinishedAt = now,
            Status = RunStatus.Skipped,
            Error = reason,
        });
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    /// <summary>Lists what a run wrote, replacing an earlier list of the same run (a retried step).</summary>
    public async Task RecordOutputsAsync(Guid runId, IEnumerable<(string Path, string Sha256, long Bytes)> outputs, CancellationToken cancellationToken)
    {
        db.RunOutputs.RemoveRange(db.RunOutputs.Where(o => o.RunId == runId));
        db.RunOutputs.AddRange(outputs.Select(o => new RunOutput { RunId = runId, Path = o.Path, Sha256 = o.Sha256, SizeBytes = o.Bytes }));
        await db.SaveChangesAsync(cancellationToken);
    }

    // Not cancellable: a cancelled run must still be recorded as ended.
    private async Task FinishAsync(RunRecord record, RunStatus status, string? error, string? outcome = null)
    {
        db.ChangeTracker.Clear();
        db.Runs.Attach(record);
        record.Status = status;
        record.Error = error;
        record.Outcome = outcome;
        record.FinishedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(CancellationToken.None);
    }
}
