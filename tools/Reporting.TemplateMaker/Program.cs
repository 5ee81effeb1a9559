using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

// The first version of the conference report's Word template, in the format of Decree 30/2020/NĐ-CP
// (Appendix I): A4, margins 20/20/30/20 mm, Times New Roman 14 pt, the issuing-body and national
// motto blocks side by side, page numbers centred at the top from page 2, "Nơi nhận" and the
// signature at the end. The report fills its {{ placeholders }} and puts its body where {{ body }} is.
var path = Path.GetFullPath(args.Length > 0 ? args[0] : "templates/conference/bao-cao.docx");
Directory.CreateDirectory(Path.GetDirectoryName(path)!);
using (var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document))
{
    var main = document.AddMainDocumentPart();
    main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
    var numbered = main.AddNewPart<HeaderPart>();
    numbered.Header = new Header(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Header" }),
        new SimpleField(new Run(new Text("2"))) { Instruction = " PAGE " }));
    var first = main.AddNewPart<HeaderPart>();
    first.Header = new Header(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Header" })));

    const int textWidth = 11906 - 1701 - 1134;
    const int left = 3600;
    main.Document = new Document(new Body(
        Blocks(left, textWidth - left,
            [P("Masthead", "{{ superior_body }}"), P("MastheadBold", "{{ issuing_body }}"), ShortLine(900), P("Masthead", "Số: {{ number }}")],
            [P("NationalName", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), P("Motto", "Độc lập - Tự do - Hạnh phúc"), ShortLine(1400, visible: false), P("PlaceDate", "{{ place_date }}")]),
        P("Title", ""),
        P("Title", "{{ title }}"),
        P("Subtitle", "{{ summary }}"),
        ShortLine(3300),
        P("Normal", "{{ body }}"),
        Blocks(left + 600, textWidth - left - 600,
            [P("RecipientsHeading", "Nơi nhận:"), P("Recipients", "{{ recipient }}")],
            [P("Signature", "{{ on_behalf }}"), P("Signature", "{{ signer_title }}"), P("Signature", ""), P("Signature", ""), P("Signature", ""), P("Signature", "{{ signer_name }}")]),
        new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(numbered) },
            new HeaderReference { Type = HeaderFooterValues.First, Id = main.GetIdOfPart(first) },
            new PageSize { Width = 11906, Height = 16838 },
            new PageMargin { Top = 1134, Bottom = 1134, Left = 1701, Right = 1134, Header = 567, Footer = 567, Gutter = 0 },
            new TitlePage())));
    document.PackageProperties.Title = "Báo cáo sơ kết, tổng kết";
    document.PackageProperties.Creator = "Hội Khuyến học tỉnh Bình Thuận";
}
Console.WriteLine($"Wrote {path}");

static Paragraph P(string style, string text) =>
    new(new ParagraphProperties(new ParagraphStyleId { Val = style }), new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

// The short line under the issuing body, the motto and the summary: a top border on an empty paragraph.
static Paragraph ShortLine(int indent, bool visible = true) => new(new ParagraphProperties(
    new ParagraphStyleId { Val = "Masthead" },
    new ParagraphBorders(new TopBorder { Val = visible ? BorderValues.Single : BorderValues.None, Size = 6, Space = 1, Color = "000000" }),
    new SpacingBetweenLines { Before = "0", After = "0", Line = "120", LineRule = LineSpacingRuleValues.Exact },
    new Indentation { Left = indent.ToString(), Right = indent.ToString(), FirstLine = "0" }));

// Two blocks side by side in a table without borders, as Word users lay them out.
static Table Blocks(int leftWidth, int rightWidth, Paragraph[] leftBlock, Paragraph[] rightBlock)
{
    static TableCell Cell(int width, Paragraph[] paragraphs) =>
        new([new TableCellProperties(new TableCellWidth { Width = width.ToString(), Type = TableWidthUnitValues.Dxa }), .. paragraphs]);
    return new Table(
        new TableProperties(
            new TableWidth { Width = (leftWidth + rightWidth).ToString(), Type = TableWidthUnitValues.Dxa },
            new TableBorders(new TopBorder { Val = BorderValues.None }, new LeftBorder { Val = BorderValues.None }, new BottomBorder { Val = BorderValues.None },
                new RightBorder { Val = BorderValues.None }, new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None }),
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableCellMarginDefault(new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa }, new TableCellLeftMargin { Width = 60, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa }, new TableCellRightMargin { Width = 60, Type = TableWidthValues.Dxa })),
        new TableGrid(new GridColumn { Width = leftWidth.ToString() }, new GridColumn { Width = rightWidth.ToString() }),
        // One row that never splits: the recipients and the signature stay on one page.
        new TableRow(new TableRowProperties(new CantSplit()), Cell(leftWidth, leftBlock), Cell(rightWidth, rightBlock)));
}

