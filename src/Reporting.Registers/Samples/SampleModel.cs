namespace Reporting.Registers.Samples;

// The made-up province behind the sample registers. Each entity carries fixed random leanings so
// that the same households keep registering year after year, as real ones do.

internal sealed record SampleHousehold(string Code, string Head, double Leaning, double Ability, int FirstYear, string? OldCode = null);

internal sealed record SampleVillage(string Code, string Name, string Kind, double Leaning, double Ability, IReadOnlyList<SampleHousehold> Households, string? OldCode = null)
{
    public int HouseholdsIn(int year) => Households.Count(h => h.FirstYear <= year);
}

internal sealed record SampleEntity(string Code, string Name, string? Kind, string? VillageCode, int Households, double Leaning, double Ability, string? OldCode = null);

internal sealed record SampleCommune(
    string Code,
    string Name,
    string DistrictCode,
    IReadOnlyList<SampleVillage> Villages,
    IReadOnlyList<SampleEntity> Clans,
    IReadOnlyList<SampleEntity> Units,
    double Quality)
{
    /// <summary>
    /// The commune after absorbing <paramref name="absorbed"/> in <paramref name="year"/>: its entities
    /// are renumbered into this commune and keep their old codes in <c>Mã cũ</c> as
    /// <c>&lt;oldCommune&gt;/&lt;oldCode&gt;</c>; a household first registered after the merger never had one.
    /// </summary>
    public SampleCommune Absorb(SampleCommune absorbed, int year)
    {
        var villageCodes = new Dictionary<string, string>();
        var villages = Villages.ToList();
        foreach (var village in absorbed.Villages)
        {
            var index = villages.Count + 1;
            var code = SampleCodes.Village(index);
            villageCodes[village.Code] = code;
            villages.Add(village with
            {
                Code = code,
                OldCode = $"{absorbed.Code}/{village.Code}",
                Households = village.Households
                    .Select((h, i) => h with { Code = SampleCodes.Household(index, i + 1), OldCode = h.FirstYear < year ? $"{absorbed.Code}/{h.Code}" : null })
                    .ToList(),
            });
        }
        var clans = Clans.Concat(absorbed.Clans.Select((c, i) => c with
        {
            Code = SampleCodes.Clan(Clans.Count + i + 1),
            VillageCode = villageCodes[c.VillageCode!],
            OldCode = $"{absorbed.Code}/{c.Code}",
        })).ToList();
        var units = Units.Concat(absorbed.Units.Select((u, i) => u with
        {
            Code = SampleCodes.Unit(Units.Count + i + 1),
            OldCode = $"{absorbed.Code}/{u.Code}",
        })).ToList();
        return this with { Villages = villages, Clans = clans, Units = units };
    }
}

internal static class SampleCodes
{
    public static string Village(int index) => $"T{index:00}";

    /// <summary>Household codes start with zeros on purpose: registers must keep codes as text.</summary>
    public static string Household(int villageIndex, int sequence) => $"{villageIndex:00}{sequence:0000}";

    public static string Clan(int index) => $"DH{index:00}";

    public static string Unit(int index) => $"DV{index:00}";
}
