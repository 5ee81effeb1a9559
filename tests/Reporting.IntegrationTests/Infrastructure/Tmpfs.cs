using System.Diagnostics;

namespace Reporting.IntegrationTests.Infrastructure;

/// <summary>A small filesystem of its own at a folder, so a test can fill it up; mounting needs root.</summary>
internal sealed class Tmpfs : IDisposable
{
    private readonly string _folder;

    private Tmpfs(string folder) => _folder = folder;

    public static Tmpfs Mount(string folder, long bytes)
    {
        if (Environment.UserName != "root")
            Assert.Inconclusive("Mounting a tmpfs needs root; the disk-full test did not run.");
        Directory.CreateDirectory(folder);
        Run("mount", "-t", "tmpfs", "-o", $"size={bytes}", "tmpfs", folder);
        return new Tmpfs(folder);
    }

    /// <summary>Writes a filler file until the filesystem is full, then gives back <paramref name="leaveFree"/> bytes.</summary>
    public void FillLeaving(long leaveFree)
    {
        var filler = Path.Combine(_folder, "filler.bin");
        var block = new byte[64 * 1024];
        Random.Shared.NextBytes(block);
        using var stream = new FileStream(filler, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1);
        try
        {
            while (true)
                stream.Write(block);
        }
        catch (IOException)
        {
        }
        stream.SetLength(Math.Max(0, stream.Length - leaveFree));
    }

    public void Dispose() => Run("umount", "-l", _folder);

    private static void Run(string fileName, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(fileName, arguments) { RedirectStandardError = true })!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{fileName} {string.Join(' ', arguments)}: {error}");
    }
}
