using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Reporting.Data.Model;
using Reporting.Domain.Figures;

namespace Reporting.Figures.Snapshots;

/// <summary>When a stored table was computed, and its rows.</summary>
public sealed record Stored<T>(long SnapshotId, DateTime ComputedAt, IReadOnlyList<T> Rows);

/// <summary>
/// The newest stored snapshot of a period's table, as the reports stored it, read back into rows.
/// A snapshot never changes once stored, so what was read is kept by its id.
/// </summary>
public sealed class StoredFigures(ReportingDbContext db)
{
    private const int Kept = 64;
    private static readonly ConcurrentDictionary<long, object> Read = new();

    public Task<Stored<FigureRow>?> FiguresAsync(FiguresPeriod period, CancellationToken cancellationToken) =>
        LatestAsync(period, FiguresTable.Figures, SnapshotReader.Figures, cancellationToken);

    public Task<Stored<CompletenessRow>?> CompletenessAsync(FiguresPeriod period, CancellationToken cancellationToken) =>
        LatestAsync(period, FiguresTable.Completeness, SnapshotReader.Completeness, cancellationToken);

    public Task<Stored<Exemplar>?> ExemplarsAsync(FiguresPeriod period, CancellationToken cancellationToken) =>
        LatestAsync(period, FiguresTable.Exemplars, SnapshotReader.Exemplars, cancellationToken);

    private async Task<Stored<T>?> LatestAsync<T>(FiguresPeriod period, FiguresTable table, Func<string, IReadOnlyList<T>> read, CancellationToken cancellationToken)
    {
        var (label, key) = (period.ToString(), table.Key());
        var latest = await db.FigureSnapshots.AsNoTracking().Where(s => s.Period == label && s.Table == key)
            .OrderByDescending(s => s.ComputedAt).ThenByDescending(s => s.Id).Select(s => new { s.Id, s.ComputedAt }).FirstOrDefaultAsync(cancellationToken);
        if (latest is null)
            return null;
        if (Read.TryGetValue(latest.Id, out var cached))
            return (Stored<T>)cached;
        var content = await db.FigureSnapshots.AsNoTracking().Where(s => s.Id == latest.Id).Select(s => s.Content).SingleAsync(cancellationToken);
        var stored = new Stored<T>(latest.Id, latest.ComputedAt, read(content));
        if (Read.Count >= Kept)
            Read.Clear();
        Read[latest.Id] = stored;
        return stored;
    }
}
