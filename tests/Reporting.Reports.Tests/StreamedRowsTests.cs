using OfficeOpenXml;
using OfficeOpenXml.Style;
using Reporting.Reports.Excel;

namespace Reporting.Reports.Tests;

/// <summary>Rows streamed into a saved workbook in the place of its samples read back as EPPlus would have written them.</summary>
[TestClass]
public sealed class StreamedRowsTests
{
    [TestMethod]
    public void Streamed_text_stays_text_takes_its_samples_borders_and_quotes_what_looks_like_a_formula()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("streamed-").FullName, "book.xlsx");
        using (var package = new ExcelPackage())
        {
            TableSheet.Write(package.Workbook.Worksheets.Add("Trước"), 1, "Trước", [new("A", 10)], [["giữ nguyên"]]);
            TableSheet.Write(package.Workbook.Worksheets.Add("Danh sách"), 1, "Danh sách", [new("Tên", 20), new("Ghi chú", 20), new("Số", 8)], StreamedRows.Samples(3));
            package.SaveAs(new FileInfo(path));
        }

        StreamedRows.Write(path, "Danh sách", 3, [["=1+1", "a < b & c > d", null], ["Nguyễn Văn Ấn", "", "0012"], ["+84", "@x", "-"]]);

        using var read = new ExcelPackage(new FileInfo(path));
        var sheet = read.Workbook.Worksheets["Danh sách"];
        var cells = Enumerable.Range(3, 3).Select(r => Enumerable.Range(1, 3).Select(c => sheet.Cells[r, c].Text).ToArray()).ToList();
        CollectionAssert.AreEqual(new[] { "=1+1", "a < b & c > d", "" }, cells[0]);
        CollectionAssert.AreEqual(new[] { "Nguyễn Văn Ấn", "", "0012" }, cells[1]);
        CollectionAssert.AreEqual(new[] { "+84", "@x", "-" }, cells[2]);
        Assert.AreEqual(5, sheet.Dimension.End.Row, "the samples are gone, the rows in their place");
        Assert.AreEqual("", sheet.Cells[3, 1].Formula, "text that looks like a formula is never one");
        Assert.IsTrue(sheet.Cells[3, 1].Style.QuotePrefix && sheet.Cells[5, 2].Style.QuotePrefix, "and is quoted, as the second sample is");
        Assert.IsFalse(sheet.Cells[4, 1].Style.QuotePrefix);
        Assert.AreEqual(ExcelBorderStyle.Thin, sheet.Cells[5, 3].Style.Border.Bottom.Style);
        Assert.AreEqual("giữ nguyên", read.Workbook.Worksheets["Trước"].Cells[3, 1].Text, "the other sheets copied as they were");
    }
}
