using System.Data.Common;
using System.Runtime.CompilerServices;
using Reporting.Data.Model;
using Reporting.Domain.Figures;
using Reporting.Domain.Titles;
using Reporting.Domain.Units;

namespace Reporting.Figures.Queries;

/// <summary>
/// Figures of a window A–B: the counts of year B beside, for each title but the commune-level one,
/// the entities recognised in any year of the window, in every year, and those the exemplar rule
/// proposes. Each entity is counted once, where it stood in its latest year of the window.
/// </summary>
public static class WindowQuery
{
    private static readonly string Entities = SqlText.Read("Window.sql");
    private static readonly string CountsCte = SqlText.Read("WindowFigures.sql");
    private static readonly string ExemplarsCte = SqlText.Read("Exemplars.sql");
    private const string ExemplarOrder = "district_code, commune_code, title, entity_key, year";
    private static readonly string Counts = $"{Entities}{CountsCte}SELECT * FROM window_counts";
    private static readonly string Lists = $"{Entities}\n{ExemplarsCte}SELECT * FROM exemplars ORDER BY {ExemplarOrder}";

    // The window's entities placed once, read by both: the counts first, then the exemplars' rows.
    private static readonly string Both = $"""
        {Entities}{CountsCte}{ExemplarsCte}
        SELECT 0 AS kind, level, parent_code, unit_code, title, recognized_any, recognized_every_year, exemplary, name,
               NULL AS commune_code, NULL AS district_code, NULL AS village_code, NULL AS village_name, NULL AS entity_key,
               NULL AS year, NULL AS code, NULL AS recognized, NULL AS decision_number
        FROM window_counts
        UNION ALL
        SELECT 1, NULL, NULL, NULL, title, NULL, NULL, NULL, name,
               commune_code, district_code, village_code, village_name, entity_key, year, code, recognized, decision_number
        FROM exemplars
        ORDER BY kind, {ExemplarOrder}
        """;

    private sealed record WindowCounts(long RecognizedAny, long RecognizedEveryYear, long Exemplary, string? Name);

    /// <summary>A window's figures and its exemplars, from one statement: what a conference pack reads of its window.</summary>
    public sealed record FiguresAndExemplars(IReadOnlyList<FigureRow> Figures, IReadOnlyList<Exemplar> Exemplars);

    public static async IAsyncEnumerable<FigureRow> RunAsync(
        ReportingDbContext db, FiguresPeriod period, ExemplarRule rule, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var counts = new CountsReader();
        await using (var command = await SqlText.CommandAsync(db, Counts, Parameters(period, rule), cancellationToken))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
                counts.Read(reader);
        }
        foreach (var row in await BesideYearAsync(db, period, counts.Counts, cancellationToken))
            yield return row;
    }

    public static async Task<FiguresAndExemplars> RunWithExemplarsAsync(ReportingDbContext db, FiguresPeriod period, ExemplarRule rule, CancellationToken cancellationToken)
    {
        var counts = new CountsReader();
        var exemplars = new ExemplarReader(period);
        var listed = new List<Exemplar>();
        await using (var command = await SqlText.CommandAsync(db, Both, Parameters(period, rule), cancellationToken))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            var kind = reader.GetOrdinal("kind");
            while (await reader.ReadAsync(cancellationToken))
            {
                if (Convert.ToInt32(reader.GetValue(kind)) == 0)
                    counts.Read(reader);
                else if (exemplars.Read(reader) is { } done)
                    listed.Add(done);
            }
        }
        if (exemplars.Finish() is { } last)
            listed.Add(last);
        return new FiguresAndExemplars(await BesideYearAsync(db, period, counts.Counts, cancellationToken), listed);
    }

    /// <summary>The counts of year B beside the window's, every unit once; villages only the window saw are added.</summary>
    private static async Task<List<FigureRow>> BesideYearAsync(ReportingDbContext db, FiguresPeriod period,
        Dictionary<(UnitLevel, string?, string, Title), WindowCounts> counts, CancellationToken cancellationToken)
    {
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
        return [.. rows.OrderBy(r => r.Level).ThenBy(r => r.ParentCode, StringComparer.Ordinal)
            .ThenBy(r => r.UnitCode, StringComparer.Ordinal).ThenBy(r => r.Title)];
    }

    /// <summary>The exemplary entities of the window with the years they were recognised and the decisions.</summary>
    public static async IAsyncEnumerable<Exemplar> ExemplarsAsync(
        ReportingDbContext db, FiguresPeriod period, ExemplarRule rule, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var command = await SqlText.CommandAsync(db, Lists, Parameters(period, rule), cancellationToken);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var exemplars = new ExemplarReader(period);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (exemplars.Read(reader) is { } done)
                yield return done;
        }
        if (exemplars.Finish() is { } last)
            yield return last;
    }

    /// <summary>The window's counts by level, unit and title, a row at a time.</summary>
    private sealed class CountsReader
    {
        public Dictionary<(UnitLevel, string?, string, Title), WindowCounts> Counts { get; } = [];

        public void Read(DbDataReader reader)
        {
            var level = (UnitLevel)Convert.ToInt32(reader["level"]);
            var name = reader["name"];
            Counts[(level, level == UnitLevel.Village ? (string)reader["parent_code"] : null, (string)reader["unit_code"], (Title)Convert.ToInt32(reader["title"]))] =
                new(Convert.ToInt64(reader["recognized_any"]), Convert.ToInt64(reader["recognized_every_year"]), Convert.ToInt64(reader["exemplary"]),
                    name is DBNull ? null : (string)name);
        }
    }

    /// <summary>Folds the exemplars' rows, one per entity and year in entity order, into one exemplar per entity.</summary>
    private sealed class ExemplarReader(FiguresPeriod period)
    {
        private Exemplar? _current;

        /// <summary>Takes a row; returns the exemplar the row closed, if it began another.</summary>
        public Exemplar? Read(DbDataReader reader)
        {
            var title = (Title)Convert.ToInt32(reader["title"]);
            var entityKey = (string)reader["entity_key"];
            Exemplar? done = null;
            if (_current is not null && (_current.Title != title || _current.EntityKey != entityKey))
                (done, _current) = (_current, null);
            _current ??= new Exemplar(period.ToString(), title, (string)reader["district_code"], (string)reader["commune_code"],
                Text(reader["village_code"]), Text(reader["village_name"]), entityKey, "", "", [], []);
            // The latest year's code and name are the ones people know now.
            _current = _current with { Code = (string)reader["code"], Name = (string)reader["name"] };
            if (Convert.ToInt32(reader["recognized"]) == 1)
            {
                _current.YearsRecognized.Add(Convert.ToInt32(reader["year"]));
                if (Text(reader["decision_number"]) is { } decision)
                    _current.DecisionNumbers.Add(decision);
            }
            return done;
        }

        public Exemplar? Finish() => _current;

        private static string? Text(object value) => value is DBNull ? null : (string)value;
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
