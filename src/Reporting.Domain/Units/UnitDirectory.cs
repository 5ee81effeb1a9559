
namespace Reporting.Domain.Units;

/// <summary>Answers "which unit is this code in that year" from the effective-dated versions.</summary>
public sealed class UnitDirectory(IReadOnlyList<AdministrativeUnit> versions)
{
    private readonly ILookup<string, AdministrativeUnit> _byCode = versions.ToLookup(u => u.Code);

    public static UnitDirectory Reference { get; } = new(ReferenceUnits.Versions);

    public IReadOnlyList<AdministrativeUnit> Versions => versions;

    public AdministrativeUnit? Find(string code, int year) => _byCode[code].FirstOrDefault(u => u.ExistsIn(year));

    /// <summary>The unit as it was last named: a commune merged away still answers for its earlier years.</summary>
    public AdministrativeUnit? Latest(string code) => _byCode[code].MaxBy(u => u.ValidFrom);

    /// <summary>Whether the code is a commune or a district, which keep registers, in that year or in any year.</summary>
    public bool KeepsRegisters(string code, int? year) =>
        _byCode[code].Any(u => u.Level is UnitLevel.Commune or UnitLevel.District && (year is null || u.ExistsIn(year.Value)));

    public IEnumerable<AdministrativeUnit> In(int year, UnitLevel level) =>
        versions.Where(u => u.Level == level && u.ExistsIn(year));

    public IEnumerable<AdministrativeUnit> ChildrenOf(string parentCode, int year) =>
        versions.Where(u => u.ParentCode == parentCode && u.ExistsIn(year));
}
