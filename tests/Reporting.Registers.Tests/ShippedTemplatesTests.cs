using Reporting.Registers.Reading;
using Reporting.Registers.Reading.Formats;
using Reporting.Registers.Schema;
using Reporting.Registers.Templates;
using Reporting.Testing;

namespace Reporting.Registers.Tests;

/// <summary>The blank registers in templates/ must still match what the reader expects.</summary>
[TestClass]
public sealed class ShippedTemplatesTests
{
    [TestMethod]
    public void Shipped_commune_template_has_every_sheet_and_column_the_reader_expects() =>
        AssertLayouts(BlankTemplates.CommuneFileName, RegisterSchema.CommuneSheets);

    [TestMethod]
    public void Shipped_district_template_has_every_sheet_and_column_the_reader_expects() =>
        AssertLayouts(BlankTemplates.DistrictFileName, [RegisterSchema.Assessments(15)]);

    private static void AssertLayouts(string fileName, IEnumerable<SheetSpec> sheets)
    {
        var workbook = WorkbookSheets.Read(File.ReadAllBytes(Path.Combine(RepositoryFolder.Root, "templates", "registers", fileName)), FileLimits.Default);
        foreach (var spec in sheets)
        {
            var sheet = workbook.SingleOrDefault(s => s.Name == spec.Name);
            Assert.IsNotNull(sheet, spec.Name);
            var layout = SheetLayout.Find(sheet, spec);
            foreach (var column in spec.Columns)
                Assert.IsNotNull(layout.ColumnOf(column.Header), $"{spec.Name}: {column.Header}");
        }
    }
}
