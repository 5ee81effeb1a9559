using Reporting.Domain.Circular44;
using Reporting.Domain.Registers;
using Reporting.Domain.Units;

namespace Reporting.Registers.Reading;

/// <summary>What a reader needs to know besides the file: the units, the programme years, the Circular 44 scale, the size limits.</summary>
public sealed record RegisterReadingContext(UnitDirectory Units, ProgrammePeriod Period, Circular44Scale Scale, FileLimits Limits)
{
    public static RegisterReadingContext Default { get; } =
        new(UnitDirectory.Reference, ProgrammePeriod.Default, Circular44Scale.Default, FileLimits.Default);
}
