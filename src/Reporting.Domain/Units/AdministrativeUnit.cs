namespace Reporting.Domain.Units;

/// <summary>
/// A province, district or commune as it existed between <see cref="ValidFrom"/> and
/// <see cref="ValidUntil"/> (exclusive). A unit renamed or merged has one version per period.
/// </summary>
public sealed record AdministrativeUnit(
    string Code,
    UnitLevel Level,
    string Name,
    string? ParentCode,
    string Kind,
    string Terrain,
    DateOnly ValidFrom,
    DateOnly? ValidUntil)
{
    public AreaKind? Area => AreaKinds.Of(Terrain);

    /// <summary>Registers are yearly, so a unit belongs to a year when it exists on 1 January.</summary>
    public bool ExistsIn(int year) => IsValidOn(new DateOnly(year, 1, 1));

    public bool IsValidOn(DateOnly day) => ValidFrom <= day && (ValidUntil is null || day < ValidUntil);
}
