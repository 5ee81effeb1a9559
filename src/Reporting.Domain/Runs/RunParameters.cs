namespace Reporting.Domain.Runs;

/// <summary>
/// A run's parameters as the run ledger records them, <c>year=2018;unit=602</c>: the same words
/// for a run and for a run refused before it started, so the two stand together in the run list.
/// </summary>
public static class RunParameters
{
    public static string Of(IEnumerable<(string Name, string? Value)> values) =>
        string.Join(';', values.Where(v => v.Value is not null).Select(v => $"{v.Name}={v.Value}"));

    public static string Of(params (string Name, string? Value)[] values) => Of(values.AsEnumerable());
}
