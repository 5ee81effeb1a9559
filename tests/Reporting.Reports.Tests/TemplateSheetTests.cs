using OfficeOpenXml;
using Reporting.Reports.Excel;
using Reporting.Reports.Monthly;
using Reporting.Testing;

namespace Reporting.Reports.Tests;

/// <summary>How a template sheet is filled: placeholders, model rows, formulas and the errors a designer sees.</summary>
[TestClass]
public sealed class TemplateSheetTests
{
    private static readonly Dictionary<string, string> Scalars = new() { ["year"] = "2018" };

    /// <summary>A sheet "Bảng" with a title, item/group/total model rows on rows 3–5 and a note on row 7.</summary>
    private static ExcelPackage Template(Action<ExcelWorksheet>? edit = null)
    {
        var package = new ExcelPackage();
        var sheet = package.Workbook.Worksheets.Add("Bảng");
        sheet.Cells["A1"].Value = "Năm {year}";
        sheet.Cells["A3"].Value = "{#group}";
        sheet.Cells["B3"].Value = "{name}";
        sheet.Cells["C3"].Value = "{sum}";
        sheet.Cells["A4"].Value = "{#item}";
        sheet.Cells["B4"].Value = "{name}";
        sheet.Cells["C4"].Value = "{count}";
        sheet.Cells["C4"].Style.Numberformat.Format = "#,##0";
        sheet.Cells["D4"].Formula = "IF(C4=0,\"\",C4*2)";
        sheet.Cells["A5"].Value = "{#total}";
        sheet.Cells["B5"].Value = "Toàn tỉnh";
        sheet.Cells["C5"].Value = "{sum}";
        sheet.Cells["A7"].Value = "Ghi chú năm {year}";
        edit?.Invoke(sheet);
        return package;
    }

    private static Dictionary<string, object?> Item(string name, object? count) => new() { ["name"] = name, ["count"] = count };

    [TestMethod]
    public void Rows_replace_the_model_rows_with_their_style_formulas_and_outline()
    {
        using var package = Template();
        var sheet = TemplateSheet.Open(package, "mẫu", "Bảng", Scalars);

        sheet.WriteGroup(new Dictionary<string, object?> { ["name"] = "Huyện A" }, [Item("Xã 1", 2L), Item("Xã 2", 3L)]);
        sheet.WriteGroup(new Dictionary<string, object?> { ["name"] = "Huyện B" }, [Item("Xã 3", 5L)]);
        sheet.WriteTotal(new Dictionary<string, object?>());
        package.Workbook.Calculate();

        var cells = sheet.Worksheet.Cells;
        Assert.AreEqual("Năm 2018", cells["A1"].Value);
        Assert.AreEqual(("Huyện A", "SUBTOTAL(9,C4:C5)", 5d), (cells["B3"].Value, cells["C3"].Formula, Convert.ToDouble(cells["C3"].Value)));
        Assert.AreEqual(("Xã 1", 1, "#,##0"), (cells["B4"].Value, Convert.ToInt32(cells["A4"].Value), cells["C4"].Style.Numberformat.Format));
        Assert.AreEqual("IF(C5=0,\"\",C5*2)", cells["D5"].Formula, "the model row's formula, moved to the row it fills");
        Assert.AreEqual((1, 0), (sheet.Worksheet.Row(4).OutlineLevel, sheet.Worksheet.Row(3).OutlineLevel));
        Assert.AreEqual(("Toàn tỉnh", "SUBTOTAL(9,C3:C7)", 10d), (cells["B8"].Value, cells["C8"].Formula, Convert.ToDouble(cells["C8"].Value)));
        Assert.AreEqual("Ghi chú năm 2018", cells["A10"].Value, "what lay below the model rows moves down");
        CollectionAssert.AreEqual(new[] { 4, 5, 7 }, sheet.ItemRows);
    }

    [TestMethod]
    public void Text_that_looks_like_a_formula_is_written_as_quoted_text()
    {
        using var package = Template();
        var sheet = TemplateSheet.Open(package, "mẫu", "Bảng", Scalars);

        sheet.WriteItems([Item("=HYPERLINK(\"http://x\")", 1L), Item("@SUM(A1)", 1L), Item("-1+1", 1L), Item("\tTab", 1L), Item("Xã Bình", 1L)]);

        var cells = sheet.Worksheet.Cells;
        for (var row = 3; row <= 6; row++)
        {
            Assert.IsInstanceOfType<string>(cells[row, 2].Value);
            Assert.AreEqual(string.Empty, cells[row, 2].Formula);
            Assert.IsTrue(cells[row, 2].Style.QuotePrefix, cells[row, 2].Text);
        }
        Assert.IsFalse(cells[7, 2].Style.QuotePrefix);
    }

