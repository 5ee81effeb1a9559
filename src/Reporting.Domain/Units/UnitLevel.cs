namespace Reporting.Domain.Units;

public enum UnitLevel
{
    Province = 1,
    District = 2,
    Commune = 3,
    Village = 4,
}

public static class UnitLevelNames
{
    public static string Key(this UnitLevel level) => level switch
    {
        UnitLevel.Province => "province",
        UnitLevel.District => "district",
        UnitLevel.Commune => "commune",
        UnitLevel.Village => "village",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    public static bool TryParse(string key, out UnitLevel level)
    {
        foreach (var candidate in Enum.GetValues<UnitLevel>())
        {
            if (string.Equals(candidate.Key(), key, StringComparison.OrdinalIgnoreCase))
            {
                level = candidate;
                return true;
            }
        }
        level = default;
        return false;
    }
}
