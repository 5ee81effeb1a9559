namespace Reporting.Testing;

/// <summary>
/// Test categories. The inner loop leaves out <see cref="Slow"/> — tests that start processes,
/// servers or LibreOffice, or generate a whole province: <c>dotnet test Reporting.sln --filter TestCategory!=Slow</c>.
/// </summary>
internal static class Categories
{
    public const string Slow = "Slow";
}
