namespace Reporting.Reports.Output;

/// <summary>A folder of outputs that readers only ever see whole: built beside its place, then swapped in.</summary>
public static class OutputFolder
{
    public static void ReplaceAtomically(string folder, Action<string> write)
    {
        var parent = Path.GetDirectoryName(Path.GetFullPath(folder))!;
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(folder)}.{Guid.NewGuid():N}.tmp");
        var previous = Path.Combine(parent, $".{Path.GetFileName(folder)}.{Guid.NewGuid():N}.old");
        Directory.CreateDirectory(staging);
        try
        {
            write(staging);
            if (Directory.Exists(folder))
                Directory.Move(folder, previous);
            try
            {
                Directory.Move(staging, folder);
            }
            catch
            {
                // The new pack could not be put in place: the old one goes back.
                if (Directory.Exists(previous))
                    Directory.Move(previous, folder);
                throw;
            }
        }
        finally
        {
            if (Directory.Exists(staging))
                Directory.Delete(staging, recursive: true);
            if (Directory.Exists(previous))
                Directory.Delete(previous, recursive: true);
        }
    }
}
