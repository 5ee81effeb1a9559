using System.Security.Cryptography;

namespace Reporting.Data.Files;

/// <summary>Files readers may open at any moment: written under a temporary name in the same folder, then renamed.</summary>
public static class OutputFile
{
    public static void WriteAtomically(string path, Action<string> write) =>
        WriteAtomicallyAsync(path, temporary =>
        {
            write(temporary);
            return Task.CompletedTask;
        }).GetAwaiter().GetResult();

    public static async Task WriteAtomicallyAsync(string path, Func<string, Task> write)
    {
        var temporary = TemporaryNames.Beside(path, "tmp");
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(temporary)!);
            await write(temporary);
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception exception) when (DiskFull.Caused(exception))
        {
            throw DiskFull.While(path, exception);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public static string Sha256Of(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
