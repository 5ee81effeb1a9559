using Reporting.Data.Runs;

namespace Reporting.Output;

/// <summary>
/// Names of files and folders still being written: hidden, beside their final place, and marked
/// with the run writing them, so that the run taking over from one that died can clear what it
/// left (<see cref="RunLeftovers"/>).
/// </summary>
public static class TemporaryNames
{
    private const int RandomChars = 8;
    /// <summary><c>.name.run.random.suffix</c>; without a run, <c>.name.random.suffix</c>.</summary>
    public static string For(string finalName, string suffix)
    {
        var random = Guid.NewGuid().ToString("N");
        return CurrentRun.Id is { } run ? $".{finalName}.{run:N}.{random[..RandomChars]}.{suffix}" : $".{finalName}.{random}.{suffix}";
    }

    public static string Beside(string finalPath, string suffix) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(finalPath))!, For(Path.GetFileName(finalPath), suffix));

    public static bool IsTemporary(string name) => name.StartsWith('.') && (name.EndsWith(".tmp", StringComparison.Ordinal) || name.EndsWith(".old", StringComparison.Ordinal));

    /// <summary>The run a temporary name was written for, and the name it stands in for; null for any other name.</summary>
    internal static (Guid Run, string FinalName)? Parse(string name)
    {
        if (!IsTemporary(name))
            return null;
        var parts = name[..^4].Split('.');
        if (parts.Length < 4 || parts[^1].Length != RandomChars || !Guid.TryParseExact(parts[^2], "N", out var run))
            return null;
        return (run, string.Join('.', parts[1..^2]));
    }
}
