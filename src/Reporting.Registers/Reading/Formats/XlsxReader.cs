using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Reporting.Registers.Reading.Formats;

/// <summary>
/// Reads an Office Open XML workbook (<c>.xlsx</c>, <c>.xlsm</c>) as whatever wrote it — Excel,
/// LibreOffice, WPS Office, Google Sheets, a library: worksheets and shared strings scanned as
/// bytes (<see cref="WorksheetXml"/>), the small parts read with an <see cref="XmlReader"/>; shared or inline strings, rich text, with or without styles, merged
/// cells, and formulas with or without a cached value. Each cell keeps the font it is typed in.
/// </summary>
internal static class XlsxReader
{
    private sealed record CellFormat(bool IsDate, string? FormatCode, string? Font);

    private readonly record struct SharedString(string Text, string? Font);

    public static IReadOnlyList<SheetGrid> Read(ZipParts parts)
    {
        var zip = parts.Zip;
        var workbook = Entry(zip, "xl/workbook.xml") ?? throw new InvalidDataException("no xl/workbook.xml");
        var relationships = Relationships(parts, "xl/_rels/workbook.xml.rels");
        var (sheets, date1904) = SheetParts(parts, workbook, relationships);
        var book = new Book(
            SharedStrings(parts, PartOfType(zip, relationships, "sharedStrings", "xl/sharedStrings.xml")),
            Styles(parts, PartOfType(zip, relationships, "styles", "xl/styles.xml")),
            date1904);
        return sheets.Select(s => Sheet(parts, s.Name, Entry(zip, s.Part), book)).ToList();
    }

    /// <summary>What every sheet's cells refer to; <c>Date1904</c>: serials count from 1904, as old Mac Excel saved them.</summary>
    private sealed record Book(List<SharedString> Strings, List<CellFormat> Formats, bool Date1904);

    /// <summary>Days from 1900's day zero to 1904's, to bring a 1904 serial to the 1900 system.</summary>
    private const int Days1900To1904 = 1462;

    private static ZipArchiveEntry? Entry(ZipArchive zip, string path) =>
        zip.GetEntry(path) ?? zip.Entries.FirstOrDefault(e => string.Equals(e.FullName, path, StringComparison.OrdinalIgnoreCase));

