using System.Diagnostics;

namespace Reporting.IntegrationTests.Infrastructure;

/// <summary>Runs the real <c>reporting</c> executable (or the <c>reporting-bench</c> tool) as a user would, in a working folder of the test's.</summary>
internal static class Cli
{
    private const string Reporting = "reporting.dll";

    public sealed record Result(int ExitCode, string Output, string Error)
    {
        /// <summary>For a failed assertion: the exit code and stderr first, then the end of stdout, where a failure shows.</summary>
        public string Failure => $"exit {ExitCode}\n{Error}\n…{Output[Math.Max(0, Output.Length - 4000)..]}";
    }

    public static Task<Result> RunAsync(string workingFolder, params string[] arguments) => RunWithInputAsync(workingFolder, null, arguments);

    public static Task<Result> RunBenchAsync(string workingFolder, params string[] arguments) => RunProgramAsync("reporting-bench.dll", workingFolder, null, arguments);

    public static Task<Result> RunWithInputAsync(string workingFolder, string? standardInput, params string[] arguments) =>
        RunProgramAsync(Reporting, workingFolder, standardInput, arguments);

    private static async Task<Result> RunProgramAsync(string program, string workingFolder, string? standardInput, string[] arguments)
    {
        var start = StartInfo(program, workingFolder, arguments);
        start.RedirectStandardInput = standardInput is not null;
        using var process = Process.Start(start)!;
        if (standardInput is not null)
        {
            await process.StandardInput.WriteAsync(standardInput);
            process.StandardInput.Close();
        }
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await output, await error);
    }

    /// <summary>The executable with these arguments in that folder, with no database from the test's own environment.</summary>
    public static ProcessStartInfo StartInfo(string workingFolder, params string[] arguments) => StartInfo(Reporting, workingFolder, arguments);

    private static ProcessStartInfo StartInfo(string program, string workingFolder, string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, program));
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        start.Environment.Remove("ConnectionStrings__Reporting");
        return start;
    }
}
