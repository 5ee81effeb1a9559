namespace Reporting.Output;

/// <summary>A folder of outputs that readers only ever see whole: built beside its place, then swapped in.</summary>
public static class OutputFolder
{
    /// <summary>
    /// The new folder is written in full under a temporary name; the old one is set aside, the new one
    /// moved in, and only then is the old one deleted. Should the move fail, the old one goes back.
    /// </summary>
    public static void ReplaceAtomically(string folder, Action<string> write)
    {
        var staging = TemporaryNames.Beside(folder, "tmp");
        var previous = TemporaryNames.Beside(folder, "old");
        try
        {
            Directory.CreateDirectory(staging);
            write(staging);
            if (Directory.Exists(folder))
                Directory.Move(folder, previous);
            try
            {
                Directory.Move(staging, folder);
            }
            catch
            {
                if (Directory.Exists(previous) && !Directory.Exists(folder))
                    Directory.Move(previous, folder);
                throw;
            }
            if (Directory.Exists(previous))
                Directory.Delete(previous, recursive: true);
        }
        catch (Exception exception) when (DiskFull.Caused(exception))
        {
            throw DiskFull.While(folder, exception);
        }
        finally
        {
            if (Directory.Exists(staging))
                Directory.Delete(staging, recursive: true);
        }
    }
}
