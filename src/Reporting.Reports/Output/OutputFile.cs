using System.Security.Cryptography;

namespace Reporting.Reports.Output;

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
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await write(temporary);
            File.Move(temporary, path, overwrite: true);
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
