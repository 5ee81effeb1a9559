using Reporting.Domain.Units;

namespace Reporting.Registers.Reading;

/// <summary>The unit a file may speak for, as the folder or URL it came from says.</summary>
public sealed record ExpectedUnit(string Code, UnitLevel Level);
