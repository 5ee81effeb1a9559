using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Reporting.Reports.Excel;

/// <summary>
/// A table too long for EPPlus's cell store (the annex's exemplars: a hundred thousand rows at the
/// province's scale, nine cells each, all held in memory until the package is saved). EPPlus writes
/// the sheet with its title, header, page setup and two sample rows — one of plain text, one of
/// text that looks like a formula, so quoted — and the rows are then streamed into the saved
/// package in the samples' place, each cell taking the style of its sample.
/// </summary>
public static partial class StreamedRows
{
    /// <summary>The two sample rows to give <see cref="TableSheet.Write"/> for <paramref name="columns"/> text columns.</summary>
    public static IReadOnlyList<object?[]> Samples(int columns) =>
        [Enumerable.Repeat<object?>("a", columns).ToArray(), Enumerable.Repeat<object?>("=a", columns).ToArray()];

    /// <summary>Writes <paramref name="rows"/> (text, or null for an empty cell) from row <paramref name="firstRow"/>, where the samples are, to the end of the sheet.</summary>
    public static void Write(string path, string sheetName, int firstRow, IEnumerable<string?[]> rows)
    {
        var written = path + ".rows";
        using (var source = ZipFile.OpenRead(path))
        using (var target = ZipFile.Open(written, ZipArchiveMode.Create))
        {
            var part = SheetPart(source, sheetName);
            foreach (var entry in source.Entries)
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Fastest);
                using var from = entry.Open();
                using var to = copy.Open();
                if (entry.FullName == part)
                    WriteSheet(from, to, firstRow, rows);
                else
                    from.CopyTo(to);
            }
        }
        File.Move(written, path, overwrite: true);
    }

    private static void WriteSheet(Stream from, Stream to, int firstRow, IEnumerable<string?[]> rows)
    {
        string xml;
        using (var reader = new StreamReader(from, Encoding.UTF8))
            xml = reader.ReadToEnd();
        var start = xml.IndexOf($"<row r=\"{firstRow}\"", StringComparison.Ordinal);
        var end = start < 0 ? -1 : xml.IndexOf("</sheetData>", start, StringComparison.Ordinal);
        if (end < 0)
            throw new InvalidOperationException($"The sheet has no sample rows at row {firstRow}.");
        var samples = xml[start..end];
        var plain = Styles(samples, firstRow);
        var quoted = Styles(samples, firstRow + 1);
        var columns = plain.Count;

        using var writer = new StreamWriter(to, new UTF8Encoding(false), 1 << 16);
        // The dimension is optional and would name the samples' range: readers work it out from the rows.
        writer.Write(Dimension().Replace(xml[..start], "", 1));
        var escaped = new StringBuilder();
        var r = firstRow;
        foreach (var row in rows)
        {
            writer.Write($"<row r=\"{r}\">");
            for (var c = 0; c < columns; c++)
            {
                var value = c < row.Length ? row[c] : null;
                var style = value is not null && SafeText.LooksLikeFormula(value) ? quoted[c] : plain[c];
                writer.Write($"<c r=\"{Column(c)}{r}\" s=\"{style}\"");
                if (string.IsNullOrEmpty(value))
                    writer.Write("/>");
                else
                {
                    writer.Write(" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
                    writer.Write(Escape(value, escaped));
                    writer.Write("</t></is></c>");
                }
            }
            writer.Write("</row>");
            r++;
        }
        writer.Write(xml[end..]);
    }

    private static List<string> Styles(string samples, int row) =>
        CellStyle().Matches(samples).Where(m => m.Groups["row"].Value == row.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Select(m => m.Groups["style"].Value).ToList();

    private static string Column(int index) => index < 26 ? ((char)('A' + index)).ToString() : Column(index / 26 - 1) + (char)('A' + index % 26);

    private static StringBuilder Escape(string value, StringBuilder text)
    {
        text.Clear();
        foreach (var ch in value)
        {
            _ = ch switch
            {
                '<' => text.Append("&lt;"),
                '>' => text.Append("&gt;"),
                '&' => text.Append("&amp;"),
                _ when XmlConvert.IsXmlChar(ch) || char.IsSurrogate(ch) => text.Append(ch),
                _ => text,
            };
        }
        return text;
    }

    /// <summary>The sheet's part in the package, through the workbook's relationships.</summary>
    private static string SheetPart(ZipArchive package, string sheetName)
    {
        XNamespace main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        XNamespace relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        XNamespace package_ = "http://schemas.openxmlformats.org/package/2006/relationships";
        XDocument Read(string name)
        {
            using var stream = package.GetEntry(name)!.Open();
            return XDocument.Load(stream);
        }
        var id = Read("xl/workbook.xml").Descendants(main + "sheet").Single(s => (string?)s.Attribute("name") == sheetName).Attribute(relationships + "id")!.Value;
        var target = Read("xl/_rels/workbook.xml.rels").Descendants(package_ + "Relationship").Single(r => (string?)r.Attribute("Id") == id).Attribute("Target")!.Value;
        return target.StartsWith('/') ? target[1..] : "xl/" + target;
    }

    [GeneratedRegex("<c r=\"[A-Z]+(?<row>\\d+)\" s=\"(?<style>\\d+)\"")]
    private static partial Regex CellStyle();

    [GeneratedRegex("<dimension ref=\"[^\"]*\"\\s*/>")]
    private static partial Regex Dimension();
}
