using Microsoft.EntityFrameworkCore;
using Reporting.Data.Model;

namespace Reporting.Data.Runs;

/// <summary>A run of the same job and parameters is already in progress.</summary>
public sealed class JobAlreadyRunningException(string key) : Exception($"Job '{key}' is already running; this run did not start.");

/// <summary>A run lost its job's lock midway (renewals failed for a whole lease, or another run holds it) and was stopped.</summary>
public sealed class LockLostException(string key, Exception inner)
    : Exception($"Job '{key}' lost its lock while running and was cancelled, so that no two runs write the same results.", inner);

/// <summary>
/// How long a lock holds without being renewed. A live run renews it well before it lapses; a run
/// whose process was killed stops renewing, and its job is free again one lease later.
/// </summary>
public sealed record LockLease(TimeSpan Duration)
{
    public static LockLease Default { get; } = new(TimeSpan.FromMinutes(2));

    public TimeSpan RenewEvery => Duration / 4;
}

/// <summary>Locks in the database that a job takes itself, so no two runs of it overlap on any server.</summary>
public sealed class JobLocks(ReportingDbContext db, TimeProvider clock, LockLease? lease = null)
{
    public LockLease Lease { get; } = lease ?? LockLease.Default;

    /// <summary>Takes the lock of a key, or returns null when a live run holds it.</summary>
    public async Task<Guid?> TryAcquireAsync(string key, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.JobLocks.Where(l => l.Key == key && l.ExpiresAt < now).ExecuteDeleteAsync(cancellationToken);
        var owner = Guid.NewGuid();
        db.JobLocks.Add(new JobLock { Key = key, Owner = owner, AcquiredAt = now, ExpiresAt = now + Lease.Duration });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return owner;
        }
        catch (DbUpdateException)
        {
            // The key is taken: another run holds it.
            return null;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Extends a held lock by one lease; false when it is no longer this owner's.</summary>
    public async Task<bool> RenewAsync(string key, Guid owner, CancellationToken cancellationToken)
    {
        var expiresAt = clock.GetUtcNow().UtcDateTime + Lease.Duration;
        return await db.JobLocks.Where(l => l.Key == key && l.Owner == owner)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAt, expiresAt), cancellationToken) == 1;
    }

    public Task ReleaseAsync(string key, Guid owner) =>
        db.JobLocks.Where(l => l.Key == key && l.Owner == owner).ExecuteDeleteAsync(CancellationToken.None);
}
