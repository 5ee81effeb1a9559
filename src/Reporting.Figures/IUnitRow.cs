using Reporting.Domain.Units;

namespace Reporting.Figures;

/// <summary>A row about one unit of the hierarchy, so it can be selected by level or by the unit it lies under.</summary>
public interface IUnitRow
{
    UnitLevel Level { get; }
    string UnitCode { get; }
    string? ParentCode { get; }
}
