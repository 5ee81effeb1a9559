using OfficeOpenXml;
using Reporting.Data.Figures;
using Reporting.Domain.Titles;
using Reporting.Domain.Units;
using Reporting.Reports.Excel;

namespace Reporting.Reports.Monthly;

/// <summary><i>Tổng hợp</i> (districts and the province) and <i>Theo xã</i> (communes grouped under their district).</summary>
internal static class FigureSheets
{
    public static TemplateSheet FillSummary(ExcelPackage package, MonthlyFigures figures, IReadOnlyDictionary<string, string> scalars)
    {
        var sheet = TemplateSheet.Open(package, MonthlyWorkbook.TemplateName, MonthlyTemplate.Summary, scalars);
        sheet.WriteItems(ByUnit(figures.At(UnitLevel.District)).Select(Values).ToList());
        sheet.WriteTotal(ProvinceValues(figures));
        return sheet;
    }

    public static TemplateSheet FillCommunes(ExcelPackage package, MonthlyFigures figures, IReadOnlyDictionary<string, string> scalars)
    {
        var sheet = TemplateSheet.Open(package, MonthlyWorkbook.TemplateName, MonthlyTemplate.Communes, scalars);
        var communes = ByUnit(figures.At(UnitLevel.Commune)).ToLookup(c => c[0].ParentCode);
        foreach (var district in ByUnit(figures.At(UnitLevel.District)))
            sheet.WriteGroup(Values(district), communes[district[0].UnitCode].Select(Values).ToList());
        sheet.WriteTotal(ProvinceValues(figures));
        return sheet;
    }

    /// <summary>The rows of each unit, one per title, in GSO code order.</summary>
    public static IEnumerable<IReadOnlyList<FigureRow>> ByUnit(IEnumerable<FigureRow> rows) =>
        rows.GroupBy(r => r.UnitCode).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (IReadOnlyList<FigureRow>)g.ToList());

    private static Dictionary<string, object?> ProvinceValues(MonthlyFigures figures) => Values(figures.At(UnitLevel.Province).ToList());

    private static Dictionary<string, object?> Values(IReadOnlyList<FigureRow> unit)
    {
        var values = new Dictionary<string, object?> { ["code"] = unit[0].UnitCode, ["name"] = unit[0].UnitName };
        foreach (var title in MonthlyTemplate.Titles)
        {
            var row = unit.SingleOrDefault(r => r.Title == title);
            var key = title.Key();
            values[$"{key}.eligible"] = row?.Eligible ?? 0;
            values[$"{key}.registered"] = row?.Registered ?? 0;
            values[$"{key}.recognized"] = row?.Recognized ?? 0;
            values[$"{key}.target"] = row?.TargetPercent / 100m;
        }
        return values;
    }

    /// <summary>
    /// The totals the workbook computed must be the figures' own province row: a disagreement means a
    /// template or writer fault, and the summary is not delivered.
    /// </summary>
    public static void CheckTotals(TemplateSheet sheet, MonthlyFigures figures)
    {
        foreach (var title in MonthlyTemplate.Titles)
        {
            var province = figures.Province(title);
            foreach (var (field, expected) in new[] { ("eligible", province.Eligible), ("registered", province.Registered), ("recognized", province.Recognized ?? 0) })
            {
                var cell = sheet.Worksheet.Cells[sheet.TotalRow!.Value, sheet.ColumnOf($"{title.Key()}.{field}")];
                if (Convert.ToDecimal(cell.Value) != expected)
                    throw new InvalidOperationException(
                        $"Sheet \"{sheet.Worksheet.Name}\" cell {cell.Address} ({title.Key()} {field}) is {cell.Value}, but the province figure is {expected}.");
            }
        }
    }
}
