using OfficeOpenXml;
using Reporting.Domain.Titles;
using Reporting.Domain.Units;
using Reporting.Figures;
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
    /// What the workbook computed must be the figures' own numbers: the totals of every count and the
    /// share in every row. A disagreement means a template or writer fault, and the summary is not delivered.
    /// </summary>
    public static void CheckAgainstFigures(TemplateSheet sheet, MonthlyFigures figures)
    {
        var byUnit = figures.Current.Where(r => r.Level != UnitLevel.Village).ToLookup(r => r.UnitCode);
        foreach (var row in sheet.ItemRows.Append(sheet.TotalRow!.Value))
        {
            var code = sheet.Worksheet.Cells[row, sheet.ColumnOf("code")].Text;
            foreach (var title in MonthlyTemplate.Titles)
            {
                var figure = byUnit[code].Single(r => r.Title == title);
                var key = title.Key();
                Expect(sheet, row, sheet.ColumnOf($"{key}.eligible"), figure.Eligible);
                Expect(sheet, row, sheet.ColumnOf($"{key}.registered"), figure.Registered);
                Expect(sheet, row, sheet.ColumnOf($"{key}.recognized"), figure.Recognized ?? 0);
                Expect(sheet, row, sheet.FormulaColumnAfter($"{key}.registered"), figure.RegisteredPercent / 100m);
                Expect(sheet, row, sheet.FormulaColumnAfter($"{key}.recognized"), figure.RecognizedPercent / 100m);
            }
        }
    }

    private static void Expect(TemplateSheet sheet, int row, int column, decimal? expected)
    {
        var cell = sheet.Worksheet.Cells[row, column];
        decimal? actual = cell.Value switch
        {
            null or "" => null,
            double number => (decimal)number,
            var other => decimal.TryParse(Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture), System.Globalization.NumberStyles.Float,
                System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed : throw new TemplateException(
                $"Sheet \"{sheet.Worksheet.Name}\" cell {cell.Address} holds {other}, not a number.")
        };
        if (actual is { } value ? expected is null || Math.Abs(value - expected.Value) > 0.0000001m : expected is not null)
            throw new InvalidOperationException($"Sheet \"{sheet.Worksheet.Name}\" cell {cell.Address} is {cell.Value}, but the figures give {expected}.");
    }
}