    [TestMethod]
    public void Missing_field_names_the_template_sheet_and_cell()
    {
        using var package = Template();
        var sheet = TemplateSheet.Open(package, "monthly/mẫu.xlsx", "Bảng", Scalars);

        var error = Assert.ThrowsExactly<TemplateException>(() => sheet.WriteItems([new Dictionary<string, object?> { ["name"] = "Xã 1" }]));

        StringAssert.Contains(error.Message, "monthly/mẫu.xlsx");
        StringAssert.Contains(error.Message, "\"Bảng\"");
        StringAssert.Contains(error.Message, "C3");
        StringAssert.Contains(error.Message, "{count}");
    }

    [TestMethod]
    public void Unknown_placeholder_in_a_title_fails_with_its_cell()
    {
        using var package = Template(sheet => sheet.Cells["A2"].Value = "Tháng {thang}");

        var error = Assert.ThrowsExactly<TemplateException>(() => TemplateSheet.Open(package, "mẫu", "Bảng", Scalars));

        StringAssert.Contains(error.Message, "A2");
        StringAssert.Contains(error.Message, "{thang}");
    }

    [TestMethod]
    public void Missing_sheet_or_item_row_is_a_template_error()
    {
        using var package = Template(sheet => sheet.Cells["A4"].Value = "STT");

        StringAssert.Contains(Assert.ThrowsExactly<TemplateException>(() => TemplateSheet.Open(package, "mẫu", "Bảng", Scalars)).Message, "{#item}");
        StringAssert.Contains(Assert.ThrowsExactly<TemplateException>(() => TemplateSheet.Open(package, "mẫu", "Tiến độ", Scalars)).Message, "thiếu sheet \"Tiến độ\"");
    }

    [TestMethod]
    public void Shipped_monthly_template_has_every_sheet_the_summary_fills()
    {
        var path = MonthlyTemplate.PathIn(Path.Combine(RepositoryFolder.Root, "templates"));
        using var package = new ExcelPackage(new FileInfo(path));

        CollectionAssert.AreEqual(
            new[] { MonthlyTemplate.Summary, MonthlyTemplate.Communes, MonthlyTemplate.Progress, MonthlyTemplate.Submissions, MonthlyTemplate.Errors, MonthlyTemplate.Charts },
            package.Workbook.Worksheets.Select(w => w.Name).ToArray());
        var summary = TemplateSheet.Open(package, MonthlyWorkbook.TemplateName, MonthlyTemplate.Summary, new Dictionary<string, string> { ["year"] = "2018", ["as_of"] = "31/12/2018", ["cut_off"] = "Số liệu năm 2018 tính đến ngày 31/12/2018.", ["target_year"] = "2020" });
        Assert.AreEqual(4, summary.ColumnOf("family.eligible"));
        Assert.AreEqual(6, summary.FormulaColumnAfter("family.registered"));
        Assert.AreEqual(8, summary.FormulaColumnAfter("family.recognized"));
    }

    [TestMethod]
    public void Shipped_template_rounds_a_share_at_the_half_up_as_the_figures_do()
    {
        using var package = new ExcelPackage(new FileInfo(MonthlyTemplate.PathIn(Path.Combine(RepositoryFolder.Root, "templates"))));
        var summary = TemplateSheet.Open(package, MonthlyWorkbook.TemplateName, MonthlyTemplate.Summary, new Dictionary<string, string> { ["year"] = "2018", ["as_of"] = "31/12/2018", ["cut_off"] = "Số liệu năm 2018 tính đến ngày 31/12/2018.", ["target_year"] = "2020" });
        var values = new Dictionary<string, object?> { ["code"] = "602", ["name"] = "Huyện Phú Quí" };
        foreach (var key in new[] { "family", "clan", "community", "unit" })
        {
            values[$"{key}.eligible"] = 400L;
            values[$"{key}.registered"] = 201L;
            values[$"{key}.recognized"] = 201L;
            values[$"{key}.target"] = 0.7m;
        }

        summary.WriteItems([values]);
        package.Workbook.Calculate();

        // 201/400 = 50.25%: figures.md rounds half away from zero to 50.3%.
        Assert.AreEqual(0.503, (double)summary.Worksheet.Cells[summary.ItemRows[0], summary.FormulaColumnAfter("family.registered")].Value, 1e-12);
    }
}
