using OfficeOpenXml;
using Reporting.Registers.Reading;
using Reporting.Registers.Schema;
using Reporting.Registers.Templates;

namespace Reporting.Registers.Tests;

/// <summary>The blank registers in templates/ must still match what the reader expects.</summary>
[TestClass]
public sealed class ShippedTemplatesTests
{
    private static string TemplatesFolder()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Reporting.sln")))
            folder = folder.Parent;
        return Path.Combine(folder?.FullName ?? throw new InvalidOperationException("Reporting.sln not found above the test folder."), "templates", "registers");
    }

    [TestMethod]
    public void Shipped_commune_template_has_every_sheet_and_column_the_reader_expects() =>
        AssertLayouts(BlankTemplates.CommuneFileName, RegisterSchema.CommuneSheets);

    [TestMethod]
    public void Shipped_district_template_has_every_sheet_and_column_the_reader_expects() =>
        AssertLayouts(BlankTemplates.DistrictFileName, [RegisterSchema.Assessments(15)]);

    private static void AssertLayouts(string fileName, IEnumerable<SheetSpec> sheets)
    {
        using var package = new ExcelPackage(new FileInfo(Path.Combine(TemplatesFolder(), fileName)));
        foreach (var spec in sheets)
        {
            var sheet = package.Workbook.Worksheets[spec.Name];
            Assert.IsNotNull(sheet, spec.Name);
            var layout = SheetLayout.Find(new ExcelRegisterSheet(sheet), spec);
            foreach (var column in spec.Columns)
                Assert.IsNotNull(layout.ColumnOf(column.Header), $"{spec.Name}: {column.Header}");
        }
    }
}