static Styles Styles()
{
    static RunProperties Font(int halfPoints, bool bold = false, bool italic = false, bool underline = false)
    {
        var run = new RunProperties();
        if (bold) run.Append(new Bold());
        if (italic) run.Append(new Italic());
        run.Append(new FontSize { Val = halfPoints.ToString() }, new FontSizeComplexScript { Val = halfPoints.ToString() });
        if (underline) run.Append(new Underline { Val = UnderlineValues.Single });
        return run;
    }
    static ParagraphProperties Block(JustificationValues justification, int firstLine = 0, int before = 0, int after = 0, bool keepNext = false)
    {
        var paragraph = new ParagraphProperties();
        if (keepNext) paragraph.Append(new KeepNext());
        paragraph.Append(new SpacingBetweenLines { Before = before.ToString(), After = after.ToString(), Line = "240", LineRule = LineSpacingRuleValues.Auto },
            new Indentation { FirstLine = firstLine.ToString() }, new Justification { Val = justification });
        return paragraph;
    }
    static Style Paragraph(string id, string name, ParagraphProperties paragraph, RunProperties run, string basedOn = "Normal", int? outline = null)
    {
        var style = new Style(new StyleName { Val = name }, new BasedOn { Val = basedOn }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = id };
        if (outline is { } level) paragraph.Append(new OutlineLevel { Val = level });
        style.Append(new StyleParagraphProperties(paragraph.ChildElements.Select(e => e.CloneNode(true))), new StyleRunProperties(run.ChildElements.Select(e => e.CloneNode(true))));
        return style;
    }
    var times = new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman", EastAsia = "Times New Roman" };
    var cellBorder = new TableBorders(
        new TopBorder { Val = BorderValues.Single, Size = 4, Color = "000000" }, new LeftBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
        new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "000000" }, new RightBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
        new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "000000" }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "000000" });
    return new Styles(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(times, new FontSize { Val = "28" }, new FontSizeComplexScript { Val = "28" }, new Languages { Val = "vi-VN" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }))),
        new Style(new StyleName { Val = "Normal" }, new PrimaryStyle(),
            new StyleParagraphProperties(new SpacingBetweenLines { Before = "0", After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto },
                new Indentation { FirstLine = "567" }, new Justification { Val = JustificationValues.Both }),
            new StyleRunProperties(new FontSize { Val = "28" }, new FontSizeComplexScript { Val = "28" })) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
        Paragraph("Heading1", "heading 1", Block(JustificationValues.Both, 567, 120, 120, keepNext: true), Font(28, bold: true), outline: 0),
        Paragraph("Heading2", "heading 2", Block(JustificationValues.Both, 567, 60, 60, keepNext: true), Font(28, bold: true, italic: true), outline: 1),
        Paragraph("Title", "Title", Block(JustificationValues.Center), Font(28, bold: true)),
        Paragraph("Subtitle", "Subtitle", Block(JustificationValues.Center), Font(28, bold: true)),
        Paragraph("Masthead", "Masthead", Block(JustificationValues.Center), Font(26)),
        Paragraph("MastheadBold", "Masthead Bold", Block(JustificationValues.Center), Font(26, bold: true)),
        Paragraph("NationalName", "National Name", Block(JustificationValues.Center), Font(24, bold: true)),
        Paragraph("Motto", "Motto", Block(JustificationValues.Center), Font(26, bold: true, underline: true)),
        Paragraph("PlaceDate", "Place Date", Block(JustificationValues.Center, before: 120), Font(26, italic: true)),
        Paragraph("TableText", "Table Text", Block(JustificationValues.Left), Font(22)),
        Paragraph("TableNumber", "Table Number", Block(JustificationValues.Right), Font(22)),
        Paragraph("TableHeading", "Table Heading", Block(JustificationValues.Center), Font(22, bold: true)),
        Paragraph("Figure", "Figure", Block(JustificationValues.Center, before: 120, keepNext: true), Font(28)),
        Paragraph("Caption", "Caption", Block(JustificationValues.Center, after: 120), Font(24, italic: true)),
        Paragraph("Note", "Note", Block(JustificationValues.Both, 567, 0, 120), Font(24, italic: true)),
        Paragraph("Placeholder", "Placeholder", Block(JustificationValues.Both, 567, 0, 120), Font(28, italic: true)),
        Paragraph("RecipientsHeading", "Recipients Heading", Block(JustificationValues.Left, before: 240), Font(24, bold: true, italic: true)),
        Paragraph("Recipients", "Recipients", Block(JustificationValues.Left), Font(22)),
        Paragraph("Signature", "Signature", Block(JustificationValues.Center), Font(28, bold: true)),
        Paragraph("Header", "header", Block(JustificationValues.Center), Font(28)),
        new Style(new StyleName { Val = "Report Table" }, new BasedOn { Val = "TableNormal" },
            new StyleTableProperties(cellBorder, new TableCellMarginDefault(
                new TopMargin { Width = "20", Type = TableWidthUnitValues.Dxa }, new TableCellLeftMargin { Width = 70, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "20", Type = TableWidthUnitValues.Dxa }, new TableCellRightMargin { Width = 70, Type = TableWidthValues.Dxa })))
        { Type = StyleValues.Table, StyleId = "ReportTable", CustomStyle = true },
        new Style(new StyleName { Val = "Normal Table" }, new UIPriority { Val = 99 }, new SemiHidden(),
            new StyleTableProperties(new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
                new TableCellMarginDefault(new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa }, new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa }, new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })))
        { Type = StyleValues.Table, StyleId = "TableNormal", Default = true });
}
