using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Reporting.Registers.Reading.Formats;

/// <summary>
/// Reads an Office Open XML workbook (<c>.xlsx</c>, <c>.xlsm</c>) as whatever wrote it — Excel,
/// LibreOffice, WPS Office, Google Sheets, a library — streaming each part with an
/// <see cref="XmlReader"/>: shared or inline strings, rich text, with or without styles, merged
/// cells, and formulas with or without a cached value. Each cell keeps the font it is typed in.
/// </summary>
internal static class XlsxReader
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    private sealed record CellFormat(bool IsDate, string? FormatCode, string? Font);

    private sealed record SharedString(string Text, string? Font);

    public static IReadOnlyList<SheetGrid> Read(ZipArchive zip)
    {
        var workbook = Entry(zip, "xl/workbook.xml") ?? throw new InvalidDataException("no xl/workbook.xml");
        var relationships = Relationships(zip, "xl/_rels/workbook.xml.rels");
        var sheets = SheetParts(workbook, relationships);
        var strings = SharedStrings(PartOfType(zip, relationships, "sharedStrings", "xl/sharedStrings.xml"));
        var formats = Styles(PartOfType(zip, relationships, "styles", "xl/styles.xml"));
        return sheets.Select(s => Sheet(s.Name, Entry(zip, s.Part), strings, formats)).ToList();
    }

    private static ZipArchiveEntry? Entry(ZipArchive zip, string path) =>
        zip.GetEntry(path) ?? zip.Entries.FirstOrDefault(e => string.Equals(e.FullName, path, StringComparison.OrdinalIgnoreCase));

    private static XmlReader Open(ZipArchiveEntry entry) => XmlReader.Create(entry.Open(), Settings);

    /// <summary>Relationship id → (type, target part path).</summary>
    private static Dictionary<string, (string Type, string Target)> Relationships(ZipArchive zip, string path)
    {
        var found = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        if (Entry(zip, path) is not { } entry)
            return found;
        using var xml = Open(entry);
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

    private static List<(string Name, string Part)> SheetParts(ZipArchiveEntry workbook, Dictionary<string, (string Type, string Target)> relationships)
    {
        var sheets = new List<(string, string)>();
        using var xml = Open(workbook);
        var index = 0;
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "sheet")
                continue;
            index++;
            var id = Attribute(xml, "id", "http://schemas.openxmlformats.org/officeDocument/2006/relationships")
                ?? Attribute(xml, "id", "http://purl.oclc.org/ooxml/officeDocument/relationships");
            var part = id is not null && relationships.TryGetValue(id, out var relationship) ? relationship.Target : $"xl/worksheets/sheet{index}.xml";
            sheets.Add((xml.GetAttribute("name") ?? $"Sheet{index}", part));
        }
        return sheets;
    }

    private static string? Attribute(XmlReader xml, string localName, string ns) => xml.GetAttribute(localName, ns);

    private static List<SharedString> SharedStrings(ZipArchiveEntry? part)
    {
        var strings = new List<SharedString>();
        if (part is null)
            return strings;
        using var xml = Open(part);
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "si")
                strings.Add(RichText(xml));
        }
        return strings;
    }

    /// <summary>The text of an <c>si</c> or <c>is</c> element: its runs joined, phonetic guides left out, with the first run's font.</summary>
    private static SharedString RichText(XmlReader xml)
    {
        if (xml.IsEmptyElement)
            return new SharedString("", null);
        var depth = xml.Depth;
        var text = new StringBuilder();
        string? font = null;
        xml.Read();
        while (!xml.EOF && xml.Depth > depth)
        {
            if (xml.NodeType == XmlNodeType.Element)
            {
                switch (xml.LocalName)
                {
                    case "rPh":
                        xml.Skip();
                        continue;
                    case "t":
                        text.Append(xml.ReadElementContentAsString());
                        continue;
                    case "rFont":
                        font ??= xml.GetAttribute("val");
                        break;
                }
            }
            xml.Read();
        }
        return new SharedString(text.ToString(), font);
    }

    private static List<CellFormat> Styles(ZipArchiveEntry? part)
    {
        var formats = new List<CellFormat>();
        if (part is null)
            return formats;
        var codes = new Dictionary<int, string>();
        var fonts = new List<string?>();
        var xfs = new List<(int NumFmt, int Font)>();
        using var xml = Open(part);
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

    private static SheetGrid Sheet(string name, ZipArchiveEntry? part, List<SharedString> strings, List<CellFormat> formats)
    {
        var grid = new SheetGrid(name);
        if (part is null)
            return grid;
        var merges = new List<(int Row, int Column, int LastRow)>();
        using var xml = Open(part);
        var row = 0;
        var column = 0;
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element)
                continue;
            switch (xml.LocalName)
            {
                case "row":
                    row = int.TryParse(xml.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : row + 1;
                    column = 0;
                    break;
                case "c":
                    var reference = xml.GetAttribute("r");
                    var (cellRow, cellColumn) = reference is null ? (0, 0) : CellReferences.Parse(reference);
                    column = cellColumn > 0 ? cellColumn : column + 1;
                    if (cellRow > 0)
                        row = cellRow;
                    var style = int.TryParse(xml.GetAttribute("s"), out var s) && s < formats.Count ? formats[s] : null;
                    grid.Set(row, column, ReadCell(xml, xml.GetAttribute("t"), style, strings));
                    break;
                case "mergeCell" when xml.GetAttribute("ref") is { } range && range.Split(':') is [var first, var last]:
                    var (firstRow, firstColumn) = CellReferences.Parse(first);
                    var (lastRow, _) = CellReferences.Parse(last);
                    if (firstRow > 0 && lastRow > firstRow)
                        merges.Add((firstRow, firstColumn, lastRow));
                    break;
            }
        }
        foreach (var (mergeRow, mergeColumn, lastMergeRow) in merges)
            grid.Merge(mergeRow, mergeColumn, lastMergeRow);
        return grid;
    }

    private static Cell ReadCell(XmlReader xml, string? type, CellFormat? style, List<SharedString> strings)
    {
        if (xml.IsEmptyElement)
            return default;
        var depth = xml.Depth;
        string? value = null;
        var formula = false;
        SharedString? inline = null;
        xml.Read();
        while (!xml.EOF && xml.Depth > depth)
        {
            if (xml.NodeType == XmlNodeType.Element)
            {
                switch (xml.LocalName)
                {
                    case "v":
                        value = xml.ReadElementContentAsString();
                        continue;
                    case "f":
                        formula = true;
                        xml.Skip();
                        continue;
                    case "is":
                        inline = RichText(xml);
                        break;
                }
            }
            xml.Read();
        }
        return Interpret(type, value, formula, inline, style, strings);
    }

    private static Cell Interpret(string? type, string? value, bool formula, SharedString? inline, CellFormat? style, List<SharedString> strings)
    {
        var font = style?.Font;
        switch (type)
        {
            case "inlineStr":
                return inline is { } text ? new Cell(text.Text, Font: text.Font ?? font) : default;
            case "s" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < strings.Count:
                return new Cell(strings[index].Text, Font: strings[index].Font ?? font);
        }
        if (value is null)
            return formula ? new Cell(null, Font: font, Uncalculated: true) : default;
        switch (type)
        {
            case "str" or "e":
                return new Cell(value, Font: font);
            case "b":
                return new Cell(value == "1", Font: font);
            case "d" when DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var date):
                return new Cell(date, Font: font);
        }
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            return new Cell(value, Font: font);
        if (style is { IsDate: true } && number is >= 0 and < 2958466)
            return new Cell(DateTime.FromOADate(number), Font: font);
        return new Cell(number, NumberFormats.Shown(number, style?.FormatCode), font);
    }
}
