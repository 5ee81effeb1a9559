namespace Reporting.Domain.Registers;

/// <summary>The years registers may speak for (2016–2020 for plan 493/KH-UBND).</summary>
public sealed record ProgrammePeriod(int FirstYear, int LastYear)
{
    public static ProgrammePeriod Default { get; } = new(2016, 2020);

    public bool Contains(int year) => year >= FirstYear && year <= LastYear;

    public IEnumerable<int> Years => Enumerable.Range(FirstYear, LastYear - FirstYear + 1);
}
