using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Reporting.Registers.Reading.Formats;

/// <summary>
/// Reads an OpenDocument spreadsheet (<c>.ods</c>, LibreOffice Calc). No maintained .NET library
/// reads the format, and it is small: the cells are in <c>content.xml</c>, read here in one pass
/// with an <see cref="XmlReader"/>. Repeated rows and cells are expanded only where they hold
/// something (Calc writes a sheet's million empty rows as one repeated row); a cell spanning rows
/// stands in every row it covers; the font a cell or its text is typed in comes from its style.
/// </summary>
internal static class OdsReader
{
    private const string TableNs = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private const string OfficeNs = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private const string StyleNs = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    private const string TextNs = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private const string SvgNs = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0";

    public static IReadOnlyList<SheetGrid> Read(ZipParts parts)
    {
        var content = parts.Zip.GetEntry("content.xml") ?? throw new InvalidDataException("no content.xml");
        using var xml = parts.OpenXml(content);
        var fontFaces = new Dictionary<string, string>(StringComparer.Ordinal);
        var styleFonts = new Dictionary<string, string>(StringComparer.Ordinal);
        var sheets = new List<SheetGrid>();
        SheetGrid? sheet = null;
        var merges = new List<(int Row, int Column, int LastRow)>();
        var row = 0;
        string? style = null;
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "table" && xml.NamespaceURI == TableNs && sheet is not null)
            {
                foreach (var (r, c, last) in merges)
                    sheet.Merge(r, c, last);
                merges.Clear();
                sheet = null;
                continue;
            }
            if (xml.NodeType != XmlNodeType.Element)
                continue;
            switch (xml.LocalName)
            {
                case "font-face" when xml.NamespaceURI == StyleNs && xml.GetAttribute("name", StyleNs) is { } face:
                    fontFaces[face] = (xml.GetAttribute("font-family", SvgNs) ?? face).Trim('\'', '"');
                    break;
                case "style" when xml.NamespaceURI == StyleNs:
                    style = xml.GetAttribute("name", StyleNs);
                    break;
                case "text-properties" when xml.NamespaceURI == StyleNs && style is not null && xml.GetAttribute("font-name", StyleNs) is { } fontName:
                    styleFonts[style] = fontFaces.GetValueOrDefault(fontName, fontName);
                    break;
                case "table" when xml.NamespaceURI == TableNs:
                    sheet = new SheetGrid(xml.GetAttribute("name", TableNs) ?? $"Sheet{sheets.Count + 1}");
                    sheets.Add(sheet);
                    row = 0;
                    break;
                case "table-row" when xml.NamespaceURI == TableNs && sheet is not null:
                    row = ReadRow(xml, sheet, row, styleFonts, merges);
                    break;
            }
        }
        return sheets;
    }

    /// <summary>Reads a row (repeated as it says, where it holds something); returns the last row number it took.</summary>
    private static int ReadRow(XmlReader xml, SheetGrid sheet, int previousRow, Dictionary<string, string> styleFonts, List<(int, int, int)> merges)
    {
        var repeated = Repeat(xml.GetAttribute("number-rows-repeated", TableNs));
        var first = previousRow + 1;
        var cells = new List<(int Column, int Repeat, Cell Cell, int RowsSpanned)>();
        if (!xml.IsEmptyElement)
        {
            var depth = xml.Depth;
            var column = 1;
            xml.Read();
            while (!xml.EOF && xml.Depth > depth)
            {
                if (xml.NodeType == XmlNodeType.Element && xml.NamespaceURI == TableNs && xml.LocalName is "table-cell" or "covered-table-cell")
                {
                    var columns = Repeat(xml.GetAttribute("number-columns-repeated", TableNs));
                    var rowsSpanned = Repeat(xml.GetAttribute("number-rows-spanned", TableNs));
                    var cell = xml.LocalName == "table-cell" ? ReadCell(xml, styleFonts) : SkipCell(xml);
                    if (!cell.IsEmpty && column <= SheetGrid.MaxColumns)
                        cells.Add((column, Math.Min(columns, SheetGrid.MaxColumns - column + 1), cell, rowsSpanned));
                    column += columns;
                    continue;
                }
                xml.Read();
            }
        }
        if (cells.Count == 0)
            return previousRow + repeated;
        for (var r = first; r < first + repeated; r++)
        {
            foreach (var (column, times, cell, rowsSpanned) in cells)
            {
                for (var c = column; c < column + times; c++)
                {
                    sheet.Set(r, c, cell);
                    if (rowsSpanned > 1)
                        merges.Add((r, c, r + rowsSpanned - 1));
                }
            }
        }
        return previousRow + repeated;
    }

    private static int Repeat(string? count) =>
        int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 1;

    private static Cell SkipCell(XmlReader xml)
    {
        xml.Skip();
        return default;
    }

    private static Cell ReadCell(XmlReader xml, Dictionary<string, string> styleFonts)
    {
        var type = xml.GetAttribute("value-type", OfficeNs);
        var value = xml.GetAttribute("value", OfficeNs);
        var date = xml.GetAttribute("date-value", OfficeNs);
        var flag = xml.GetAttribute("boolean-value", OfficeNs);
        var formula = xml.GetAttribute("formula", TableNs) is not null;
        var font = xml.GetAttribute("style-name", TableNs) is { } cellStyle ? styleFonts.GetValueOrDefault(cellStyle) : null;
        var (text, spanFont) = Text(xml, styleFonts);
        font = spanFont ?? font;
        switch (type)
        {
            case "float" or "percentage" or "currency" when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number):
                return new Cell(number, text.Length > 0 ? text : null, font);
            case "date" when DateTime.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var day):
                return new Cell(day, font: font);
            case "boolean":
                return new Cell(flag == "true", text, font);
            case null when formula:
                return new Cell(null, font: font, uncalculated: true);
            default:
                return text.Length > 0 ? new Cell(text, font: font) : default;
        }
    }

    /// <summary>The cell's paragraphs, lines joined; <c>text:s</c> stands for spaces; the first styled span's font.</summary>
    private static (string Text, string? Font) Text(XmlReader xml, Dictionary<string, string> styleFonts)
    {
        if (xml.IsEmptyElement)
        {
            xml.Read();
            return ("", null);
        }
        var depth = xml.Depth;
        var text = new StringBuilder();
        string? font = null;
        var paragraphs = 0;
        var paragraph = -1;
        xml.Read();
        while (!xml.EOF && xml.Depth > depth)
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.EndElement when xml.NamespaceURI == TextNs && xml.LocalName == "p":
                    paragraph = -1;
                    break;
                case XmlNodeType.Element when xml.NamespaceURI == TextNs:
                    switch (xml.LocalName)
                    {
                        case "p":
                            if (paragraphs++ > 0)
                                text.Append('\n');
                            if (!xml.IsEmptyElement)
                                paragraph = xml.Depth;
                            break;
                        case "s":
                            text.Append(' ', Repeat(xml.GetAttribute("c", TextNs)));
                            break;
                        case "tab":
                            text.Append('\t');
                            break;
                        case "line-break":
                            text.Append('\n');
                            break;
                        case "span" when xml.GetAttribute("style-name", TextNs) is { } spanStyle:
                            font ??= styleFonts.GetValueOrDefault(spanStyle);
                            break;
                    }
                    break;
                case XmlNodeType.Element when xml.NamespaceURI == OfficeNs && xml.LocalName == "annotation":
                    xml.Skip();
                    continue;
                case XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace when paragraph >= 0:
                    text.Append(xml.Value);
                    break;
            }
            xml.Read();
        }
        // Positioned on the cell's end: move past it, as Skip would have.
        xml.Read();
        return (text.ToString(), font);
    }
}
