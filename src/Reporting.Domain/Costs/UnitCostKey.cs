namespace Reporting.Domain.Costs;

/// <summary>
/// What a unit cost prices. Several items share one (the meals of every meeting of a level), so an
/// item names the cost it is priced at; the settings key is the snake_case name (<c>meal_commune</c>).
/// </summary>
public enum UnitCostKey
{
    Materials,
    Propaganda,
    RegistrationForm,
    Certificate,
    MealCommune,
    MealDistrict,
    MealProvince,
    InspectionDistrict,
    InspectionProvince,
    ConferenceCommune,
    ConferenceDistrict,
    ConferenceProvince,
    Discussion,
    Circular44Inspection,
    /// <summary>Computed from the base salary, never configured.</summary>
    RewardPerson,
    /// <summary>Computed from the base salary, never configured.</summary>
    RewardCollective,
}

public static class UnitCostKeys
{
    private static readonly IReadOnlyDictionary<UnitCostKey, string> Keys =
        Enum.GetValues<UnitCostKey>().ToDictionary(k => k, k => string.Concat(k.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? $"_{char.ToLowerInvariant(c)}" : char.ToLowerInvariant(c).ToString())));

    /// <summary>The settings key: <c>RegistrationForm</c> → <c>registration_form</c>, <c>Circular44Inspection</c> → <c>circular44_inspection</c>.</summary>
    public static string Key(this UnitCostKey key) => Keys[key];

    public static bool TryParse(string text, out UnitCostKey key)
    {
        key = Keys.FirstOrDefault(k => k.Value == text).Key;
        return Keys[key] == text;
    }

    public static bool IsReward(this UnitCostKey key) => key is UnitCostKey.RewardPerson or UnitCostKey.RewardCollective;
}
