using System.Runtime.CompilerServices;
using Reporting.Data.Model;
using Reporting.Domain.Units;
using Reporting.Figures.Queries;
using Reporting.Figures.Snapshots;
using Reporting.Output;

namespace Reporting.Figures.Export;

/// <summary>
/// Computes a table, stores it as a snapshot with the register versions it came from, and writes it
/// in the requested format: what <c>reporting figures</c> prints or writes.
/// </summary>
public sealed class FiguresWriter(ReportingDbContext db, FigureSnapshots snapshots, FiguresSettings settings, UnitDirectory units)
{
    public async Task<FigureSnapshot> WriteAsync(FiguresRequest request, Stream output, CancellationToken cancellationToken) =>
        request.Table switch
        {
            FiguresTable.Exemplars => await WriteAsync(request, Exemplars(request, cancellationToken), FigureColumns.Exemplars, output, cancellationToken),
            FiguresTable.Completeness => await WriteAsync(request,
                Select(CompletenessQuery.RunAsync(db, request.Period, settings, cancellationToken), request), FigureColumns.Completeness, output, cancellationToken),
            _ => await WriteAsync(request,
                Select(FiguresQuery.RunAsync(db, request.Period, settings, cancellationToken), request), FigureColumns.Figures, output, cancellationToken),
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

    private async Task<FigureSnapshot> WriteAsync<T>(
        FiguresRequest request, IAsyncEnumerable<T> rows, IReadOnlyList<ExportColumn<T>> columns, Stream output, CancellationToken cancellationToken)
    {
        // Figures are aggregates (a few thousand rows), so one pass gives both the snapshot and the output.
        var table = new List<T>();
        await foreach (var row in rows.WithCancellation(cancellationToken))
            table.Add(row);
        var (snapshot, csv) = await snapshots.SaveAsync(request.Period, request.Table, table, columns, cancellationToken);
        if (request.Format == FiguresFormat.Csv)
            await output.WriteAsync(csv, cancellationToken);
        else
            await FiguresExport.WriteAsync(table.ToAsyncEnumerable(), columns, request.Format, output, cancellationToken);
        return snapshot;
    }

    private async IAsyncEnumerable<Exemplar> Exemplars(FiguresRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var province = request.UnitCode is { } code && units.Find(code, request.Period.ToYear)?.Level == UnitLevel.Province;
        await foreach (var exemplar in WindowQuery.ExemplarsAsync(db, request.Period, settings.Exemplars, cancellationToken))
        {
            if (request.UnitCode is not { } unit || province || unit == exemplar.DistrictCode || unit == exemplar.CommuneCode)
                yield return exemplar;
        }
    }

    /// <summary>Keeps one level and/or one unit with everything under it; rows come parents first.</summary>
    private static async IAsyncEnumerable<T> Select<T>(IAsyncEnumerable<T> rows, FiguresRequest request) where T : IUnitRow
    {
        var included = new HashSet<(UnitLevel, string)>();
        await foreach (var row in rows)
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
