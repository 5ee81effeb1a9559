namespace Reporting.Domain.Units;

/// <summary>One line of a merger: <see cref="OldCode"/> became part of <see cref="NewCode"/>.</summary>
public sealed record UnitChange(
    DateOnly EffectiveDate,
    string OldCode,
    string OldName,
    string NewCode,
    string NewName,
    string DistrictCode,
    string Source)
{
    public bool IsAbsorption => OldCode != NewCode;
}
