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
/// the same versions is stored once: computing it again returns the snapshot already there.
/// </summary>
public sealed class FigureSnapshots(ReportingDbContext db, TimeProvider clock, FiguresSettings settings)
{
    /// <summary>A run's own record of the snapshots it stores.</summary>
    public RunSnapshots ForRun() => new(db, this, settings);

    /// <summary>Stores a computed table as its CSV export; returns the snapshot and that CSV.</summary>
    public async Task<(FigureSnapshot Snapshot, byte[] Csv)> SaveAsync<T>(
        FiguresPeriod period, FiguresTable table, IReadOnlyList<T> rows, IReadOnlyList<ExportColumn<T>> columns, CancellationToken cancellationToken)
    {
        using var csv = new MemoryStream();
        await FiguresExport.WriteAsync(rows.ToAsyncEnumerable(), columns, FiguresFormat.Csv, csv, cancellationToken);
        var bytes = csv.ToArray();
        return (await SaveAsync(period, table, Encoding.UTF8.GetString(bytes), cancellationToken), bytes);
    }

    public async Task<FigureSnapshot> SaveAsync(FiguresPeriod period, FiguresTable table, string csv, CancellationToken cancellationToken)
    {
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(csv)));
        var versions = await RegisterVersionsJsonAsync(period, cancellationToken);
        var (label, key) = (period.ToString(), table.Key());
        var existing = await db.FigureSnapshots.AsNoTracking().FirstOrDefaultAsync(
            s => s.Period == label && s.Table == key && s.Sha256 == sha256 && s.RegisterVersions == versions, cancellationToken);
        if (existing is not null)
            return existing;
        var snapshot = new FigureSnapshot
        {
            Period = label,
            Table = key,
            ComputedAt = clock.GetUtcNow().UtcDateTime,
            Sha256 = sha256,
            RegisterVersions = versions,
            Content = csv,
        };
        db.FigureSnapshots.Add(snapshot);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return snapshot;
    }

    private async Task<string> RegisterVersionsJsonAsync(FiguresPeriod period, CancellationToken cancellationToken)
    {
        var versions = await (
                from version in db.RegisterVersions
                join file in db.RegisterFiles on version.RegisterFileId equals file.Id
                where version.Year >= period.FromYear && version.Year <= period.ToYear
                select new { unit = version.UnitCode, year = version.Year, sha256 = file.Sha256, updated_on = version.UpdatedOn })
            .ToListAsync(cancellationToken);
        return JsonSerializer.Serialize(versions.OrderBy(v => v.year).ThenBy(v => v.unit, StringComparer.Ordinal));
    }
}
