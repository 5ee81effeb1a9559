using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
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
public static partial class WindowQuery
{
    private static readonly string Entities = SqlText.Read("Window.sql");
    private static readonly string Counts = Entities + SqlText.Read("WindowFigures.sql");
    private static readonly string Lists = Entities + "\n" + SqlText.Read("Exemplars.sql");
    private static readonly string Places = Entities + "\n" + SqlText.Read("CommunePlaces.sql");

    /// <summary>A window statement with its per-year columns written out for the period's years (see <c>Window.sql</c>).</summary>
    private static string ForYears(string sql, FiguresPeriod period)
    {
        var years = Enumerable.Range(period.FromYear, period.WindowYears).Select(y => y.ToString(CultureInfo.InvariantCulture)).ToList();
        string Each(Match use, IEnumerable<string> order, string separator) => string.Join(separator, order.Select(y => use.Groups[2].Value.Replace("YYYY", y, StringComparison.Ordinal)));
        return YearMacro().Replace(sql, use => use.Groups[1].Value switch
        {
            "each_year" => Each(use, years, ", "),
            "sum_years" => "(" + Each(use, years, " + ") + ")",
            _ => Each(use, Enumerable.Reverse(years), " "),
        }).Replace("TO_YEAR", years[^1], StringComparison.Ordinal);
    }

    // A macro's argument may hold parentheses two deep.
    [GeneratedRegex(@"\b(each_year|sum_years|latest_first)\(((?:[^()]|\((?:[^()]|\([^()]*\))*\))*)\)")]
    private static partial Regex YearMacro();

    private sealed record WindowCounts(long RecognizedAny, long RecognizedEveryYear, long Exemplary, string? Name);

    public static async IAsyncEnumerable<FigureRow> RunAsync(
        ReportingDbContext db, FiguresPeriod period, ExemplarRule rule, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var counts = new Dictionary<(UnitLevel, string?, string, Title), WindowCounts>();
        await using (var command = await SqlText.CommandAsync(db, ForYears(Counts, period), Parameters(period, rule), cancellationToken))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            var (levelColumn, parentCode, unitCode, titleColumn, any, every, exemplary, name) = (reader.GetOrdinal("level"), reader.GetOrdinal("parent_code"),
                reader.GetOrdinal("unit_code"), reader.GetOrdinal("title"), reader.GetOrdinal("recognized_any"), reader.GetOrdinal("recognized_every_year"),
                reader.GetOrdinal("exemplary"), reader.GetOrdinal("name"));
            while (await reader.ReadAsync(cancellationToken))
            {
                var level = (UnitLevel)Convert.ToInt32(reader.GetValue(levelColumn));
                counts[(level, level == UnitLevel.Village ? reader.GetString(parentCode) : null, reader.GetString(unitCode), (Title)Convert.ToInt32(reader.GetValue(titleColumn)))] =
                    new(Convert.ToInt64(reader.GetValue(any)), Convert.ToInt64(reader.GetValue(every)), Convert.ToInt64(reader.GetValue(exemplary)),
                        reader.IsDBNull(name) ? null : reader.GetString(name));
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

    /// <summary>The exemplary entities of the window with the years they were recognised and the decisions, in order of place, title and entity.</summary>
    public static async IAsyncEnumerable<Exemplar> ExemplarsAsync(
        ReportingDbContext db, FiguresPeriod period, ExemplarRule rule, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var (places, villageNames) = await PlacesAsync(db, period, rule, cancellationToken);
        var exemplars = new List<Exemplar>();
        await using (var command = await SqlText.CommandAsync(db, ForYears(Lists, period), Parameters(period, rule), cancellationToken))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            var (titleColumn, entityKeyColumn, lastCommune, lastVillage) = (reader.GetOrdinal("title"), reader.GetOrdinal("entity_key"),
                reader.GetOrdinal("last_commune"), reader.GetOrdinal("last_village"));
            var years = Enumerable.Range(period.FromYear, period.WindowYears)
                .Select(y => (Year: y, Recognized: reader.GetOrdinal($"recognized_{y}"), Code: reader.GetOrdinal($"code_{y}"),
                    Name: reader.GetOrdinal($"name_{y}"), Decision: reader.GetOrdinal($"decision_{y}")))
                .ToList();
            while (await reader.ReadAsync(cancellationToken))
            {
                // An entity last seen in a commune that is neither a unit of the window's last year nor merged into one is not counted.
                var seenIn = reader.GetString(lastCommune);
                if (!places.TryGetValue(seenIn, out var place))
                    continue;
                var village = reader.IsDBNull(lastVillage) ? null : reader.GetString(lastVillage);
                var villageCode = place.Moved && village is not null ? $"{seenIn}/{village}" : village;
                var (code, name) = ("", "");
                var (recognized, decisions) = (new List<int>(), new List<string>());
                foreach (var year in years.Where(y => !reader.IsDBNull(y.Code)))
                {
                    // The latest year's code and name are the ones people know now.
                    (code, name) = (reader.GetString(year.Code), reader.GetString(year.Name));
                    if (Convert.ToInt32(reader.GetValue(year.Recognized)) != 1)
                        continue;
                    recognized.Add(year.Year);
                    if (!reader.IsDBNull(year.Decision))
                        decisions.Add(reader.GetString(year.Decision));
                }
                exemplars.Add(new Exemplar(period.ToString(), (Title)Convert.ToInt32(reader.GetValue(titleColumn)), place.DistrictCode, place.CommuneCode, villageCode,
                    villageCode is null ? null : villageNames.GetValueOrDefault((place.CommuneCode, villageCode)), reader.GetString(entityKeyColumn), code, name, recognized, decisions));
            }
        }
        foreach (var exemplar in exemplars.OrderBy(e => e.DistrictCode, StringComparer.Ordinal).ThenBy(e => e.CommuneCode, StringComparer.Ordinal)
                     .ThenBy(e => e.Title).ThenBy(e => e.EntityKey, StringComparer.Ordinal))
            yield return exemplar;
    }

    private sealed record Place(string CommuneCode, string DistrictCode, bool Moved);

    /// <summary>Where each commune's entities are counted in the window's last year, and the names of that year's villages.</summary>
    private static async Task<(Dictionary<string, Place> Places, Dictionary<(string Commune, string Village), string> VillageNames)> PlacesAsync(
        ReportingDbContext db, FiguresPeriod period, ExemplarRule rule, CancellationToken cancellationToken)
    {
        var (places, names) = (new Dictionary<string, Place>(StringComparer.Ordinal), new Dictionary<(string, string), string>());
        await using var command = await SqlText.CommandAsync(db, ForYears(Places, period), Parameters(period, rule), cancellationToken);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var (lastCommune, communeCode, districtCode, moved, villageCode, villageName) = (reader.GetOrdinal("last_commune"), reader.GetOrdinal("commune_code"),
            reader.GetOrdinal("district_code"), reader.GetOrdinal("moved"), reader.GetOrdinal("village_code"), reader.GetOrdinal("village_name"));
        while (await reader.ReadAsync(cancellationToken))
        {
            var commune = reader.GetString(communeCode);
            places.TryAdd(reader.GetString(lastCommune), new Place(commune, reader.GetString(districtCode), Convert.ToInt32(reader.GetValue(moved)) == 1));
            if (!reader.IsDBNull(villageCode))
                names.TryAdd((commune, reader.GetString(villageCode)), reader.GetString(villageName));
        }
        return (places, names);
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
