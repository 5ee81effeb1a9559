using System.Globalization;
using System.Reflection;

namespace Reporting.Domain.Units;

/// <summary>
/// The province's units (GSO codes) and the 2020 mergers, shipped inside the assembly and turned
/// into effective-dated versions: an absorbed commune ends the day the merger takes effect, and a
/// commune that takes a new name gets a second version from that day.
/// </summary>
public static class ReferenceUnits
{
    /// <summary>The unit list describes the province as the programme found it.</summary>
    public static readonly DateOnly ListValidFrom = new(2016, 1, 1);

    public static IReadOnlyList<UnitChange> Changes { get; } = ReadChanges();

    public static IReadOnlyList<AdministrativeUnit> Versions { get; } = BuildVersions(ReadUnitList(), Changes);

    private static List<AdministrativeUnit> BuildVersions(List<AdministrativeUnit> list, IReadOnlyList<UnitChange> changes)
    {
        var versions = new List<AdministrativeUnit>(list);
        foreach (var change in changes)
        {
            var index = versions.FindIndex(u => u.Code == change.OldCode && u.ValidUntil is null);
            if (index < 0)
                throw new InvalidDataException($"Unit change names unknown unit {change.OldCode}.");
            var old = versions[index];
            if (change.IsAbsorption)
            {
                versions[index] = old with { ValidUntil = change.EffectiveDate };
            }
            else if (old.Name != change.NewName)
            {
                versions[index] = old with { ValidUntil = change.EffectiveDate };
                versions.Add(old with { Name = change.NewName, ValidFrom = change.EffectiveDate, ValidUntil = null });
            }
        }
        return versions;
    }

    private static List<AdministrativeUnit> ReadUnitList() =>
        ReadCsv("binh-thuan-units-2016-2019.csv", 6)
            .Select(f => new AdministrativeUnit(
                Code: f[1],
                Level: UnitLevelNames.TryParse(f[0], out var level) ? level : throw new InvalidDataException($"Unknown level '{f[0]}'."),
                Name: f[2],
                ParentCode: f[3].Length == 0 ? null : f[3],
                Kind: f[4],
                Terrain: f[5],
                ValidFrom: ListValidFrom,
                ValidUntil: null))
            .ToList();

    private static List<UnitChange> ReadChanges() =>
        ReadCsv("binh-thuan-unit-changes-2020.csv", 7)
            .Select(f => new UnitChange(
                DateOnly.ParseExact(f[0], "yyyy-MM-dd", CultureInfo.InvariantCulture),
                f[1], f[2], f[3], f[4], f[5], f[6]))
            .ToList();

    private static IEnumerable<string[]> ReadCsv(string name, int columns)
    {
        var assembly = Assembly.GetExecutingAssembly();
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith(name, StringComparison.Ordinal));
        using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
                continue;
            var fields = line.Split(',');
            if (fields.Length != columns)
                throw new InvalidDataException($"{name}: expected {columns} fields in '{line}'.");
            yield return fields;
        }
    }
}
