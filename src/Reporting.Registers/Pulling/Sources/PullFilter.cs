namespace Reporting.Registers.Pulling.Sources;

/// <summary>
/// Which registers a pull takes: those of one year or every year, of one unit or every unit. A pull
/// of one unit is the job the work is spread by over several servers.
/// </summary>
public sealed record PullFilter(int? Year = null, string? Unit = null)
{
    public static readonly PullFilter Everything = new();

    public bool TakesUnit(string unitCode) => Unit is null || string.Equals(Unit, unitCode, StringComparison.Ordinal);

    /// <summary>A file whose name gives no year is taken, so that reading it can say what is wrong.</summary>
    public bool TakesYear(int? year) => Year is null || year is null || year == Year;
}
