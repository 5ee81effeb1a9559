using Microsoft.EntityFrameworkCore;
using Reporting.Data.Model;

namespace Reporting.Data.Runs;

/// <summary>A run of the same job and parameters is already in progress.</summary>
public sealed class JobAlreadyRunningException(string key) : Exception($"Job '{key}' is already running; this run did not start.");

/// <summary>Locks in the database that a job takes itself, so no two runs of it overlap on any server.</summary>
public sealed class JobLocks(ReportingDbContext db, TimeProvider clock)
{
    /// <summary>How long a lock holds without its run finishing: a run killed mid-way frees its job after this.</summary>
    public static TimeSpan Lease { get; } = TimeSpan.FromHours(2);

    /// <summary>Takes the lock of a key, or returns null when a live run holds it.</summary>
    public async Task<Guid?> TryAcquireAsync(string key, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.JobLocks.Where(l => l.Key == key && l.ExpiresAt < now).ExecuteDeleteAsync(cancellationToken);
        var owner = Guid.NewGuid();
        db.JobLocks.Add(new JobLock { Key = key, Owner = owner, AcquiredAt = now, ExpiresAt = now + Lease });
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

    public Task ReleaseAsync(string key, Guid owner) =>
        db.JobLocks.Where(l => l.Key == key && l.Owner == owner).ExecuteDeleteAsync(CancellationToken.None);
}
