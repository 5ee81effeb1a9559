namespace Reporting.Data.Files;

/// <summary>
/// The folders runs write into. A run that died (its process killed, its machine lost) leaves its
/// temporary files and folders behind; the run that takes its lock over removes them.
/// </summary>
public sealed class RunLeftovers(IReadOnlyList<string> folders)
{
    private static readonly EnumerationOptions Everything = new()
    {
        RecurseSubdirectories = true,
        IgnoreInaccessible = true,
        AttributesToSkip = 0, // temporary names start with a dot, which .NET reads as hidden
    };

    public IReadOnlyList<string> Remove(Guid deadRun)
    {
        var found = folders.Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFileSystemEntries(folder, "*", Everything))
            .Where(path => TemporaryNames.BelongsTo(Path.GetFileName(path), deadRun))
            .OrderBy(path => path.Length)
            .ToList();
        foreach (var path in found)
        {
            // A folder's own leftovers went with it.
            if (Directory.Exists(path))
                Directory.Delete(path, recursive: true);
            else
                File.Delete(path);
        }
        return found;
    }
}
