using AngleSharp.Dom;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace Reporting.Reports.Word;

/// <summary>
/// Turns the body of a rendered report page into Word paragraphs, tables and pictures in the
/// template's styles, so the Word document and the page say the same thing: headings (h2, h3),
/// paragraphs (class <c>note</c>, <c>placeholder</c>), lists, tables (<c>thead</c> rows repeat on
/// every page, <c>td.n</c> right-aligned, <c>tr.total</c> bold, <c>colspan</c>), figures with their
/// captions. Elements of class <c>web-only</c> are the page's own and are left out.
/// </summary>
public sealed class HtmlToWord(MainDocumentPart part, int textWidth)
{
    private const long EmuPerTwip = 635;
    private uint _pictures;

    public IEnumerable<OpenXmlElement> Convert(IElement container)
    {
        foreach (var element in container.Children)
        {
            if (element.ClassList.Contains("web-only"))
                continue;
            switch (element.LocalName)
            {
                case "h1" or "h2":
                    yield return Paragraph("Heading1", element);
                    break;
                case "h3" or "h4":
                    yield return Paragraph("Heading2", element);
                    break;
                case "p":
                    yield return Paragraph(element.ClassList.Contains("note") ? "Note" : element.ClassList.Contains("placeholder") ? "Placeholder" : "Normal", element);
                    break;
                case "ol" or "ul":
                    var number = 0;
                    foreach (var item in element.Children.Where(c => c.LocalName == "li"))
                        yield return Paragraph("Normal", item, element.LocalName == "ol" ? $"{++number}. " : "- ");
                    break;
                case "table":
                    yield return Table(element);
                    break;
                case "figure":
                    foreach (var block in Figure(element))
                        yield return block;
                    break;
                default:
                    foreach (var block in Convert(element))
                        yield return block;
                    break;
            }
        }
    }

    private static Paragraph Paragraph(string style, IElement element, string? prefix = null, bool bold = false)
    {
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        if (prefix is not null)
            paragraph.Append(TextRun(prefix, bold, false));
        foreach (var run in Runs(element, bold, false))
            paragraph.Append(run);
        return paragraph;
    }

    /// <summary>The inline content as runs: whitespace collapsed the way a browser shows it, bold and italic kept.</summary>
    public static IEnumerable<Run> Runs(INode node, bool bold, bool italic)
    {
        var pieces = new List<(string Text, bool Bold, bool Italic)>();
        void Walk(INode current, bool b, bool i)
        {
            foreach (var child in current.ChildNodes)
            {
                if (child is IText text)
                {
                    var collapsed = Whitespace.Replace(text.Data, " ");
                    if (pieces.Count == 0 || pieces[^1].Text.EndsWith(' ') || pieces[^1].Text == "\n")
                        collapsed = collapsed.TrimStart();
                    if (collapsed.Length > 0)
                        pieces.Add((collapsed, b, i));
                }
                else if (child is IElement { LocalName: "br" })
                {
                    if (pieces.Count > 0)
                        pieces[^1] = pieces[^1] with { Text = pieces[^1].Text.TrimEnd() };
                    pieces.Add(("\n", b, i));
                }
                else if (child is IElement element)
                    Walk(element, b || element.LocalName is "strong" or "b", i || element.LocalName is "em" or "i");
            }
        }
        Walk(node, bold, italic);
        if (pieces.Count > 0)
            pieces[^1] = pieces[^1] with { Text = pieces[^1].Text.TrimEnd() };
        return pieces.Where(p => p.Text.Length > 0).Select(p => p.Text == "\n" ? new Run(new Break()) : TextRun(p.Text, p.Bold, p.Italic));
    }

    private static readonly System.Text.RegularExpressions.Regex Whitespace = new(@"\s+", System.Text.RegularExpressions.RegexOptions.Compiled);

