using System.Runtime.CompilerServices;
using Reporting.Data.Figures;
using Reporting.Data.Model;
using Reporting.Domain.Units;

namespace Reporting.App.Features.Figures;

internal static class FiguresWriter
{
    public static async Task WriteAsync(ReportingDbContext db, FiguresRequest request, Stream output, CancellationToken cancellationToken) =>
        await FiguresExport.WriteAsync(Select(db, request, cancellationToken), request.Format, output, cancellationToken);

    /// <summary>Written under a temporary name and renamed, so nobody reads half a file.</summary>
    public static async Task WriteFileAsync(ReportingDbContext db, FiguresRequest request, string path, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            await using (var file = File.Create(temporary))
                await WriteAsync(db, request, file, cancellationToken);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static async IAsyncEnumerable<FigureRow> Select(
        ReportingDbContext db, FiguresRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Rows come parents first, so a unit's descendants are recognised by their parent being in the set.
        var included = new HashSet<(UnitLevel, string)>();
        await foreach (var row in YearFiguresQuery.RunAsync(db, request.Period.FromYear, cancellationToken))
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
