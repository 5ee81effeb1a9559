using Reporting.Domain.Units;

namespace Reporting.Data.Model;

public sealed class UnitVersion
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public UnitLevel Level { get; set; }
    public required string Name { get; set; }
    public string? ParentCode { get; set; }
    public required string Kind { get; set; }
    public required string Terrain { get; set; }
    public DateOnly ValidFrom { get; set; }
    public DateOnly? ValidUntil { get; set; }

    public AdministrativeUnit ToDomain() => new(Code, Level, Name, ParentCode, Kind, Terrain, ValidFrom, ValidUntil);
}