    private static Run TextRun(string text, bool bold, bool italic)
    {
        var run = new Run();
        if (bold || italic)
        {
            var properties = new RunProperties();
            if (bold) properties.Append(new Bold());
            if (italic) properties.Append(new Italic());
            run.Append(properties);
        }
        run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    private Table Table(IElement element)
    {
        var rows = element.QuerySelectorAll("tr").ToList();
        var columns = rows.Select(r => r.Children.Sum(Span)).DefaultIfEmpty(1).Max();
        var widths = Widths(rows, columns);
        var table = new Table(
            new TableProperties(
                new TableStyle { Val = "ReportTable" },
                new TableWidth { Width = widths.Sum().ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        foreach (var row in rows)
        {
            var header = row.ParentElement?.LocalName == "thead";
            var total = row.ClassList.Contains("total");
            var properties = new TableRowProperties(new CantSplit());
            if (header)
                properties.Append(new TableHeader());
            var tableRow = new TableRow(properties);
            var column = 0;
            foreach (var cell in row.Children.Where(c => c.LocalName is "td" or "th"))
            {
                var span = Span(cell);
                var width = widths.Skip(column).Take(span).Sum();
                column += span;
                var cellProperties = new TableCellProperties(new TableCellWidth { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
                if (span > 1)
                    cellProperties.Append(new GridSpan { Val = span });
                if (header)
                    cellProperties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "E7E6E6" });
                cellProperties.Append(new TableCellVerticalAlignment { Val = header ? TableVerticalAlignmentValues.Center : TableVerticalAlignmentValues.Top });
                var style = header ? "TableHeading" : cell.ClassList.Contains("n") ? "TableNumber" : "TableText";
                tableRow.Append(new TableCell(cellProperties, Paragraph(style, cell, bold: total)));
            }
            table.Append(tableRow);
        }
        return table;
    }

    private static int Span(IElement cell) => int.TryParse(cell.GetAttribute("colspan"), out var span) && span > 1 ? span : 1;

    /// <summary>
    /// Column widths in twips: each at least its longest word (a number is one word, so it never
    /// wraps), more towards its whole text where the page allows, sharing out the text width.
    /// </summary>
    private int[] Widths(List<IElement> rows, int columns)
    {
        const int perCharacter = 115, margins = 170;
        var minimal = new double[columns];
        var desired = new double[columns];
        foreach (var row in rows)
        {
            var column = 0;
            foreach (var cell in row.Children.Where(c => c.LocalName is "td" or "th"))
            {
                var span = Span(cell);
                if (span == 1 && column < columns)
                {
                    var text = Whitespace.Replace(cell.TextContent, " ").Trim();
                    var word = text.Split(' ').Select(w => w.Length).DefaultIfEmpty(1).Max();
                    var header = row.ParentElement?.LocalName == "thead";
                    minimal[column] = Math.Max(minimal[column], Math.Max(word, 3) * perCharacter * (header ? 1.1 : 1) + margins);
                    desired[column] = Math.Max(desired[column], (header ? word : Math.Min(text.Length, 40)) * perCharacter + margins);
                }
                column += span;
            }
        }
        for (var c = 0; c < columns; c++)
            desired[c] = Math.Max(desired[c], minimal[c]);
        var (least, most) = (minimal.Sum(), desired.Sum());
        var widths = most <= textWidth ? desired.Select(d => d * textWidth / most)
            : least <= textWidth ? minimal.Select((m, c) => m + (desired[c] - m) * (textWidth - least) / (most - least))
            : minimal.Select(m => m * textWidth / least);
        var rounded = widths.Select(w => (int)w).ToArray();
        rounded[^1] += textWidth - rounded.Sum();
        return rounded;
    }

    private IEnumerable<Paragraph> Figure(IElement figure)
    {
        const string png = "data:image/png;base64,";
        var image = figure.QuerySelector("img");
        if (image?.GetAttribute("src") is { } source && source.StartsWith(png, StringComparison.Ordinal))
            yield return Picture(System.Convert.FromBase64String(source[png.Length..]), image.GetAttribute("alt") ?? "");
        if (figure.QuerySelector("figcaption") is { } caption)
            yield return Paragraph("Caption", caption);
    }

    private Paragraph Picture(byte[] png, string description)
    {
        // A relationship id of our own: the SDK's are random, and a rebuilt document must be the same bytes.
        var image = part.AddImagePart(ImagePartType.Png, $"rIdChart{_pictures + 1}");
        using (var stream = new MemoryStream(png))
            image.FeedData(stream);
        var (pixelsWide, pixelsHigh) = (BitConverter.ToInt32([png[19], png[18], png[17], png[16]]), BitConverter.ToInt32([png[23], png[22], png[21], png[20]]));
        long width = textWidth * EmuPerTwip;
        var height = width * pixelsHigh / pixelsWide;
        var id = ++_pictures;
        var name = $"Biểu đồ {id}";
        var drawing = new Drawing(new DW.Inline(
            new DW.Extent { Cx = width, Cy = height },
            new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new DW.DocProperties { Id = id, Name = name, Description = description },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new PIC.Picture(
                    new PIC.NonVisualPictureProperties(new PIC.NonVisualDrawingProperties { Id = id, Name = name + ".png" }, new PIC.NonVisualPictureDrawingProperties()),
                    new PIC.BlipFill(new A.Blip { Embed = part.GetIdOfPart(image) }, new A.Stretch(new A.FillRectangle())),
                    new PIC.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = width, Cy = height }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        { DistanceFromTop = 0, DistanceFromBottom = 0, DistanceFromLeft = 0, DistanceFromRight = 0 });
        return new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Figure" }), new Run(drawing));
    }
}
