namespace Reporting.App.CommandLine;

/// <summary>Who started a run, as the run ledger records it.</summary>
internal static class RunStarter
{
    public static string CommandLine => $"cli:{Environment.UserName}";
}
