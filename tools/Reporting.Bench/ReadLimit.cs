using System.IO.Compression;
using System.Xml;

namespace Reporting.Bench;

/// <summary>
/// The physical limit of reading registers: the sheet parts of the same workbooks and the shared
/// strings their cells point into, from the same disk, walked node by node by a bare
/// <see cref="XmlReader"/> on every core, nothing interpreted. No reader that looks at every cell
/// can be much faster; the parse stage is held to a share of it.
/// </summary>
internal static class ReadLimit
{
    public sealed record Result(long Rows, long Cells, TimeSpan Elapsed);

    public static async Task<Result> RunAsync(IReadOnlyList<string> workbooks, CancellationToken cancellationToken)
    {
        long rows = 0, cells = 0;
        var started = System.Diagnostics.Stopwatch.StartNew();
        await Parallel.ForEachAsync(workbooks, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken },
            async (path, token) =>
            {
                var bytes = await File.ReadAllBytesAsync(path, token);
                var (r, c) = Walk(bytes);
                Interlocked.Add(ref rows, r);
                Interlocked.Add(ref cells, c);
            });
        return new Result(rows, cells, started.Elapsed);
    }

    private static (long Rows, long Cells) Walk(byte[] workbook)
    {
        long rows = 0, cells = 0;
        using var zip = new ZipArchive(new MemoryStream(workbook, writable: false), ZipArchiveMode.Read);
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal)
            || e.FullName == "xl/sharedStrings.xml"))
        {
            using var stream = entry.Open();
            using var xml = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreWhitespace = true });
            var sheet = entry.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal);
            while (xml.Read())
            {
                if (!sheet || xml.NodeType != XmlNodeType.Element)
                    continue;
                if (xml.LocalName == "row")
                    rows++;
                else if (xml.LocalName == "c")
                    cells++;
            }
        }
        return (rows, cells);
    }
}
