using System.IO.Compression;
using System.Text;
using Reporting.Registers.Reading;
using Reporting.Registers.Reading.Formats;

namespace Reporting.Registers.Tests;

/// <summary>
/// The worksheet scanner reads XML as the standard allows writers to put it, not only as Excel
/// does; each case is a hand-written part whose cells are known.
/// </summary>
[TestClass]
public sealed class WorksheetXmlTests
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    [TestMethod]
    public void Cells_with_a_namespace_prefix_read_as_without()
    {
        var sheet = Read($"""<x:worksheet xmlns:x="{Main}"><x:sheetData><x:row x:r="2"><x:c r="B2" t="inlineStr"><x:is><x:t>Thôn 1</x:t></x:is></x:c><x:c r="C2"><x:v>12</x:v></x:c></x:row></x:sheetData></x:worksheet>""");
        Assert.AreEqual("Thôn 1", sheet.Value(2, 2));
        Assert.AreEqual(12d, sheet.Value(2, 3));
    }

    [TestMethod]
    public void Entities_character_references_and_CDATA_become_their_text()
    {
        var sheet = Read(Worksheet("""
            <row r="1"><c r="A1" t="inlineStr"><is><t>Nguy&#7877;n &amp; Con &lt;1&gt; &#x110;&quot;&apos;</t></is></c>
            <c r="B1" t="inlineStr"><is><t><![CDATA[a<b & c]]></t></is></c>
            <c r="C1" t="str"><v>x&amp;y</v></c></row>
            """));
        Assert.AreEqual("Nguyễn & Con <1> Đ\"'", sheet.Value(1, 1));
        Assert.AreEqual("a<b & c", sheet.Value(1, 2));
        Assert.AreEqual("x&y", sheet.Value(1, 3));
    }

    [TestMethod]
    public void Comments_instructions_whitespace_and_quoted_angle_brackets_do_not_disturb_the_cells()
    {
        var sheet = Read(Worksheet("""
            <!-- <row r="9"><c r="A9"><v>99</v></c></row> -->
            <row r="1" note="a>b"><?app hint?><c r="A1" s="0" note='>'> <v> 7<!-- c --> </v> <!-- c --> </c></row>
            """));
        Assert.AreEqual(7d, sheet.Value(1, 1));
        Assert.AreEqual(1, sheet.LastRow);
    }

    [TestMethod]
    public void Rows_and_cells_without_references_follow_the_previous_ones()
    {
        var sheet = Read(Worksheet("""<row><c><v>1</v></c><c><v>2</v></c><c r="E1"><v>5</v></c><c><v>6</v></c></row><row><c><v>7</v></c></row>"""));
        Assert.AreEqual(2d, sheet.Value(1, 2));
        Assert.AreEqual(6d, sheet.Value(1, 6));
        Assert.AreEqual(7d, sheet.Value(2, 1));
    }

    [TestMethod]
    public void Rich_text_joins_its_runs_leaves_out_phonetic_guides_and_keeps_the_first_font()
    {
        var shared = $"""
            <sst xmlns="{Main}" count="2" uniqueCount="2">
            <si><r><rPr><rFont val=".VnTime"/></rPr><t>Nguy</t></r><r><t xml:space="preserve">ễn </t></r><rPh sb="0" eb="1"><t>ignored</t></rPh><r><t>An</t></r></si>
            <si/>
            </sst>
            """;
        var sheet = Read(Worksheet("""<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><r><rPr><rFont val="VNI-Times"/></rPr><t>a</t></r><rPh><t>x</t></rPh></is></c></row>"""), shared);
        Assert.AreEqual("Nguyễn An", sheet.Value(1, 1));
        Assert.AreEqual(".VnTime", sheet[1, 1].Font);
        Assert.AreEqual("", sheet.Value(1, 2));
        Assert.AreEqual("a", sheet.Value(1, 3));
        Assert.AreEqual("VNI-Times", sheet[1, 3].Font);
    }

    [TestMethod]
    public void A_formula_keeps_its_computed_value_and_one_without_is_marked_uncalculated()
    {
        var sheet = Read(Worksheet("""<row r="1"><c r="A1"><f>1+1</f><v>2</v></c><c r="B1"><f>A1*2</f></c><c r="C1"><f/></c><c r="D1"><f>1</f><v></v></c><c r="E1" t="str"><f>""</f><v></v></c></row>"""));
        Assert.AreEqual(2d, sheet.Value(1, 1));
        Assert.IsFalse(sheet.IsUncalculated(1, 1));
        Assert.IsTrue(sheet.IsUncalculated(1, 2));
        Assert.IsTrue(sheet.IsUncalculated(1, 3));
        Assert.IsTrue(sheet.IsUncalculated(1, 4), "an empty <v> as openpyxl writes it");
        Assert.IsFalse(sheet.IsUncalculated(1, 5), "a formula that computed an empty text");
    }

    [TestMethod]
    public void Processing_instructions_inside_cells_and_strings_are_passed_over()
    {
        var shared = $"""<sst xmlns="{Main}"><si><?x y?><t>a</t></si></sst>""";
        var sheet = Read(Worksheet("""<row r="1"><c r="A1"><?x?><v>1<?y?></v></c><c r="B1" t="s"><v>0</v></c></row>"""), shared);
        Assert.AreEqual(1d, sheet.Value(1, 1));
        Assert.AreEqual("a", sheet.Value(1, 2));
    }

    [TestMethod]
    public void A_later_runs_font_is_not_taken_for_the_first_runs()
    {
        var shared = $"""<sst xmlns="{Main}"><si><r><t>Bé </t></r><r><rPr><rFont val=".VnTime"/></rPr><t>An</t></r></si></sst>""";
        Assert.IsNull(Read(Worksheet("""<row r="1"><c r="A1" t="s"><v>0</v></c></row>"""), shared)[1, 1].Font);
    }

    [TestMethod]
    public void A_carriage_return_typed_as_a_reference_survives_beside_a_comment() =>
        Assert.AreEqual("a\rb", Read(Worksheet("""<row r="1"><c r="A1" t="inlineStr"><is><t>a&#13;<!--c-->b</t></is></c></row>""")).Value(1, 1));

    [TestMethod]
    public void Dates_of_a_workbook_counting_from_1904_fall_on_their_day()
    {
        const string styles = $"""<styleSheet xmlns="{Main}"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>""";
        // Serial 42050 in the 1904 system is 16 February 2019 (1 January 1904 plus 42,050 days).
        var sheet = Read(Worksheet("""<row r="1"><c r="A1" s="1"><v>42050</v></c></row>"""), styles: styles, date1904: true);
        Assert.AreEqual(new DateTime(2019, 2, 16), sheet.Value(1, 1));
    }

    [TestMethod]
    public void A_shared_string_the_workbook_does_not_have_refuses_it_rather_than_reading_a_number() =>
        Assert.ThrowsExactly<RegisterRejectedException>(() => Read(Worksheet("""<row r="1"><c r="A1" t="s"><v>57</v></c></row>"""), $"""<sst xmlns="{Main}"><si><t>a</t></si></sst>"""));

    [TestMethod]
    [DataRow("""<row r="2000000000"><c><v>1</v></c></row>""", DisplayName = "row past the last")]
    [DataRow("""<row r="1"><c r="ZZZZZZZZZZZZ1"><v>1</v></c></row>""", DisplayName = "column past the last")]
    public void A_cell_past_the_last_row_or_column_of_a_sheet_is_refused(string rows) =>
        Assert.ThrowsExactly<RegisterRejectedException>(() => Read(Worksheet(rows)));

    [TestMethod]
    public void Bytes_that_are_not_UTF_8_are_refused_not_read_as_replacement_characters()
    {
        var xml = Encoding.UTF8.GetBytes(Worksheet("""<row r="1"><c r="A1" t="inlineStr"><is><t>Nguy?n</t></is></c></row>"""));
        xml[Array.IndexOf(xml, (byte)'?', 60)] = 0xE9;
        Assert.ThrowsExactly<RegisterRejectedException>(() => Read(xml));
    }

    [TestMethod]
    public void A_part_declaring_another_encoding_is_read_in_it()
    {
        var xml = Encoding.Latin1.GetBytes(Worksheet("""<row r="1"><c r="A1" t="inlineStr"><is><t>Café</t></is></c></row>""").Replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\""));
        Assert.AreEqual("Café", Read(xml).Value(1, 1));
    }

    [TestMethod]
    public void A_worksheet_saved_as_UTF_16_reads_as_UTF_8()
    {
        var xml = Worksheet("""<row r="1"><c r="A1" t="inlineStr"><is><t>Đạt</t></is></c></row>""");
        var sheet = Read(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(xml)).ToArray());
        Assert.AreEqual("Đạt", sheet.Value(1, 1));
    }

    [TestMethod]
    public void A_document_type_is_refused_before_any_entity_is_expanded()
    {
        var xml = $"""<!DOCTYPE w [<!ENTITY a "aaaaaaaaaa">]><worksheet xmlns="{Main}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&a;</t></is></c></row></sheetData></worksheet>""";
        var refused = Assert.ThrowsExactly<RegisterRejectedException>(() => Read(xml));
        StringAssert.Contains(refused.Message, "document type");
    }

    [TestMethod]
    public void Nesting_deeper_than_any_workbook_has_is_refused()
    {
        var deep = string.Concat(Enumerable.Repeat("<g>", 100)) + string.Concat(Enumerable.Repeat("</g>", 100));
        var refused = Assert.ThrowsExactly<RegisterRejectedException>(() => Read(Worksheet($"<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>{deep}")));
        StringAssert.Contains(refused.Message, "nested");
    }

    [TestMethod]
    [DataRow("""<row r="1"><c r="A1"><v>1</v></row>""", DisplayName = "cell not closed")]
    [DataRow("""<row r="1"><c r="A1"><v>1</c></v></row>""", DisplayName = "end tags crossed")]
    [DataRow("""<row r="1"><c r="A1"><v>1</v></c>""", DisplayName = "part cut off")]
    [DataRow("""<row r="1"><c r="A1" t="inlineStr"><is><t>&nbsp;</t></is></c></row>""", DisplayName = "unknown entity")]
    [DataRow("""<row r="1"><c r="A1" s=1><v>1</v></c></row>""", DisplayName = "unquoted attribute")]
    public void Malformed_XML_refuses_the_workbook_as_unreadable(string rows)
    {
        var refused = Assert.ThrowsExactly<RegisterRejectedException>(() => Read(Worksheet(rows)));
        StringAssert.Contains(refused.MessageVi, "không đọc được");
    }

    private static string Worksheet(string rows) => $"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{Main}"><sheetData>{rows}</sheetData></worksheet>""";

    private static SheetGrid Read(string worksheet, string? sharedStrings = null, string? styles = null, bool date1904 = false) =>
        Read(Encoding.UTF8.GetBytes(worksheet), sharedStrings, styles, date1904);

    /// <summary>The smallest workbook Excel opens, holding the given worksheet part.</summary>
    private static SheetGrid Read(byte[] worksheet, string? sharedStrings = null, string? styles = null, bool date1904 = false)
    {
        using var file = new MemoryStream();
        using (var zip = new ZipArchive(file, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Part(string path, byte[] bytes)
            {
                using var stream = zip.CreateEntry(path).Open();
                stream.Write(bytes);
            }
            Part("[Content_Types].xml", Encoding.UTF8.GetBytes("""<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>"""));
            Part("xl/workbook.xml", Encoding.UTF8.GetBytes($"""<workbook xmlns="{Main}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr date1904="{(date1904 ? 1 : 0)}"/><sheets><sheet name="Thon" sheetId="1" r:id="rId1"/></sheets></workbook>"""));
            Part("xl/_rels/workbook.xml.rels", Encoding.UTF8.GetBytes("""<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"""));
            Part("xl/worksheets/sheet1.xml", worksheet);
            if (sharedStrings is not null)
                Part("xl/sharedStrings.xml", Encoding.UTF8.GetBytes(sharedStrings));
            if (styles is not null)
                Part("xl/styles.xml", Encoding.UTF8.GetBytes(styles));
        }
        return WorkbookSheets.Read(file.ToArray(), FileLimits.Default).Single();
    }
}
