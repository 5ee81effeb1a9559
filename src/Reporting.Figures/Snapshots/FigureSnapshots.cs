using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Reporting.Data.Model;
using Reporting.Domain.Figures;
using Reporting.Figures.Export;

namespace Reporting.Figures.Snapshots;

/// <summary>
/// Stores each computed table with the register versions of the period's years. The same table from
/// the same versions is stored once: computing it again returns the snapshot already there. Figures
/// and exemplars are also stored with their <see cref="FigureBasis"/>, and read back while it holds.
/// </summary>
public sealed class FigureSnapshots(ReportingDbContext db, TimeProvider clock, FiguresSettings settings)
{
    private readonly FigureBasis _basis = new(db, settings);

    /// <summary>A run's own record of the snapshots it stores.</summary>
    public RunSnapshots ForRun() => new(db, this, settings);

    /// <summary>
    /// What a table is computed from, read before it is computed: a register stored while it is being
    /// computed then leaves the snapshot with an older basis, never with a newer one it does not count.
    /// </summary>
    public async Task<SnapshotInputs> InputsAsync(FiguresPeriod period, FiguresTable table, CancellationToken cancellationToken)
    {
        var versions = await _basis.RegisterVersionsJsonAsync(period, cancellationToken);
        return new SnapshotInputs(versions, IsReusable(table) ? await _basis.Sha256Async(versions, cancellationToken) : null);
    }

    /// <summary>Stores a computed table as its CSV export; returns the snapshot and that CSV.</summary>
    public async Task<(FigureSnapshot Snapshot, byte[] Csv)> SaveAsync<T>(
        FiguresPeriod period, FiguresTable table, IReadOnlyList<T> rows, IReadOnlyList<ExportColumn<T>> columns, CancellationToken cancellationToken,
        SnapshotInputs? inputs = null)
    {
        using var csv = new MemoryStream();
        await FiguresExport.WriteAsync(rows.ToAsyncEnumerable(), columns, FiguresFormat.Csv, csv, cancellationToken);
        var bytes = csv.ToArray();
        return (await SaveAsync(period, table, Encoding.UTF8.GetString(bytes), cancellationToken, inputs), bytes);
    }

    /// <param name="inputs">What the table was computed from, as <see cref="InputsAsync"/> read it before; read now if not given.</param>
    public async Task<FigureSnapshot> SaveAsync(FiguresPeriod period, FiguresTable table, string csv, CancellationToken cancellationToken, SnapshotInputs? inputs = null)
    {
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(csv)));
        var (versions, basis) = inputs ?? await InputsAsync(period, table, cancellationToken);
        var (label, key) = (period.ToString(), table.Key());
        var existing = await db.FigureSnapshots.AsNoTracking().FirstOrDefaultAsync(
            s => s.Period == label && s.Table == key && s.Sha256 == sha256 && s.RegisterVersions == versions && s.Basis == basis, cancellationToken);
        if (existing is not null)
            return existing;
        var snapshot = new FigureSnapshot
        {
            Period = label,
            Table = key,
            ComputedAt = clock.GetUtcNow().UtcDateTime,
            Sha256 = sha256,
            RegisterVersions = versions,
            Basis = basis,
            Content = csv,
        };
        db.FigureSnapshots.Add(snapshot);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return snapshot;
    }

    /// <summary>
    /// The newest stored table of the period computed from what it would be computed from now, with
    /// its rows read back; null when anything it counts from has changed since, or it was never stored.
    /// </summary>
    public async Task<(FigureSnapshot Snapshot, IReadOnlyList<T> Rows)?> ReuseAsync<T>(
        FiguresPeriod period, FiguresTable table, SnapshotInputs inputs, Func<string, IReadOnlyList<T>> read, CancellationToken cancellationToken)
    {
        if (inputs.Basis is not { } basis)
            throw new ArgumentException($"The {table.Key()} table depends on more than its basis and is always computed.", nameof(table));
        var (label, key) = (period.ToString(), table.Key());
        var stored = await db.FigureSnapshots.AsNoTracking()
            .Where(s => s.Period == label && s.Table == key && s.Basis == basis)
            .OrderByDescending(s => s.Id).FirstOrDefaultAsync(cancellationToken);
        return stored is null ? null : (stored, read(stored.Content));
    }

    /// <summary>Completeness also reads when each file arrived and which were refused, which no register version records.</summary>
    private static bool IsReusable(FiguresTable table) => table is FiguresTable.Figures or FiguresTable.Exemplars;
}

/// <summary>The register versions a table is computed from (JSON), and its basis where it has one.</summary>
public sealed record SnapshotInputs(string RegisterVersions, string? Basis);
