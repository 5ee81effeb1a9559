using Reporting.Data.Runs;

namespace Reporting.Output;

/// <summary>
/// The folders runs write into. A run that died (its process killed, its machine lost) leaves its
/// temporary files and folders behind; the next run of the same job and parameters, taking the
/// lock over, removes them — and puts back a folder the dead run had set aside to replace.
/// </summary>
public sealed class RunLeftovers(IReadOnlyList<string> folders) : IDeadRunLeftovers
{
    private static readonly EnumerationOptions Everything = new()
    {
        RecurseSubdirectories = true,
        IgnoreInaccessible = true,
        AttributesToSkip = 0, // temporary names start with a dot, which .NET reads as hidden
    };

    /// <summary>
    /// Removes what the given runs left, but only what has not been written to for
    /// <paramref name="untouchedFor"/>: a run whose lock lapsed while it was cut off from the
    /// database may still be writing. Best effort: what cannot be removed stays, hidden.
    /// </summary>
    public void Remove(IReadOnlyCollection<Guid> deadRuns, TimeSpan untouchedFor)
    {
        var quietSince = DateTime.UtcNow - untouchedFor;
        var found = folders.Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFileSystemEntries(folder, "*", Everything))
            .Select(path => (Path: path, Name: TemporaryNames.Parse(Path.GetFileName(path))))
            .Where(entry => entry.Name is { } name && deadRuns.Contains(name.Run))
            .OrderBy(entry => entry.Path.Length)
            .ToList();
        foreach (var (path, name) in found)
        {
            try
            {
                if (Directory.Exists(path))
                    RemoveFolder(path, name!.Value.FinalName, quietSince);
                else if (File.Exists(path) && File.GetLastWriteTimeUtc(path) < quietSince)
                    File.Delete(path);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
            }
        }
    }

    private static void RemoveFolder(string path, string finalName, DateTime quietSince)
    {
        var lastWrite = Directory.EnumerateFileSystemEntries(path, "*", Everything).Select(File.GetLastWriteTimeUtc)
            .Append(Directory.GetLastWriteTimeUtc(path)).Max();
        if (lastWrite >= quietSince)
            return;
        // Killed between setting the old folder aside and moving the new one in: the old one goes back.
        var finalPath = Path.Combine(Path.GetDirectoryName(path)!, finalName);
        if (path.EndsWith(".old", StringComparison.Ordinal) && !Directory.Exists(finalPath))
            Directory.Move(path, finalPath);
        else
            Directory.Delete(path, recursive: true);
    }
}
