using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Reporting.App.Hosting;
using Reporting.Data.Figures;
using Reporting.Data.Files;
using Reporting.Data.Model;
using Reporting.Domain.Units;
using Reporting.Reports.Output;

namespace Reporting.App.Features.Figures;

/// <summary>
/// Computes a table, stores it as a snapshot with the register versions it came from, and writes it
/// in the requested format.
/// </summary>
internal static class FiguresWriter
{
    public static async Task<FigureSnapshot> WriteAsync(IServiceProvider services, FiguresRequest request, Stream output, CancellationToken cancellationToken) =>
        request.Table switch
        {
            FiguresTable.Exemplars => await WriteAsync(services, request, Exemplars(services, request, cancellationToken), FigureColumns.Exemplars, output, cancellationToken),
            FiguresTable.Completeness => await WriteAsync(services, request,
                Select(CompletenessQuery.RunAsync(Db(services), request.Period, Settings(services), cancellationToken), request), FigureColumns.Completeness, output, cancellationToken),
            _ => await WriteAsync(services, request,
                Select(FiguresQuery.RunAsync(Db(services), request.Period, Settings(services), cancellationToken), request), FigureColumns.Figures, output, cancellationToken),
        };

    /// <summary>Written under a temporary name and renamed, so nobody reads half a file.</summary>
    public static async Task<FigureSnapshot> WriteFileAsync(IServiceProvider services, FiguresRequest request, string path, CancellationToken cancellationToken)
    {
        FigureSnapshot? snapshot = null;
        await OutputFile.WriteAtomicallyAsync(path, async temporary =>
        {
            await using var file = File.Create(temporary);
            snapshot = await WriteAsync(services, request, file, cancellationToken);
        });
        return snapshot!;
    }

    private static async Task<FigureSnapshot> WriteAsync<T>(
        IServiceProvider services, FiguresRequest request, IAsyncEnumerable<T> rows, IReadOnlyList<ExportColumn<T>> columns, Stream output, CancellationToken cancellationToken)
    {
        // Figures are aggregates (a few thousand rows), so one pass gives both the snapshot and the output.
        var table = new List<T>();
        await foreach (var row in rows.WithCancellation(cancellationToken))
            table.Add(row);
        var (snapshot, csv) = await services.GetRequiredService<FigureSnapshots>().SaveAsync(
            request.Period, request.Table.ToString().ToLowerInvariant(), table, columns, cancellationToken);
        if (request.Format == FiguresFormat.Csv)
            await output.WriteAsync(csv, cancellationToken);
        else
            await FiguresExport.WriteAsync(table.ToAsyncEnumerable(), columns, request.Format, output, cancellationToken);
        return snapshot;
    }

    private static ReportingDbContext Db(IServiceProvider services) => services.GetRequiredService<ReportingDbContext>();

    private static FiguresSettings Settings(IServiceProvider services) => services.GetRequiredService<IOptions<FiguresOptions>>().Value.ToSettings();

    private static async IAsyncEnumerable<Exemplar> Exemplars(IServiceProvider services, FiguresRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var exemplar in WindowQuery.ExemplarsAsync(Db(services), request.Period, Settings(services).Exemplars, cancellationToken))
        {
            if (request.UnitCode is not { } unit || unit == exemplar.DistrictCode || unit == exemplar.CommuneCode || IsProvince(services, unit, request))
                yield return exemplar;
        }
    }

    private static bool IsProvince(IServiceProvider services, string unit, FiguresRequest request) =>
        services.GetRequiredService<Data.Units.UnitDirectory>().Find(unit, request.Period.ToYear)?.Level == UnitLevel.Province;

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
