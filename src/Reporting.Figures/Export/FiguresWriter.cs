using Reporting.Data.Model;
using Reporting.Domain.Units;
using Reporting.Figures.Queries;
using Reporting.Figures.Snapshots;
using Reporting.Output;

namespace Reporting.Figures.Export;

/// <summary>
/// Computes a table (or reads it back while nothing it counts from has changed), stores it whole as
/// a snapshot with the register versions it came from, and writes the requested level or unit of it
/// in the requested format: what <c>reporting figures</c> prints or writes.
/// </summary>
public sealed class FiguresWriter(ReportingDbContext db, FigureSnapshots snapshots, FiguresSettings settings, UnitDirectory units)
{
    public async Task<FigureSnapshot> WriteAsync(FiguresRequest request, Stream output, CancellationToken cancellationToken) =>
        request.Table switch
        {
            FiguresTable.Exemplars => await WriteAsync(request, SnapshotReader.Exemplars,
                () => WindowQuery.ExemplarsAsync(db, request.Period, settings.Exemplars, cancellationToken), FigureColumns.Exemplars, Exemplars, output, cancellationToken),
            FiguresTable.Completeness => await WriteAsync(request, null,
                () => CompletenessQuery.RunAsync(db, request.Period, settings, cancellationToken), FigureColumns.Completeness, Select, output, cancellationToken),
            _ => await WriteAsync(request, SnapshotReader.Figures,
                () => FiguresQuery.RunAsync(db, request.Period, settings, cancellationToken), FigureColumns.Figures, Select, output, cancellationToken),
        };

    /// <summary>Written under a temporary name and renamed, so nobody reads half a file.</summary>
    public async Task<FigureSnapshot> WriteFileAsync(FiguresRequest request, string path, CancellationToken cancellationToken)
    {
        FigureSnapshot? snapshot = null;
        await OutputFile.WriteAtomicallyAsync(path, async temporary =>
        {
            await using var file = File.Create(temporary);
            snapshot = await WriteAsync(request, file, cancellationToken);
        });
        return snapshot!;
    }

    /// <param name="read">How a stored table is read back; null for a table that is always computed.</param>
    private async Task<FigureSnapshot> WriteAsync<T>(FiguresRequest request, Func<string, IReadOnlyList<T>>? read, Func<IAsyncEnumerable<T>> compute,
        IReadOnlyList<ExportColumn<T>> columns, Func<IEnumerable<T>, FiguresRequest, IEnumerable<T>> select, Stream output, CancellationToken cancellationToken)
    {
        FigureSnapshot snapshot;
        IReadOnlyList<T> table;
        var inputs = await snapshots.InputsAsync(request.Period, request.Table, cancellationToken);
        if (read is not null && await snapshots.ReuseAsync(request.Period, request.Table, inputs, read, cancellationToken) is { } reused)
            (snapshot, table) = reused;
        else
        {
            // Figures are aggregates (a few thousand rows): the whole table is kept, then the part asked for written.
            table = await compute().ToListAsync(cancellationToken);
            (snapshot, _) = await snapshots.SaveAsync(request.Period, request.Table, table, columns, cancellationToken, inputs);
        }
        await FiguresExport.WriteAsync(select(table, request).ToAsyncEnumerable(), columns, request.Format, output, cancellationToken);
        return snapshot;
    }

    private IEnumerable<Exemplar> Exemplars(IEnumerable<Exemplar> exemplars, FiguresRequest request)
    {
        if (request.UnitCode is not { } unit || units.Find(unit, request.Period.ToYear)?.Level == UnitLevel.Province)
            return exemplars;
        return exemplars.Where(e => unit == e.DistrictCode || unit == e.CommuneCode);
    }

    /// <summary>Keeps one level and/or one unit with everything under it; rows come parents first.</summary>
    private static IEnumerable<T> Select<T>(IEnumerable<T> rows, FiguresRequest request) where T : IUnitRow
    {
        var included = new HashSet<(UnitLevel, string)>();
        foreach (var row in rows)
        {
            if (request.UnitCode is { } unit)
            {
                var inScope = (row.Level != UnitLevel.Village && row.UnitCode == unit)
                    || (row.ParentCode is { } parent && included.Contains((row.Level - 1, parent)));
                if (!inScope)
                    continue;
                included.Add((row.Level, row.UnitCode));
            }
            if (request.Level is null || request.Level == row.Level)
                yield return row;
        }
    }
}
