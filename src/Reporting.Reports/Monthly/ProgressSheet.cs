using OfficeOpenXml;
using Reporting.Domain.Titles;
using Reporting.Domain.Units;
using Reporting.Figures;
using Reporting.Reports.Excel;

namespace Reporting.Reports.Monthly;

/// <summary><i>Tiến độ</i>: what the month added, per district and title.</summary>
internal static class ProgressSheet
{
    public static TemplateSheet Fill(ExcelPackage package, MonthlyFigures figures, IReadOnlyDictionary<string, string> scalars)
    {
        var sheet = TemplateSheet.Open(package, MonthlyWorkbook.TemplateName, MonthlyTemplate.Progress, scalars);
        var previous = figures.Previous.ToDictionary(r => (r.Level, r.UnitCode, r.Title));
        var items = new List<IReadOnlyDictionary<string, object?>>();
        foreach (var district in FigureSheets.ByUnit(figures.At(UnitLevel.District)))
        {
            var values = new Dictionary<string, object?> { ["code"] = district[0].UnitCode, ["name"] = district[0].UnitName };
            foreach (var title in MonthlyTemplate.Titles)
            {
                var now = district.SingleOrDefault(r => r.Title == title);
                var before = now is null ? null : previous.GetValueOrDefault((now.Level, now.UnitCode, title));
                values[$"{title.Key()}.new_registered"] = (now?.Registered ?? 0) - (before?.Registered ?? 0);
                values[$"{title.Key()}.new_evaluated"] = (now?.Evaluated ?? 0) - (before?.Evaluated ?? 0);
                values[$"{title.Key()}.new_recognized"] = (now?.Recognized ?? 0) - (before?.Recognized ?? 0);
            }
            items.Add(values);
        }
        sheet.WriteItems(items);
        var province = figures.At(UnitLevel.Province).First();
        sheet.WriteTotal(new Dictionary<string, object?> { ["code"] = province.UnitCode, ["name"] = province.UnitName });
        return sheet;
    }
}
