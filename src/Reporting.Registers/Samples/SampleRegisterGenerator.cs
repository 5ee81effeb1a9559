using Reporting.Domain.Circular44;
using Reporting.Domain.Registers;
using Reporting.Domain.Units;
using Reporting.Registers.Schema;
using Reporting.Registers.Workbooks;
using Info = Reporting.Registers.Schema.RegisterSchema.Info;

namespace Reporting.Registers.Samples;

/// <summary>
/// Writes sample registers of the whole province for every programme year, laid out as a folder
/// source: the real districts and communes, the 2020 mergers with <c>Mã cũ</c>, registration rising
/// year by year towards the 2020 targets, and a sprinkling of faulty rows. Deterministic for a seed.
/// </summary>
public sealed class SampleRegisterGenerator(UnitDirectory units, ProgrammePeriod period, Circular44Scale scale)
{
    private const double HouseholdsPerVillage = 420;
    private const double YearlyGrowth = 0.012;
    private const double FaultyRowChance = 0.2;

    public SampleSummary Generate(string root, SampleOptions options)
    {
        var communes = BuildProvince(options);
        var faulty = 0;
        var work = new List<Action>();
        foreach (var year in period.Years)
        {
            foreach (var unit in units.In(year, UnitLevel.Commune))
            {
                if (CommuneIn(communes, unit.Code, year) is { } commune)
                    work.Add(() => Interlocked.Add(ref faulty, WriteCommune(root, commune, unit, year, options.Seed)));
            }
            foreach (var district in units.In(year, UnitLevel.District))
                work.Add(() => Interlocked.Add(ref faulty, WriteDistrict(root, district, communes, year, options.Seed)));
        }
        Parallel.ForEach(work, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, action => action());
        return new SampleSummary(
            work.Count,
            communes.Values.Sum(c => c.Villages.Sum(v => v.HouseholdsIn(period.FirstYear))),
            communes.Values.Sum(c => c.Villages.Count),
            communes.Values.Sum(c => c.Clans.Count),
            communes.Values.Sum(c => c.Units.Count),
            faulty);
    }

    private Dictionary<string, SampleCommune> BuildProvince(SampleOptions options)
    {
        var rng = new Random(options.Seed);
        var communes = units.In(period.FirstYear, UnitLevel.Commune).OrderBy(u => u.Code, StringComparer.Ordinal).ToList();
        var weights = communes.Select(c => (0.6 + 0.8 * rng.NextDouble()) * (c.Kind == "phường" ? 1.2 : 1.0)).ToList();
        var households = Apportion(options.Households, weights);
        return communes
            .Select((unit, i) => BuildCommune(unit, households[i], new Random(SeedOf(options.Seed, unit.Code, 0))))
            .ToDictionary(c => c.Code);
    }

    private SampleCommune BuildCommune(AdministrativeUnit unit, int households, Random rng)
    {
        var villageCount = Math.Clamp((int)Math.Round(households / HouseholdsPerVillage), 2, 14);
        var urban = unit.Kind is "phường" or "thị trấn";
        var sizes = Apportion(households, Enumerable.Range(0, villageCount).Select(_ => 0.5 + rng.NextDouble()).ToList());
        var villages = new List<SampleVillage>();
        for (var v = 0; v < villageCount; v++)
        {
            var index = v + 1;
            var members = new List<SampleHousehold>();
            for (var year = period.FirstYear; year <= period.LastYear; year++)
            {
                var target = (int)Math.Round(sizes[v] * Math.Pow(1 + YearlyGrowth, year - period.FirstYear));
                while (members.Count < target)
                    members.Add(new SampleHousehold(SampleCodes.Household(index, members.Count + 1), SampleNames.Person(rng),
                        rng.NextDouble(), rng.NextDouble(), year));
            }
            villages.Add(new SampleVillage(SampleCodes.Village(index), urban ? $"Khu phố {index}" : $"Thôn {index}",
                urban ? "khu phố" : "thôn", rng.NextDouble(), rng.NextDouble(), members));
        }
        var clans = Enumerable.Range(1, 1 + rng.Next(4))
            .Select(i => new SampleEntity(SampleCodes.Clan(i), $"Dòng họ {SampleNames.FamilyName(rng)}", null,
                villages[rng.Next(villages.Count)].Code, 15 + rng.Next(80), rng.NextDouble(), rng.NextDouble()))
            .ToList();
        var learningUnits = Enumerable.Range(1, 5 + rng.Next(6))
            .Select(i =>
            {
                var (kind, name) = SampleNames.Unit(i - 1, unit.Name);
                return new SampleEntity(SampleCodes.Unit(i), name, kind, null, 0, rng.NextDouble(), rng.NextDouble());
            })
            .ToList();
        return new SampleCommune(unit.Code, unit.Name, unit.ParentCode!, villages, clans, learningUnits, 0.55 + 0.35 * rng.NextDouble());
    }

    /// <summary>The commune as it registers in <paramref name="year"/>, with the communes it has absorbed by then.</summary>
    private SampleCommune? CommuneIn(Dictionary<string, SampleCommune> communes, string code, int year)
    {
        if (!communes.TryGetValue(code, out var commune))
            return null;
        foreach (var change in ReferenceUnits.Changes.Where(c => c.NewCode == code && c.IsAbsorption && c.EffectiveDate.Year <= year))
            commune = commune.Absorb(communes[change.OldCode], change.EffectiveDate.Year);
        return commune;
    }

