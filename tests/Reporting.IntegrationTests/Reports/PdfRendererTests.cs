using System.Diagnostics;
using Reporting.Reports.Conference;
using Reporting.Testing;

namespace Reporting.IntegrationTests.Reports;

/// <summary>The LibreOffice kept running for the PDFs: one that dies between two documents is replaced, not left to fail the rest.</summary>
[TestClass]
[TestCategory(Categories.Slow)]
[DoNotParallelize]
public sealed class PdfRendererTests
{
    private static string Document => Path.Combine(RepositoryFolder.Root, "tests", "Corpus", "communes", "22966", "huong-dan.docx");

    [TestMethod]
    public void A_LibreOffice_that_died_between_two_documents_is_replaced_and_the_second_is_rendered()
    {
        var folder = Directory.CreateTempSubdirectory("pdf-renderer-").FullName;
        try
        {
            using var renderer = new ConferenceOptions().Renderer();
            var before = Workers().Select(w => w.Id).ToHashSet();
            renderer.Render(Document, Path.Combine(folder, "first.pdf"));
            var ours = Workers().Where(w => !before.Contains(w.Id)).ToList();
            Assert.HasCount(1, ours, "the first document starts one worker");
            ours[0].Kill(entireProcessTree: true);
            ours[0].WaitForExit();

            renderer.Render(Document, Path.Combine(folder, "second.pdf"));

            CollectionAssert.AreEqual("%PDF"u8.ToArray(), File.ReadAllBytes(Path.Combine(folder, "second.pdf"))[..4]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [TestMethod]
    public void Two_documents_given_at_once_are_rendered_side_by_side_by_two_LibreOffice()
    {
        var folder = Directory.CreateTempSubdirectory("pdf-renderer-").FullName;
        try
        {
            var before = Workers().Select(w => w.Id).ToHashSet();
            using (var renderer = new ConferenceOptions { PdfWorkers = 2 }.Renderer())
            {
                var started = 0;
                Parallel.For(0, 2, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
                {
                    // Both renderings begin before either ends, so the second cannot wait for the first's LibreOffice.
                    Interlocked.Increment(ref started);
                    SpinWait.SpinUntil(() => Volatile.Read(ref started) == 2);
                    renderer.Render(Document, Path.Combine(folder, $"{i}.pdf"));
                });
                Assert.HasCount(2, Workers().Where(w => !before.Contains(w.Id)).ToList(), "two LibreOffice kept running, one per document");
            }
            foreach (var i in new[] { 0, 1 })
                CollectionAssert.AreEqual("%PDF"u8.ToArray(), File.ReadAllBytes(Path.Combine(folder, $"{i}.pdf"))[..4]);
            Assert.IsEmpty(Workers().Where(w => !before.Contains(w.Id) && !w.HasExited).ToList(), "disposing the renderer ends its LibreOffice");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>This process's PDF workers: the Python children that run <c>pdf_worker.py</c>.</summary>
    private static List<Process> Workers() =>
        Directory.EnumerateDirectories("/proc").Select(Path.GetFileName).Where(name => name!.All(char.IsAsciiDigit)).Select(int.Parse!)
            .Where(pid => ParentOf(pid) == Environment.ProcessId && CommandLineOf(pid).Contains("pdf_worker.py", StringComparison.Ordinal))
            .Select(Process.GetProcessById).ToList();

    private static int? ParentOf(int pid)
    {
        try
        {
            // /proc/<pid>/stat: "pid (name) state ppid …"; the name may hold spaces, so read after its closing parenthesis.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
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
