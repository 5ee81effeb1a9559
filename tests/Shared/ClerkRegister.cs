using OfficeOpenXml;
using Reporting.Registers.Schema;

namespace Reporting.Testing;

/// <summary>
/// The register of tests/Corpus that other programs save and clerks retype: two villages, four
/// households, a clan and a unit of 2019, with Vietnamese names the legacy encodings must survive.
/// </summary>
public static class ClerkRegister
{
    public const int Year = 2019;

    public static IReadOnlyList<string> VillageNames { get; } = ["Thôn Phú Hòa", "Xóm Mới"];

    public static IReadOnlyList<string> HouseholdNames { get; } = ["Nguyễn Văn An", "Trần Thị Bích", "Lê Văn Cường", "Phạm Thị Dung"];

    public static RegisterBuilder Of(string commune, int year = Year) => RegisterBuilder.Commune(commune, year)
        .Village("01", 12, Steps.Recognized(year), name: VillageNames[0]).Village("02", 8, Steps.Registered(year), name: VillageNames[1])
        .Household("0001", "01", Steps.Recognized(year), head: HouseholdNames[0]).Household("0002", "01", Steps.Evaluated(year, passed: false), head: HouseholdNames[1])
        .Household("0003", "02", Steps.Registered(year), head: HouseholdNames[2]).Household("0004", "02", Steps.None, head: HouseholdNames[3])
        .Clan("DH01", "01", Steps.Recognized(year)).Unit("DV01", Steps.Evaluated(year, passed: true));

    /// <summary>A commune's register of <paramref name="year"/> as a file: 20 households in one village, two recognised, and one recognised without registering, whose row is rejected.</summary>
    public static byte[] PartlyValid(string commune, int year)
    {
        var path = Path.Combine(Path.GetTempPath(), $"partly-valid-{Guid.NewGuid():N}.xlsx");
        RegisterBuilder.Commune(commune, year).Village("01", 20, Steps.None)
            .Household("0001", "01", Steps.Recognized(year)).Household("0002", "01", Steps.Recognized(year))
            .Household("0003", "01", Steps.RecognizedWithoutRegistration(year)).SaveAs(path);
        var bytes = File.ReadAllBytes(path);
        File.Delete(path);
        return bytes;
    }

    /// <summary>Retypes the names (and the <c>Chủ hộ</c> header) as <paramref name="typed"/> spells them, in <paramref name="font"/>.</summary>
    public static void RetypeNames(ExcelPackage package, Func<string, string> typed, string font)
    {
        void Put(ExcelRange cell, string text)
        {
            cell.Value = typed(text);
            cell.Style.Font.Name = font;
        }
        for (var i = 0; i < VillageNames.Count; i++)
            Put(package.Workbook.Worksheets[RegisterSchema.VillageSheet].Cells[3 + i, 2], VillageNames[i]);
        for (var i = 0; i < HouseholdNames.Count; i++)
            Put(package.Workbook.Worksheets[RegisterSchema.FamilySheet].Cells[3 + i, 2], HouseholdNames[i]);
        Put(package.Workbook.Worksheets[RegisterSchema.FamilySheet].Cells[2, 2], "Chủ hộ");
    }
}
