using Reporting.Domain.Registers;
using Reporting.Registers.Reading;
using Reporting.Testing;

namespace Reporting.Registers.Tests;

/// <summary>
/// The corpus's one register as LibreOffice and the Open XML SDK save it, retyped in TCVN3 and VNI,
/// and reshaped by clerks' habits: every copy reads to the very rows of the register as we write it.
/// </summary>
[TestClass]
public sealed class SameRegisterEverywhereTests
{
    private static readonly RegisterReader Reader = new(RegisterReadingContext.Default);

    private static IReadOnlyList<TitleEntry> Rows(ParsedRegister register) => register.Entries.Select(e => e with { SourceRow = 0 }).ToList();

    [TestMethod]
    [DataRow("22915", "o01_libreoffice.xls")]
    [DataRow("22918", "o02_libreoffice.ods")]
    [DataRow("22921", "o03_libreoffice.xlsx")]
    [DataRow("22927", "t01_tcvn3.xlsx")]
    [DataRow("22930", "t02_tcvn3.xls")]
    [DataRow("22933", "t03_tcvn3.ods")]
    [DataRow("22936", "t04_vni.xlsx")]
    [DataRow("22942", "h02_totals_row.xlsx")]
    [DataRow("22948", "h04_sheet_names.xlsx")]
    [DataRow("22951", "h05_merged_cells.xlsx")]
    [DataRow("22954", "h06_dates_as_text.xlsx")]
    [DataRow("22957", "h07_ticks.xlsx")]
    public void Copy_reads_to_the_rows_of_the_register_as_written(string commune, string file)
    {
        using var registers = new EditedRegisters();
        var original = registers.Read(ClerkRegister.Of(commune), expectedUnit: commune);

        var copy = Reader.ReadWorkbook(File.ReadAllBytes(Path.Combine(RepositoryFolder.Corpus, "communes", commune, $"{commune}_{ClerkRegister.Year}_{file}")),
            EditedRegisters.Expected(commune));

        Assert.AreEqual(original.Header, copy.Header);
        CollectionAssert.AreEqual(Rows(original).ToArray(), Rows(copy).ToArray());
        Assert.IsEmpty(copy.Issues);
    }
}
