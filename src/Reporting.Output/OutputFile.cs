using System.Security.Cryptography;

namespace Reporting.Output;

/// <summary>Files readers may open at any moment: written under a temporary name in the same folder, then renamed.</summary>
public static class OutputFile
{
    public static void WriteAtomically(string path, Action<string> write) =>
        WriteAtomicallyAsync(path, temporary =>
        {
            write(temporary);
            return Task.CompletedTask;
        }).GetAwaiter().GetResult();

    public static Task WriteAtomicallyAsync(string path, Func<string, Task> write) =>
        WriteThenPlaceAsync(path, async temporary =>
        {
            await write(temporary);
            return path;
        });

    /// <summary>
    /// For a file whose name is known only once it is written (one named by its content's hash):
    /// <paramref name="write"/> writes the temporary file beside <paramref name="near"/> and returns
    /// where the file belongs.
    /// </summary>
    public static async Task<string> WriteThenPlaceAsync(string near, Func<string, Task<string>> write)
    {
        var temporary = TemporaryNames.Beside(near, "tmp");
        var path = near;
        try
        {
            var folder = Path.GetDirectoryName(temporary)!;
            Directory.CreateDirectory(folder);
            path = await write(temporary);
            if (Path.GetDirectoryName(Path.GetFullPath(path)) != folder)
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            File.Move(temporary, path, overwrite: true);
            return path;
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
