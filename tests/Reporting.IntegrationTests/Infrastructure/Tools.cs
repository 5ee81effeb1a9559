using System.Diagnostics;

namespace Reporting.IntegrationTests.Infrastructure;

/// <summary>The programs the tests start (PostgreSQL's, Dovecot, Poppler's), run to their end.</summary>
internal static class Tools
{
    /// <summary>Runs a program from the temporary folder and throws with what it printed when it fails.</summary>
    public static async Task RunAsync(string fileName, string arguments) => await OutputAsync(new ProcessStartInfo(fileName, arguments));

    /// <summary>What the program printed, each argument passed as it is; throws with its errors when it fails.</summary>
    public static Task<string> OutputAsync(string fileName, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName);
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        return OutputAsync(start);
    }

    private static async Task<string> OutputAsync(ProcessStartInfo start)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.WorkingDirectory = Path.GetTempPath();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{start.FileName} {string.Join(' ', start.ArgumentList)}{start.Arguments} exited with {process.ExitCode}: {await error}{await output}");
        return await output;
    }
}