    /// <summary>Relationship id → (type, target part path).</summary>
    private static Dictionary<string, (string Type, string Target)> Relationships(ZipParts parts, string path)
    {
        var found = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        if (Entry(parts.Zip, path) is not { } entry)
            return found;
        using var xml = parts.OpenXml(entry);
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "Relationship" && xml.GetAttribute("Id") is { } id && xml.GetAttribute("Target") is { } target)
                found[id] = (xml.GetAttribute("Type") ?? "", target.StartsWith('/') ? target.TrimStart('/') : "xl/" + target);
        }
        return found;
    }

    private static ZipArchiveEntry? PartOfType(ZipArchive zip, Dictionary<string, (string Type, string Target)> relationships, string type, string fallback) =>
        relationships.Values.FirstOrDefault(r => r.Type.EndsWith("/" + type, StringComparison.Ordinal)) is { Target: { } target } && Entry(zip, target) is { } part
            ? part
            : Entry(zip, fallback);

    private static (List<(string Name, string Part)> Sheets, bool Date1904) SheetParts(ZipParts parts, ZipArchiveEntry workbook, Dictionary<string, (string Type, string Target)> relationships)
    {
        var sheets = new List<(string, string)>();
        var date1904 = false;
        using var xml = parts.OpenXml(workbook);
        var index = 0;
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "workbookPr")
                date1904 = xml.GetAttribute("date1904") is "1" or "true";
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "sheet")
                continue;
            index++;
            var id = Attribute(xml, "id", "http://schemas.openxmlformats.org/officeDocument/2006/relationships")
                ?? Attribute(xml, "id", "http://purl.oclc.org/ooxml/officeDocument/relationships");
            var part = id is not null && relationships.TryGetValue(id, out var relationship) ? relationship.Target : $"xl/worksheets/sheet{index}.xml";
            sheets.Add((xml.GetAttribute("name") ?? $"Sheet{index}", part));
        }
        return (sheets, date1904);
    }

    private static string? Attribute(XmlReader xml, string localName, string ns) => xml.GetAttribute(localName, ns);

    private static List<SharedString> SharedStrings(ZipParts parts, ZipArchiveEntry? part)
    {
        var strings = new List<SharedString>();
        if (part is null)
            return strings;
        var bytes = parts.ReadAll(part);
        try
        {
            WorksheetXml.ScanSharedStrings(Utf8(bytes),
                count => strings.Capacity = Math.Min(count, bytes.Count / 8),
                (text, font) => strings.Add(new SharedString(text, font)));
        }
        finally
        {
            ZipParts.Release(bytes);
        }
        return strings;
    }

    private static List<CellFormat> Styles(ZipParts parts, ZipArchiveEntry? part)
    {
        var formats = new List<CellFormat>();
        if (part is null)
            return formats;
        var codes = new Dictionary<int, string>();
        var fonts = new List<string?>();
        var xfs = new List<(int NumFmt, int Font)>();
        using var xml = parts.OpenXml(part);
        string? section = null;
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element)
                continue;
            switch (xml.LocalName)
            {
                case "numFmt" when int.TryParse(xml.GetAttribute("numFmtId"), out var id):
                    codes[id] = xml.GetAttribute("formatCode") ?? "";
                    break;
                case "fonts" or "cellXfs" or "cellStyleXfs" or "dxfs":
                    section = xml.LocalName;
                    break;
                case "font" when section == "fonts":
                    fonts.Add(null);
                    break;
                case "name" when section == "fonts" && fonts.Count > 0:
                    fonts[^1] = xml.GetAttribute("val");
                    break;
                case "xf" when section == "cellXfs":
                    xfs.Add((int.TryParse(xml.GetAttribute("numFmtId"), out var numFmt) ? numFmt : 0, int.TryParse(xml.GetAttribute("fontId"), out var font) ? font : 0));
                    break;
            }
        }
        foreach (var (numFmt, font) in xfs)
        {
            var code = codes.GetValueOrDefault(numFmt);
            formats.Add(new CellFormat(NumberFormats.IsBuiltInDate(numFmt) || NumberFormats.IsDate(code), code, font < fonts.Count ? fonts[font] : null));
        }
        return formats;
    }

    private static SheetGrid Sheet(ZipParts parts, string name, ZipArchiveEntry? part, Book book)
    {
        var grid = new SheetGrid(name);
        if (part is null)
            return grid;
        var merges = new List<(int Row, int Column, int LastRow)>();
        var bytes = parts.ReadAll(part);
        try
        {
            WorksheetXml.Scan(Utf8(bytes), (ref WorksheetXml.RawCell cell) => grid.Set(cell.Row, cell.Column, Interpret(ref cell, book)), range =>
            {
                if (range.Split(':') is not [var first, var last])
                    return;
                var (firstRow, firstColumn) = CellReferences.Parse(first);
                var (lastRow, _) = CellReferences.Parse(last);
                if (firstRow > 0 && lastRow > firstRow)
                    merges.Add((firstRow, firstColumn, lastRow));
            });
        }
        finally
        {
            ZipParts.Release(bytes);
        }
        foreach (var (mergeRow, mergeColumn, lastMergeRow) in merges)
            grid.Merge(mergeRow, mergeColumn, lastMergeRow);
        return grid;
    }

    /// <summary>
    /// The part as UTF-8, which nearly every writer uses; UTF-16 (with its byte order mark) and a
    /// part that declares another encoding (<c>encoding="windows-1258"</c>) are recoded.
    /// </summary>
    private static ReadOnlySpan<byte> Utf8(ArraySegment<byte> part)
    {
        var bytes = part.AsSpan();
        if (bytes.StartsWith([(byte)0xEF, (byte)0xBB, (byte)0xBF]))
            return bytes[3..];
        if (bytes.StartsWith([(byte)0xFF, (byte)0xFE]) || bytes.StartsWith([(byte)0xFE, (byte)0xFF]))
        {
            var encoding = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return Encoding.UTF8.GetBytes(encoding.GetString(bytes[2..]));
        }
        if (DeclaredEncoding(bytes) is { } declared && !declared.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && !declared.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.UTF8.GetBytes(Encoding.GetEncoding(declared).GetString(bytes));
        }
        return bytes;
    }

    /// <summary>The <c>encoding</c> of the XML declaration, if the part begins with one that names it.</summary>
    private static string? DeclaredEncoding(ReadOnlySpan<byte> bytes)
    {
        if (!bytes.StartsWith("<?xml"u8) || bytes.IndexOf("?>"u8) is not (> 0 and var end))
            return null;
        var declaration = Encoding.ASCII.GetString(bytes[..end]);
        var at = declaration.IndexOf("encoding", StringComparison.Ordinal);
        if (at < 0)
            return null;
        var quote = declaration.IndexOfAny(['"', '\''], at);
        var close = quote < 0 ? -1 : declaration.IndexOf(declaration[quote], quote + 1);
        return close < 0 ? null : declaration[(quote + 1)..close].Trim();
    }

    private static Cell Interpret(ref WorksheetXml.RawCell cell, Book book)
    {
        var style = cell.Style >= 0 && cell.Style < book.Formats.Count ? book.Formats[cell.Style] : null;
        var font = style?.Font;
        var type = cell.Type;
        var value = cell.Value.Trim(" \t\r\n"u8);
        if (type.SequenceEqual("inlineStr"u8))
            return cell.InlineText is { } text ? new Cell(text, font: cell.InlineFont ?? font) : default;
        // A formula saved without its value: no <v>, or an empty one as some libraries write it.
        if (cell.Formula && (!cell.HasValue || (value.IsEmpty && !type.SequenceEqual("str"u8))))
            return new Cell(null, font: font, uncalculated: true);
        if (!cell.HasValue)
            return default;
        if (type.SequenceEqual("s"u8))
        {
            if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= book.Strings.Count)
                throw new InvalidDataException($"Cell {cell.Row}/{cell.Column} names shared string \"{WorksheetXml.Text(value)}\", which the workbook does not have.");
            return new Cell(book.Strings[index].Text, font: book.Strings[index].Font ?? font);
        }
        if (type.SequenceEqual("str"u8) || type.SequenceEqual("e"u8))
            return new Cell(WorksheetXml.Text(cell.Value), font: font);
        if (type.SequenceEqual("b"u8))
            return new Cell(value.SequenceEqual("1"u8), font: font);
        if (type.SequenceEqual("d"u8) && DateTime.TryParse(WorksheetXml.Text(value), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var date))
            return new Cell(date, font: font);
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            return new Cell(WorksheetXml.Text(cell.Value), font: font);
        if (style is { IsDate: true } && (book.Date1904 ? number + Days1900To1904 : number) is >= 0 and < 2958466 and var serial)
            return new Cell(DateTime.FromOADate(serial), font: font);
        return new Cell(number, NumberFormats.Shown(number, style?.FormatCode), font);
    }
}
