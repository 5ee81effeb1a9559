namespace Reporting.IntegrationTests.Infrastructure;

/// <summary>Two descriptions (of a database, of an output folder) compared line for line, naming the lines only one has.</summary>
internal static class SameLines
{
    public static void Assert(IReadOnlyList<string> uninterrupted, IReadOnlyList<string> actual, string what)
    {
        var missing = uninterrupted.Except(actual).ToList();
        var extra = actual.Except(uninterrupted).ToList();
        Microsoft.VisualStudio.TestTools.UnitTesting.Assert.IsTrue(missing.Count == 0 && extra.Count == 0 && uninterrupted.Count == actual.Count,
            $"{what} differs from an uninterrupted run's.\nOnly there:\n{string.Join('\n', missing)}\nOnly here:\n{string.Join('\n', extra)}");
    }
}
