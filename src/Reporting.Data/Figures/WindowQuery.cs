using System.Runtime.CompilerServices;
using Reporting.Data.Model;
using Reporting.Domain.Figures;
using Reporting.Domain.Titles;
using Reporting.Domain.Units;

namespace Reporting.Data.Figures;

/// <summary>
/// Figures of a window A–B: the counts of year B beside, for each title but the commune-level one,
/// the entities recognised in any year of the window, in every year, and those the exemplar rule
/// proposes. Each entity is counted once, where it stood in its latest year of the window.
/// </summary>
public static class WindowQuery
{
    private static readonly string Entities = SqlText.Read("Window.sql");
    private static readonly string Counts = Entities + SqlText.Read("WindowFigures.sql");
    private static readonly string Lists = Entities + "\n" + SqlText.Read("Exemplars.sql");

    private sealed record WindowCounts(long RecognizedAny, long RecognizedEveryYear, long Exemplary, string? Name);

    public static async IAsyncEnumerable<FigureRow> RunAsync(
        ReportingDbContext db, FiguresPeriod period, ExemplarRule rule, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var counts = new Dictionary<(UnitLevel, string?, string, Title), WindowCounts>();
        await using (var command = await SqlText.CommandAsync(db, Counts, Parameters(period, rule), cancellationToken))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var level = (UnitLevel)Convert.ToInt32(reader.GetValue(0));
                counts[(level, level == UnitLevel.Village ? reader.GetString(1) : null, reader.GetString(2), (Title)Convert.ToInt32(reader.GetValue(3)))] =
                    new(Convert.ToInt64(reader.GetValue(4)), Convert.ToInt64(reader.GetValue(5)), Convert.ToInt64(reader.GetValue(6)),
                        reader.IsDBNull(7) ? null : reader.GetString(7));
            }
        }

        var rows = new List<FigureRow>();
        var terrains = new Dictionary<string, string?>();
        await foreach (var row in YearFiguresQuery.RunAsync(db, period, cancellationToken))
        {
            if (row.Level == UnitLevel.Commune)
                terrains[row.UnitCode] = row.Terrain;
            var key = (row.Level, row.Level == UnitLevel.Village ? row.ParentCode : null, row.UnitCode, row.Title);
            if (row.Title == Title.CommuneCommunity)
            {
                rows.Add(row);
                continue;
            }
            var window = counts.Remove(key, out var found) ? found : new WindowCounts(0, 0, 0, null);
            rows.Add(row with { RecognizedAny = window.RecognizedAny, RecognizedEveryYear = window.RecognizedEveryYear, Exemplary = window.Exemplary });
        }
        // Villages seen in the window but not in year B: those of absorbed communes, and villages gone since.
        foreach (var ((level, parent, unit, title), window) in counts.Where(c => c.Key.Item1 == UnitLevel.Village))
        {
            rows.Add(new FigureRow(period.ToString(), level, unit, window.Name ?? unit, parent, title, 0, 0, 0, 0, 0, null, null, null, null, null,
                terrains.GetValueOrDefault(parent!), window.RecognizedAny, window.RecognizedEveryYear, window.Exemplary));
        }
        foreach (var row in rows.OrderBy(r => r.Level).ThenBy(r => r.ParentCode, StringComparer.Ordinal)
                     .ThenBy(r => r.UnitCode, StringComparer.Ordinal).ThenBy(r => r.Title))
            yield return row;
    }

    /// <summary>The exemplary entities of the window with the years they were recognised and the decisions.</summary>
    public static async IAsyncEnumerable<Exemplar> ExemplarsAsync(
        ReportingDbContext db, FiguresPeriod period, ExemplarRule rule, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var command = await SqlText.CommandAsync(db, Lists, Parameters(period, rule), cancellationToken);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        Exemplar? current = null;
        while (await reader.ReadAsync(cancellationToken))
        {
            var title = (Title)Convert.ToInt32(reader.GetValue(0));
            var entityKey = reader.GetString(4);
            if (current is not null && (current.Title != title || current.EntityKey != entityKey))
            {
                yield return current;
                current = null;
            }
            current ??= new Exemplar(period.ToString(), title, reader.GetString(2), reader.GetString(1),
                reader.IsDBNull(3) ? null : reader.GetString(3), entityKey, "", "", [], []);
            // The latest year's code and name are the ones people know now.
            current = current with { Code = reader.GetString(6), Name = reader.GetString(7) };
            if (Convert.ToInt32(reader.GetValue(8)) == 1)
            {
                current.YearsRecognized.Add(Convert.ToInt32(reader.GetValue(5)));
                if (!reader.IsDBNull(9))
                    current.DecisionNumbers.Add(reader.GetString(9));
            }
        }
        if (current is not null)
            yield return current;
    }

    private static Dictionary<string, object> Parameters(FiguresPeriod period, ExemplarRule rule) => new()
    {
        ["@from"] = period.FromYear,
        ["@to"] = period.ToYear,
        ["@jan1"] = new DateOnly(period.ToYear, 1, 1),
        ["@minyears"] = rule.MinimumYearsIn(period.WindowYears),
        ["@lastrequired"] = rule.LastYearRequired ? 1 : 0,
    };
}

/// <summary>An entity proposed as exemplary (<i>tiêu biểu</i>) for a window, as the annex lists it.</summary>
public sealed record Exemplar(
    string Period,
    Title Title,
    string DistrictCode,
    string CommuneCode,
    string? VillageCode,
    string EntityKey,
    string Code,
    string Name,
    List<int> YearsRecognized,
    List<string> DecisionNumbers);
