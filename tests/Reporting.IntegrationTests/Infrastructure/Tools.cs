using System.Diagnostics;

namespace Reporting.IntegrationTests.Infrastructure;

/// <summary>The server programs the tests start (PostgreSQL's, Dovecot), run to their end.</summary>
internal static class Tools
{
    /// <summary>Runs a program from the temporary folder and throws with what it printed when it fails.</summary>
    public static async Task RunAsync(string fileName, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(fileName, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        }) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{fileName} {arguments} exited with {process.ExitCode}: {await error}{await output}");
    }
}
