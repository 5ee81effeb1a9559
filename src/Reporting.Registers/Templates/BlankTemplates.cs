using Reporting.Domain.Circular44;
using Reporting.Registers.Schema;
using Reporting.Registers.Workbooks;
using Info = Reporting.Registers.Schema.RegisterSchema.Info;

namespace Reporting.Registers.Templates;

/// <summary>The blank registers units fill in, generated from the same schema the reader uses.</summary>
public static class BlankTemplates
{
    public const string CommuneFileName = "mau-so-theo-doi-cap-xa.xlsx";
    public const string DistrictFileName = "mau-so-theo-doi-cap-huyen.xlsx";

    public static IReadOnlyList<string> Write(string folder, Circular44Scale scale)
    {
        var commune = Path.Combine(folder, CommuneFileName);
        using (var writer = new RegisterWorkbookWriter())
        {
            writer.WriteInfo(InfoLines("Xã"));
            foreach (var sheet in RegisterSchema.CommuneSheets)
                writer.WriteSheet(sheet, []);
            writer.SaveAs(commune);
        }
        var district = Path.Combine(folder, DistrictFileName);
        using (var writer = new RegisterWorkbookWriter())
        {
            writer.WriteInfo(InfoLines("Huyện"));
            writer.WriteSheet(RegisterSchema.Assessments(scale.CriterionCount), []);
            writer.SaveAs(district);
        }
        return [commune, district];
    }

    private static (string, object?)[] InfoLines(string level) =>
    [
        (Info.UnitCode, null),
        (Info.UnitName, null),
        (Info.Level, level),
        (Info.Year, null),
        (Info.UpdatedOn, null),
        (Info.PreparedBy, null),
    ];
}
