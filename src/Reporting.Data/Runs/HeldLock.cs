using Reporting.Data.Model;

namespace Reporting.Data.Runs;

/// <summary>
/// A job lock held for the length of a run, renewed in the background on a connection of its own
/// (the run's own context is busy with the run), and released when disposed. When the lock is
/// lost — another run holds it, or no renewal has succeeded for a whole lease, after which another
/// server may take it — <see cref="Lost"/> is cancelled, so that two runs never write the same
/// results at once.
/// </summary>
internal sealed class HeldLock : IAsyncDisposable
{
    private readonly ReportingDbContext _db;
    private readonly JobLocks _locks;
    private readonly string _key;
    private readonly Guid _owner;
    private readonly TimeProvider _clock;
    private readonly CancellationTokenSource _stop = new();
    private readonly CancellationTokenSource _lost = new();
    private readonly Task _renewal;

    private HeldLock(ReportingDbContext db, JobLocks locks, string key, Guid owner, TimeProvider clock)
    {
        _db = db;
        _locks = locks;
        _key = key;
        _owner = owner;
        _clock = clock;
        _renewal = RenewAsync();
    }

    public static async Task<HeldLock?> TryTakeAsync(string connectionString, string key, TimeProvider clock, LockLease? lease, CancellationToken cancellationToken)
    {
        var db = ReportingDatabase.CreateContext(connectionString);
        var locks = new JobLocks(db, clock, lease);
        try
        {
            if (await locks.TryAcquireAsync(key, cancellationToken) is { } owner)
                return new HeldLock(db, locks, key, owner, clock);
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
        await db.DisposeAsync();
        return null;
    }

    /// <summary>Cancelled when the lock is no longer this run's.</summary>
    public CancellationToken Lost => _lost.Token;

    // Renewal ticks on the clock that stamps the lease, so a test can move both on together.
    private async Task RenewAsync()
    {
        var renewed = _clock.GetUtcNow();
        using var timer = new PeriodicTimer(_locks.Lease.RenewEvery, _clock);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                // A renewal that hangs (a half-open connection) gives way to the next tick instead of outliving the lease.
                using var attempt = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
                attempt.CancelAfter(_locks.Lease.RenewEvery);
                try
                {
                    if (!await _locks.RenewAsync(_key, _owner, attempt.Token))
                    {
                        await _lost.CancelAsync();
                        return;
                    }
                    renewed = _clock.GetUtcNow();
                }
                catch (Exception) when (!_stop.IsCancellationRequested)
                {
                    // A missed renewal is retried at the next tick; the lease outlasts three of them, not four.
                    if (_clock.GetUtcNow() - renewed >= _locks.Lease.Duration)
                    {
                        await _lost.CancelAsync();
                        return;
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _renewal;
        try
        {
            await _locks.ReleaseAsync(_key, _owner);
        }
        catch (Exception)
        {
            // Unreleased, the lock lapses one lease later; the run's own outcome stands.
        }
        finally
        {
            await _db.DisposeAsync();
            _stop.Dispose();
            _lost.Dispose();
        }
    }
}
