namespace Reporting.Testing;

/// <summary>
/// What the reliability tests counted (faults injected, inputs fuzzed, requests refused), one line
/// each in <c>TestResults/reliability.log</c>; <c>.ci/run</c> prints the file before its last line,
/// and the README's reliability section quotes it.
/// </summary>
public static class ReliabilityLog
{
    public static string File => Path.Combine(RepositoryFolder.Root, "TestResults", "reliability.log");

    public static void Write(string what)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(File)!);
        // Test assemblies run as parallel processes; a line is one append.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                System.IO.File.AppendAllText(File, what + Environment.NewLine);
                return;
            }
            catch (IOException) when (attempt < 20)
            {
                Thread.Sleep(50);
            }
        }
    }
}
