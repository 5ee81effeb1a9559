using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using OfficeOpenXml;
using Reporting.Output;

namespace Reporting.IntegrationTests.Infrastructure;

/// <summary>An output folder as a reader sees it, for comparing one run's outputs with another's.</summary>
internal static class OutputTree
{
    private static readonly EnumerationOptions Everything = new() { RecurseSubdirectories = true, AttributesToSkip = 0 };

    /// <summary>Every file by its path under <paramref name="root"/>, with its SHA-256.</summary>
    public static SortedDictionary<string, string> Hashes(string root) =>
        new(Files(root).ToDictionary(p => Relative(root, p), OutputFile.Sha256Of), StringComparer.Ordinal);

    /// <summary>Files and folders still under a temporary name: what a writer left half-done.</summary>
    public static List<string> Temporaries(string root) =>
        Directory.Exists(root)
            ? Directory.EnumerateFileSystemEntries(root, "*", Everything).Where(p => TemporaryNames.IsTemporary(Path.GetFileName(p))).ToList()
            : [];

    /// <summary>
    /// Every file by its path, with what two runs over the same registers must agree on: a workbook's
    /// cell values, a Word document's text, a PDF's text, a manifest without its run, time, snapshot
    /// ids and those documents' hashes, any other file's bytes.
    /// </summary>
    public static SortedDictionary<string, string> Contents(string root) =>
        new(Files(root).ToDictionary(p => Relative(root, p), Content), StringComparer.Ordinal);

    private static IEnumerable<string> Files(string root) =>
        Directory.Exists(root) ? Directory.EnumerateFiles(root, "*", Everything) : [];

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

    private static string Content(string path) => Path.GetExtension(path) switch
    {
        ".xlsx" => CellValues(path),
        ".docx" => Hash(WordText(path)),
        ".pdf" => Hash(Tools.OutputAsync("pdftotext", "-enc", "UTF-8", path, "-").GetAwaiter().GetResult()),
        ".json" when Path.GetFileName(path) == RunManifest.FileName => ManifestWithoutRun(path),
        _ => OutputFile.Sha256Of(path),
    };

    private static string CellValues(string path)
    {
        using var package = new ExcelPackage(new FileInfo(path));
        var text = new StringBuilder();
        foreach (var sheet in package.Workbook.Worksheets)
        {
            text.Append('[').Append(sheet.Name).AppendLine("]");
            if (sheet.Dimension is null)
                continue;
            for (var row = 1; row <= sheet.Dimension.End.Row; row++)
            {
                for (var column = 1; column <= sheet.Dimension.End.Column; column++)
                    text.Append(sheet.Cells[row, column].Value).Append('|');
                text.AppendLine();
            }
        }
        return Hash(text.ToString());
    }

    private static string WordText(string path)
    {
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(path, false);
        return string.Join('\n', document.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>Documents whose bytes hold the time they were saved; their content is compared on its own.</summary>
    private static readonly string[] Timestamped = [".xlsx", ".docx", ".pdf"];

    private static string ManifestWithoutRun(string path)
    {
        var manifest = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        manifest.Remove("run_id");
        manifest.Remove("generated_at");
        foreach (var snapshot in manifest["figure_snapshots"]!.AsArray())
            snapshot!.AsObject().Remove("id");
        foreach (var file in manifest["files"]!.AsArray().Select(f => f!.AsObject()).Where(f => Timestamped.Contains(Path.GetExtension(f["path"]!.GetValue<string>()))))
        {
            file.Remove("sha256");
            file.Remove("bytes");
        }
        return manifest.ToJsonString();
    }
}
