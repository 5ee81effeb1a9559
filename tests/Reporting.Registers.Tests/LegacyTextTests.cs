using System.Text;
using Reporting.Registers.Reading.Encodings;
using Reporting.Registers.Reading.Formats;

namespace Reporting.Registers.Tests;

[TestClass]
public sealed class LegacyTextTests
{
    private static SheetGrid Grid(string name, params (int Row, int Column, string Text, string? Font)[] cells)
    {
        var grid = new SheetGrid(name);
        foreach (var (row, column, text, font) in cells)
            grid.Set(row, column, new Cell(text, font: font));
        return grid;
    }

    private static string? Text(SheetGrid grid, int row, int column) => grid.Value(row, column) as string;

    [TestMethod]
    public void Text_in_a_Tcvn3_font_is_converted_and_the_sheet_says_so()
    {
        var grid = Grid("GiaDinh", (1, 1, "Chủ hộ", "Times New Roman"), (2, 1, "NguyÔn V¨n An", ".VnTime"), (3, 1, "Lª ThÞ Hoa", ".VnTime"));

        var notices = LegacyText.ToUnicode([grid]);

        Assert.AreEqual(("Chủ hộ", "Nguyễn Văn An", "Lê Thị Hoa"), (Text(grid, 1, 1), Text(grid, 2, 1), Text(grid, 3, 1)));
        Assert.AreEqual("Sheet GiaDinh: 2 ô gõ bằng bảng mã TCVN3 — đã chuyển sang Unicode. Lần sau xin gõ bằng Unicode (phông Times New Roman).", notices.Single());
    }

    [TestMethod]
    public void Text_in_a_capitals_font_is_converted_to_capitals()
    {
        var grid = Grid("GiaDinh", (1, 1, "nguyÔn v¨n an", ".VnTimeH"));

        LegacyText.ToUnicode([grid]);

        Assert.AreEqual("NGUYỄN VĂN AN", Text(grid, 1, 1));
    }

    [TestMethod]
    public void Text_in_a_Vni_font_is_converted()
    {
        var grid = Grid("GiaDinh", (1, 1, "Nguyeãn Vaên An", "VNI-Times"));

        StringAssert.Contains(LegacyText.ToUnicode([grid]).Single(), "VNI-Windows");
        Assert.AreEqual("Nguyễn Văn An", Text(grid, 1, 1));
    }

    [TestMethod]
    public void Without_fonts_the_characters_tell_and_the_template_labels_stay()
    {
        // As an .xls gives it: no fonts. The template's labels are Unicode; the clerk typed the rows in TCVN3.
        var grid = Grid("Th«n",
            (1, 1, "Mã thôn", null), (1, 2, "Tên thôn", null), (1, 3, "Loại", null),
            (2, 1, "T01", null), (2, 2, "Êp 1", null), (2, 3, "th«n", null),
            (3, 1, "T02", null), (3, 2, "Xãm Míi", null));

        var notices = LegacyText.ToUnicode([grid]);

        Assert.AreEqual("Thôn", grid.Name);
        CollectionAssert.AreEqual(new[] { "Mã thôn", "Tên thôn", "Loại", "ấp 1", "thôn", "Xóm Mới" },
            new[] { Text(grid, 1, 1), Text(grid, 1, 2), Text(grid, 1, 3), Text(grid, 2, 2), Text(grid, 2, 3), Text(grid, 3, 2) });
        Assert.AreEqual("Sheet Thôn (tên gõ là \"Th«n\"): 3 ô gõ bằng bảng mã TCVN3 — đã chuyển sang Unicode. Lần sau xin gõ bằng Unicode (phông Times New Roman).", notices.Single());
    }

    [TestMethod]
    public void Unicode_workbook_is_left_as_typed()
    {
        var decomposed = "Thôn Bàu Trắng".Normalize(NormalizationForm.FormD);
        var grid = Grid("Thon", (1, 1, "Mã thôn", "Arial"), (2, 1, decomposed, "Arial"), (3, 1, "Thôn Bàu", null));

        Assert.IsEmpty(LegacyText.ToUnicode([grid]));
        Assert.AreEqual((decomposed, "Thôn Bàu"), (Text(grid, 2, 1), Text(grid, 3, 1)));
    }
}
