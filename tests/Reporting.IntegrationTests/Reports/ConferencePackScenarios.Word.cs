using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Reporting.IntegrationTests.Infrastructure;
using Reporting.Reports.Conference;

namespace Reporting.IntegrationTests.Reports;

/// <summary>
/// The official report of a pack: the Word document checked against Decree 30/2020/NĐ-CP
/// (Appendix I) and the Open XML schema, and its text, and the PDF LibreOffice renders of it,
/// against the same hand-counted figures as the report page.
/// </summary>
public sealed partial class ConferencePackScenarios
{
    private const int Twips = 1440; // per inch
    private static int Millimetres(int mm) => (int)Math.Round(mm * Twips / 25.4);

    private string Word(int year, string unit) => Path.Combine(Pack(year, unit), ConferencePackJob.WordFile);

    private static List<string> Paragraphs(WordprocessingDocument document) =>
        document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText).Where(t => t.Length > 0).ToList();

    private static Style StyleOf(WordprocessingDocument document, Paragraph paragraph)
    {
        var id = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "Normal";
        return document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == id);
    }

    private static Paragraph Find(WordprocessingDocument document, string text) =>
        document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().First(p => p.InnerText == text);

    private static string Normalized(string text) => Regex.Replace(text, @"\s+", " ").Trim();

    [TestMethod]
    public async Task Word_report_passes_the_Open_XML_validator_and_has_the_Decree_30_page()
    {
        await RunAsync(2018, "60");

        using var document = WordprocessingDocument.Open(Word(2018, "60"), false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.IsEmpty(errors, string.Join("\n", errors));

        var section = document.MainDocumentPart!.Document!.Body!.Elements<SectionProperties>().Single();
        var size = section.GetFirstChild<PageSize>()!;
        Assert.AreEqual((11906u, 16838u), (size.Width!.Value, size.Height!.Value), "A4 portrait");
        var margins = section.GetFirstChild<PageMargin>()!;
        Assert.IsTrue(margins.Top!.Value >= Millimetres(20) && margins.Top.Value <= Millimetres(25), $"top {margins.Top.Value}");
        Assert.IsTrue(margins.Bottom!.Value >= Millimetres(20) && margins.Bottom.Value <= Millimetres(25), $"bottom {margins.Bottom.Value}");
        Assert.IsTrue(margins.Left!.Value >= Millimetres(30) && margins.Left.Value <= Millimetres(35), $"left {margins.Left.Value}");
        Assert.IsTrue(margins.Right!.Value >= Millimetres(15) && margins.Right.Value <= Millimetres(20), $"right {margins.Right.Value}");

        var styles = document.MainDocumentPart.StyleDefinitionsPart!.Styles!;
        var fonts = styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.RunFonts!;
        Assert.AreEqual(("Times New Roman", "Times New Roman"), (fonts.Ascii!.Value, fonts.HighAnsi!.Value));
        var normal = styles.Elements<Style>().Single(s => s.StyleId == "Normal");
        var normalSize = int.Parse(normal.StyleRunProperties!.FontSize!.Val!.Value!);
        Assert.IsTrue(normalSize is >= 26 and <= 28, $"body text 13–14 pt, not {normalSize / 2.0} pt");
        Assert.AreEqual(JustificationValues.Both, normal.StyleParagraphProperties!.Justification!.Val!.Value, "body justified");
        Assert.IsTrue(int.Parse(normal.StyleParagraphProperties.Indentation!.FirstLine!.Value!) > 0, "first-line indent");

        // Page numbers centred at the top, none on the first page.
        Assert.IsNotNull(section.GetFirstChild<TitlePage>());
        HeaderPart Header(HeaderFooterValues type) => (HeaderPart)document.MainDocumentPart.GetPartById(section.Elements<HeaderReference>().Single(h => h.Type!.Value == type).Id!.Value!);
        StringAssert.Contains(Header(HeaderFooterValues.Default).Header!.Descendants<SimpleField>().Single().Instruction!.Value!, "PAGE");
        Assert.IsEmpty(Header(HeaderFooterValues.First).Header!.Descendants<SimpleField>());

        // The issuing body under its superior and the national motto, side by side on the first lines.
        var blocks = document.MainDocumentPart.Document.Body.Elements<Table>().First().Elements<TableRow>().Single().Elements<TableCell>().ToList();
        CollectionAssert.AreEqual(new[] { "UBND TỈNH BÌNH THUẬN", "BAN CHỈ ĐẠO XÂY DỰNG XÃ HỘI HỌC TẬP", "Số:       /BC-BCĐ" },
            blocks[0].Elements<Paragraph>().Select(p => p.InnerText).Where(t => t.Length > 0).ToArray());
        CollectionAssert.AreEqual(new[] { "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Phan Thiết, ngày … tháng … năm …" },
            blocks[1].Elements<Paragraph>().Select(p => p.InnerText).Where(t => t.Length > 0).ToArray());
        Assert.IsNull(StyleOf(document, Find(document, "UBND TỈNH BÌNH THUẬN")).StyleRunProperties!.Bold, "the superior body upright");
        Assert.IsNotNull(StyleOf(document, Find(document, "BAN CHỈ ĐẠO XÂY DỰNG XÃ HỘI HỌC TẬP")).StyleRunProperties!.Bold, "the issuing body bold");
        var motto = StyleOf(document, Find(document, "Độc lập - Tự do - Hạnh phúc")).StyleRunProperties!;
        Assert.IsNotNull(motto.Bold);
        Assert.AreEqual(UnderlineValues.Single, motto.Underline!.Val!.Value, "the motto underlined");
        Assert.IsNotNull(StyleOf(document, Find(document, "Phan Thiết, ngày … tháng … năm …")).StyleRunProperties!.Italic);

        var paragraphs = Paragraphs(document);
        CollectionAssert.IsSubsetOf(new[] { "BÁO CÁO SƠ KẾT BA NĂM", "Nơi nhận:", "TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN", "- Lưu: VT." }, paragraphs);
        var recipients = StyleOf(document, Find(document, "Nơi nhận:")).StyleRunProperties!;
        Assert.AreEqual(("24", true, true), (recipients.FontSize!.Val!.Value, recipients.Bold is not null, recipients.Italic is not null), "\"Nơi nhận\" 12 pt bold italic");
        Assert.AreEqual("22", StyleOf(document, Find(document, "- Lưu: VT.")).StyleRunProperties!.FontSize!.Val!.Value, "its entries 11 pt");
        Assert.IsGreaterThan(paragraphs.FindLastIndex(p => p.EndsWith("Kiến nghị, đề xuất", StringComparison.Ordinal)), paragraphs.IndexOf("Nơi nhận:"), "recipients and signature after the last section");

        // Tables repeat their header rows on every page; the charts are pictures.
        var tables = document.MainDocumentPart.Document.Body.Elements<Table>().Skip(1).SkipLast(1).ToList();
        Assert.IsGreaterThan(4, tables.Count);
        Assert.IsTrue(tables.All(t => t.Elements<TableRow>().First().TableRowProperties?.GetFirstChild<TableHeader>() is not null), "every table's header row repeats");
        Assert.IsGreaterThanOrEqualTo(4, document.MainDocumentPart.ImageParts.Count());
    }

    [TestMethod]
    public async Task Word_and_PDF_reports_state_the_hand_counted_figures_and_their_cut_off()
    {
        await RunAsync(2018, "60", PdfRendering.Required);

        using var document = WordprocessingDocument.Open(Word(2018, "60"), false);
        var text = string.Join("\n", Paragraphs(document));
        var pdf = Path.Combine(Pack(2018, "60"), ConferencePackJob.PdfFile);
        var printed = Normalized(await Tools.OutputAsync("pdftotext", "-enc", "UTF-8", pdf, "-"));
        // Counted by hand in the class summary: 2018 has 25 households, 5 registered, 4 recognised.
        const string overview = "Năm 2018, toàn tỉnh có 5 trên 25 hộ đăng ký \"Gia đình hiếu học\" (20,0%) và 4 hộ được công nhận (16,0% số hộ).";
        const string cutOff = "năm 2018, gồm các quyết định công nhận đến 31/03/2019";
        const string shortfall = "chưa đạt chỉ tiêu công nhận \"Gia đình hiếu học\": huyện Phú Quí (15,0%, thấp hơn 55,0 điểm phần trăm) và thị xã La Gi (20,0%, thấp hơn 50,0 điểm phần trăm).";
        foreach (var (name, content) in new[] { ("docx", text), ("pdf", printed) })
        {
            StringAssert.Contains(content, overview, name);
            StringAssert.Contains(content, cutOff, name);
            StringAssert.Contains(content, shortfall, name);
            StringAssert.Contains(content, "1 gia đình", name);
        }
        var family = document.MainDocumentPart!.Document!.Body!.Descendants<TableRow>().First(r => r.Elements<TableCell>().FirstOrDefault()?.InnerText == "Gia đình hiếu học");
        CollectionAssert.AreEqual(new[] { "Gia đình hiếu học", "25 hộ", "5", "20,0%", "4", "16,0%", "70,0%", "−54,0", "1" }, family.Elements<TableCell>().Select(c => c.InnerText).ToArray());
        foreach (var section in new[] { "Hạn chế, nguyên nhân", "Bài học kinh nghiệm", "Nhiệm vụ, giải pháp thời gian tới", "Kiến nghị, đề xuất" })
            Assert.IsTrue(Paragraphs(document).Any(p => p.EndsWith(section, StringComparison.Ordinal)), section);

        // The exemplars' names live in the annex; the report keeps their counts.
        Assert.IsFalse(text.Contains("Chủ hộ 0001", StringComparison.Ordinal));

        // Page numbers from page 2, and the serif font embedded (Liberation Serif standing in for Times New Roman).
        var second = (await Tools.OutputAsync("pdftotext", "-f", "2", "-l", "2", "-enc", "UTF-8", pdf, "-")).Split('\n').Select(l => l.Trim()).First(l => l.Length > 0);
        Assert.AreEqual("2", second);
        var first = (await Tools.OutputAsync("pdftotext", "-f", "1", "-l", "1", "-enc", "UTF-8", pdf, "-")).Split('\n').Select(l => l.Trim()).First(l => l.Length > 0);
        Assert.AreNotEqual("1", first);
        var fonts = await Tools.OutputAsync("pdffonts", pdf);
        Assert.IsTrue(fonts.Contains("LiberationSerif", StringComparison.Ordinal) || fonts.Contains("TimesNewRoman", StringComparison.Ordinal), fonts);
    }

    [TestMethod]
    public async Task No_text_a_reader_sees_names_a_file_or_a_folder()
    {
        await RunAsync(2018, "602");

        using var document = WordprocessingDocument.Open(Word(2018, "602"), false);
        var html = Report(2018, "602").Body!.TextContent;
        foreach (var (name, text) in new[] { ("docx", string.Join("\n", Paragraphs(document))), ("html", html) })
            foreach (var internalName in new[] { "reports-output", ".xlsx", ".png", ".svg", "manifest", "charts/", "phu-luc", "{{" })
                Assert.IsFalse(text.Contains(internalName, StringComparison.OrdinalIgnoreCase), $"{name} mentions {internalName}");
    }

    [TestMethod]
    public async Task Configured_issuer_fills_the_number_place_date_signer_and_recipients()
    {
        _conference = new ConferenceOptions
        {
            Districts =
            {
                ["602"] = new IssuerOption { Number = "7", Place = "Phú Quí", Date = new DateOnly(2018, 2, 5), SignerName = "Nguyễn Văn An", Recipients = ["UBND huyện (b/c);", "Lưu: VT."] },
            },
        };

        await RunAsync(2018, "602");

        using var document = WordprocessingDocument.Open(Word(2018, "602"), false);
        CollectionAssert.IsSubsetOf(new[] { "UBND HUYỆN PHÚ QUÍ", "Số: 07/BC-BCĐ", "Phú Quí, ngày 05 tháng 02 năm 2018", "Nguyễn Văn An", "- UBND huyện (b/c);", "- Lưu: VT." },
            Paragraphs(document));
    }

    [TestMethod]
    public async Task Word_template_with_an_unknown_placeholder_fails_with_its_name()
    {
        var template = Path.Combine(_templates, "conference", ConferencePackJob.WordTemplate);
        using (var document = WordprocessingDocument.Open(template, true))
        {
            var text = document.MainDocumentPart!.Document!.Body!.Descendants<Text>().First(t => t.Text.Contains("{{ number }}", StringComparison.Ordinal));
            text.Text = text.Text.Replace("{{ number }}", "{{ numbr }}", StringComparison.Ordinal);
        }

        var error = await Assert.ThrowsExactlyAsync<Reporting.Reports.Excel.TemplateException>(() => RunAsync(2018, "602"));

        StringAssert.Contains(error.Message, "bao-cao.docx");
        StringAssert.Contains(error.Message, "{{ numbr }}");
    }
}
