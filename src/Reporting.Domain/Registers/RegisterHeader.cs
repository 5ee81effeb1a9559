using Reporting.Domain.Units;

namespace Reporting.Domain.Registers;

/// <summary>The <c>ThongTin</c> sheet: which unit speaks, for which year, as of which day.</summary>
public sealed record RegisterHeader(
    string UnitCode,
    string UnitName,
    UnitLevel Level,
    int Year,
    DateOnly UpdatedOn,
    string? PreparedBy);
