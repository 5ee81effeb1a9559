using System.Diagnostics;
using System.Globalization;
using Reporting.IntegrationTests.Infrastructure;
using Reporting.Reports.Conference;
using Reporting.Testing;

namespace Reporting.IntegrationTests.Reports;

/// <summary>
/// The LibreOffice kept running for the PDFs: one that died while idle is replaced rather than left
/// to fail the rest, and two render side by side. Not run in parallel with other classes: it counts
/// this process's workers.
/// </summary>
[TestClass]
[TestCategory(Categories.Slow)]
[DoNotParallelize]
public sealed class PdfRendererTests
{
    private string _folder = null!;

    private static string Document => Path.Combine(RepositoryFolder.Root, "tests", "Corpus", "communes", "22966", "huong-dan.docx");

    [TestInitialize]
    public void CreateFolder()
    {
        LibreOffice.Require();
        _folder = Directory.CreateTempSubdirectory("pdf-renderer-").FullName;
    }

    [TestCleanup]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [TestMethod]
    [DataRow(true, DisplayName = "the worker and its LibreOffice killed")]
    [DataRow(false, DisplayName = "only LibreOffice killed, its worker still waiting for the next document")]
    public void A_LibreOffice_that_died_between_two_documents_is_replaced_and_the_second_is_rendered(bool workerToo)
    {
        using var renderer = new ConferenceOptions { PdfWorkers = 1 }.Renderer();
        var before = Workers();
        renderer.Render(Document, Path.Combine(_folder, "first.pdf"));
        var ours = Workers().Except(before).ToList();
        Assert.HasCount(1, ours, "the first document starts one worker");
        var office = Descendants(ours[0]);
        Assert.IsNotEmpty(office, "the worker runs LibreOffice");
        foreach (var pid in workerToo ? [ours[0], .. office] : office)
            Kill(pid);

        renderer.Render(Document, Path.Combine(_folder, "second.pdf"));

        AssertPdf("second.pdf");
    }

    [TestMethod]
    public async Task Two_documents_given_at_once_are_rendered_side_by_side_by_two_LibreOffice_that_end_with_the_renderer()
    {
        // A LibreOffice slow to start, so that the second document arrives while the first is still rendering.
        var slow = Path.Combine(_folder, "slow-soffice");
        await File.WriteAllTextAsync(slow, $"#!/bin/sh\nsleep 3\nexec {LibreOffice.Executable} \"$@\"\n");
        await Tools.RunAsync("chmod", $"+x {slow}");
        var before = Workers();
        List<int> office;
        using (var renderer = new ConferenceOptions { PdfWorkers = 2, LibreOffice = slow }.Renderer())
        {
            await Task.WhenAll(Enumerable.Range(0, 2).Select(i => Task.Run(() => renderer.Render(Document, Path.Combine(_folder, $"{i}.pdf")))));
            var ours = Workers().Except(before).ToList();
            Assert.HasCount(2, ours, "two LibreOffice kept running, one per document");
            office = [.. ours, .. ours.SelectMany(Descendants)];
        }

        AssertPdf("0.pdf");
        AssertPdf("1.pdf");
        await Eventually.WaitUntilAsync(() => Task.FromResult(office.All(pid => !Directory.Exists($"/proc/{pid}"))),
            "the renderer's workers and their LibreOffice ended with it", () => string.Join(", ", office.Where(pid => Directory.Exists($"/proc/{pid}"))), minutes: 1);
    }

    private void AssertPdf(string name) =>
        CollectionAssert.AreEqual("%PDF"u8.ToArray(), File.ReadAllBytes(Path.Combine(_folder, name))[..4], $"{name} is a PDF");

    /// <summary>Kills a process and waits until it is gone or a zombie: the worker's LibreOffice is its parent's to reap, not ours.</summary>
    private static void Kill(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            process.Kill();
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException)
        {
            // Already gone.
        }
        SpinWait.SpinUntil(() => StateOf(pid) is null or 'Z', TimeSpan.FromSeconds(30));
    }

    /// <summary>This process's PDF workers: the Python children that run <c>pdf_worker.py</c>.</summary>
    private static List<int> Workers() =>
        Processes().Where(p => p.Parent == Environment.ProcessId && CommandLineOf(p.Pid).Contains("pdf_worker.py", StringComparison.Ordinal))
            .Select(p => p.Pid).ToList();

    /// <summary>What a worker started: its LibreOffice and LibreOffice's own children.</summary>
    private static List<int> Descendants(int pid)
    {
        var all = Processes();
        var found = new List<int>();
        for (var generation = new List<int> { pid }; generation.Count > 0;)
        {
            generation = all.Where(p => p.Parent is { } parent && generation.Contains(parent)).Select(p => p.Pid).ToList();
            found.AddRange(generation);
        }
        return found;
    }

    private static List<(int Pid, int? Parent)> Processes() =>
        Directory.EnumerateDirectories("/proc").Select(Path.GetFileName).Where(name => name!.All(char.IsAsciiDigit))
            .Select(name => int.Parse(name!, CultureInfo.InvariantCulture)).Select(pid => (pid, ParentOf(pid))).ToList();

    private static int? ParentOf(int pid) => Stat(pid) is { } fields ? int.Parse(fields[1], CultureInfo.InvariantCulture) : null;

    private static char? StateOf(int pid) => Stat(pid)?[0][0];

    /// <summary>/proc/&lt;pid&gt;/stat after the name ("state ppid …"): the name may hold spaces, so read after its closing parenthesis.</summary>
    private static string[]? Stat(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static string CommandLineOf(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline");
        }
        catch (IOException)
        {
            return "";
        }
    }
}
