namespace Reporting.Testing;

/// <summary>The checkout the tests run from, found by walking up to Reporting.sln.</summary>
public static class RepositoryFolder
{
    public static string Root { get; } = Find();

    public static string Corpus => Path.Combine(Root, "tests", "Corpus");

    private static string Find()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Reporting.sln")))
            folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("Reporting.sln not found above the test folder.");
    }
}