    private int WriteCommune(string root, SampleCommune commune, AdministrativeUnit unit, int year, int seed)
    {
        var rng = new Random(SeedOf(seed, commune.Code, year));
        var step = year - period.FirstYear;
        var lean = DistrictLeaning(commune.DistrictCode);
        var workflow = new SampleWorkflow(rng, year);
        var updatedOn = new DateTime(year + 1, 4, 10).AddDays(rng.Next(0, 11));

        var villageRows = commune.Villages.Select(v => Row(
            [v.Code, v.Name, v.Kind, v.HouseholdsIn(year), v.OldCode],
            workflow.Cells("community", v.Leaning, v.Ability, Rate(0.55, 0.09, step, lean)))).ToList();
        var familyRate = Rate(0.5, 0.065, step, lean);
        var familyRows = commune.Villages
            .SelectMany(v => v.Households.Where(h => h.FirstYear <= year).Select(h => Row(
                [h.Code, h.Head, v.Code, h.OldCode],
                workflow.Cells("family", h.Leaning, h.Ability, familyRate))))
            .ToList();
        var clanRows = commune.Clans.Select(c => Row(
            [c.Code, c.Name, c.VillageCode, c.Households, c.OldCode],
            workflow.Cells("clan", c.Leaning, c.Ability, Rate(0.45, 0.09, step, lean)))).ToList();
        var unitRows = commune.Units.Select(u => Row(
            [u.Code, u.Name, u.Kind, u.OldCode],
            workflow.Cells("unit", u.Leaning, u.Ability, Rate(0.5, 0.09, step, lean)))).ToList();

        var faulty = 0;
        if (familyRows.Count > 0 && rng.NextDouble() < FaultyRowChance)
        {
            var index = rng.Next(familyRows.Count);
            familyRows[index] = Row(familyRows[index][..4], workflow.Faulty(rng.Next(4)));
            faulty++;
        }

        using var writer = new RegisterWorkbookWriter();
        writer.WriteInfo(InfoLines(unit, "Xã", year, updatedOn));
        writer.WriteSheet(RegisterSchema.Villages, villageRows);
        writer.WriteSheet(RegisterSchema.Families, familyRows);
        writer.WriteSheet(RegisterSchema.Clans, clanRows);
        writer.WriteSheet(RegisterSchema.Units, unitRows);
        writer.SaveAs(Path.Combine(root, "communes", unit.Code, $"{unit.Code}_{year}.xlsx"));
        return faulty;
    }

    private int WriteDistrict(string root, AdministrativeUnit district, Dictionary<string, SampleCommune> communes, int year, int seed)
    {
        var rng = new Random(SeedOf(seed, district.Code, year));
        var step = year - period.FirstYear;
        // Every commune is assessed from the year of the Circular 44 inspection, the plan's last year but one.
        var share = year >= period.LastYear - 1 ? 1.0 : 0.5 + 0.15 * step;
        var rows = new List<object?[]>();
        foreach (var commune in units.ChildrenOf(district.Code, year).OrderBy(c => c.Code, StringComparer.Ordinal))
        {
            if (rng.NextDouble() >= share || CommuneIn(communes, commune.Code, year) is not { } sample)
                continue;
            var criteria = scale.CriterionMaxima
                .Select(max => Math.Round(max * (decimal)Math.Clamp(sample.Quality + 0.03 * step + 0.08 * (rng.NextDouble() - 0.5), 0, 1)))
                .ToList();
            var total = criteria.Sum();
            var evaluatedOn = new DateTime(year, 11, 1).AddDays(rng.Next(0, 30));
            rows.Add([commune.Code, commune.Name, .. criteria.Cast<object?>(), total, scale.Classify(total).Vietnamese(),
                evaluatedOn, $"{rng.Next(100, 999)}/QĐ-UBND"]);
        }
        var faulty = 0;
        if (rows.Count > 0 && rng.NextDouble() < FaultyRowChance / 2)
        {
            var row = rows[rng.Next(rows.Count)];
            row[2 + scale.CriterionCount] = (decimal)row[2 + scale.CriterionCount]! + 1;
            faulty++;
        }

        using var writer = new RegisterWorkbookWriter();
        writer.WriteInfo(InfoLines(district, "Huyện", year, new DateTime(year + 1, 4, 12)));
        writer.WriteSheet(RegisterSchema.Assessments(scale.CriterionCount), rows);
        writer.SaveAs(Path.Combine(root, "districts", district.Code, $"{district.Code}_{year}.xlsx"));
        return faulty;
    }

    private static (string, object?)[] InfoLines(AdministrativeUnit unit, string level, int year, DateTime updatedOn) =>
    [
        (Info.UnitCode, unit.Code),
        (Info.UnitName, unit.Name),
        (Info.Level, level),
        (Info.Year, year),
        (Info.UpdatedOn, updatedOn),
        (Info.PreparedBy, "Hội Khuyến học"),
    ];

    private static object?[] Row(object?[] identity, object?[] workflow) => [.. identity, .. workflow];

    private static double Rate(double start, double yearly, int step, double lean) => Math.Min(0.97, start + yearly * step + lean);

    /// <summary>Some districts lag, some lead, the same way every year.</summary>
    private static double DistrictLeaning(string districtCode) => int.Parse(districtCode) * 7919 % 150 / 1000.0 - 0.10;

    private static int SeedOf(int seed, string code, int year) => unchecked(seed * 1_000_003 + int.Parse(code) * 31 + year);

    /// <summary>Splits a whole number by weights so that the parts add up exactly (largest remainder).</summary>
    private static int[] Apportion(int total, IReadOnlyList<double> weights)
    {
        var sum = weights.Sum();
        var exact = weights.Select(w => total * w / sum).ToArray();
        var parts = exact.Select(e => (int)Math.Floor(e)).ToArray();
        foreach (var i in Enumerable.Range(0, parts.Length).OrderByDescending(i => exact[i] - parts[i]).Take(total - parts.Sum()))
            parts[i]++;
        return parts;
    }
}
