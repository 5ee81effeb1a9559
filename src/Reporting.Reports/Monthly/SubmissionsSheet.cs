using OfficeOpenXml;
using Reporting.Domain.Calendar;
using Reporting.Domain.Units;
using Reporting.Figures;
using Reporting.Reports.Excel;

namespace Reporting.Reports.Monthly;

/// <summary><i>Nộp sổ</i>: whether each commune's and district's register of the year arrived, and how fresh it is.</summary>
internal static class SubmissionsSheet
{
    public static TemplateSheet Fill(ExcelPackage package, MonthlyFigures figures, IReadOnlyDictionary<string, string> scalars)
    {
        var sheet = TemplateSheet.Open(package, MonthlyWorkbook.TemplateName, MonthlyTemplate.Submissions, scalars);
        var communes = figures.Completeness.Where(r => r.Level == UnitLevel.Commune).ToLookup(r => r.ParentCode);
        foreach (var district in figures.Completeness.Where(r => r.Level == UnitLevel.District).OrderBy(r => r.UnitCode, StringComparer.Ordinal))
            sheet.WriteGroup(Values(district), communes[district.UnitCode].OrderBy(r => r.UnitCode, StringComparer.Ordinal).Select(Values).ToList());
        var province = figures.Completeness.Single(r => r.Level == UnitLevel.Province);
        sheet.WriteTotal(new Dictionary<string, object?> { ["code"] = province.UnitCode, ["name"] = province.UnitName });
        return sheet;
    }

    private static Dictionary<string, object?> Values(CompletenessRow row) => new()
    {
        ["code"] = row.UnitCode,
        ["name"] = row.UnitName,
        ["updated_on"] = row.UpdatedOn,
        ["received_at"] = row.ReceivedAt is { } utc ? VietnamTime.Of(utc) : null,
        ["days_since_update"] = row.DaysSinceUpdate,
        ["status"] = row.StatusVietnamese,
        ["rejected_rows"] = row.RejectedRows,
        ["submitted"] = row.Status == SubmissionStatus.Submitted ? 1 : 0,
        ["late"] = row.Status == SubmissionStatus.Late ? 1 : 0,
        ["missing"] = row.Status == SubmissionStatus.Missing ? 1 : 0,
    };

    /// <summary>The communes the sheet counts as reported must be those the completeness figures count.</summary>
    public static void CheckTotals(TemplateSheet sheet, MonthlyFigures figures)
    {
        var province = figures.Completeness.Single(r => r.Level == UnitLevel.Province);
        var row = sheet.TotalRow!.Value;
        var counted = (
            Convert.ToInt64(sheet.Worksheet.Cells[row, sheet.ColumnOf("submitted")].Value),
            Convert.ToInt64(sheet.Worksheet.Cells[row, sheet.ColumnOf("late")].Value),
            Convert.ToInt64(sheet.Worksheet.Cells[row, sheet.ColumnOf("missing")].Value));
        var expected = (province.CommunesOnTime ?? 0, province.CommunesLate ?? 0, province.CommunesMissing ?? 0);
        if (counted != expected)
            throw new InvalidOperationException($"Sheet \"{sheet.Worksheet.Name}\" counts {counted} communes on time, late and missing; the completeness figures say {expected}.");
    }
}
