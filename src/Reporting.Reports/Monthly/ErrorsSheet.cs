using OfficeOpenXml;
using Reporting.Domain.Units;
using Reporting.Figures.Queries;
using Reporting.Reports.Excel;

namespace Reporting.Reports.Monthly;

/// <summary><i>Lỗi dữ liệu</i>: rejected rows per unit and rule, each with a link to its error report.</summary>
internal static class ErrorsSheet
{
    public static TemplateSheet Fill(ExcelPackage package, MonthlyFigures figures, UnitDirectory units, IReadOnlyDictionary<string, string> scalars)
    {
        var sheet = TemplateSheet.Open(package, MonthlyWorkbook.TemplateName, MonthlyTemplate.Errors, scalars);
        var items = figures.Rejected
            .Select(r => (Rejected: r, Unit: units.Find(r.UnitCode, figures.Year)))
            .Select(x => (x.Rejected, x.Unit, District: x.Unit?.Level == UnitLevel.District ? x.Unit : x.Unit?.ParentCode is { } parent ? units.Find(parent, figures.Year) : null))
            .OrderBy(x => x.District?.Code ?? "~", StringComparer.Ordinal).ThenBy(x => x.Rejected.UnitCode, StringComparer.Ordinal)
            .Select(x => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>
            {
                ["district"] = x.District?.Name,
                ["code"] = x.Rejected.UnitCode,
                ["name"] = x.Unit?.Name,
                ["file"] = x.Rejected.FileName,
                ["sheet"] = x.Rejected.Sheet,
                ["rule"] = x.Rejected.Rule == RejectedRowsQuery.WholeFile ? "Cả tệp bị từ chối" : x.Rejected.Rule,
                ["reason"] = x.Rejected.Example,
                ["rows"] = x.Rejected.Rows,
                // The summary sits in monthly/YYYY-MM/, two folders below the output folder that holds errors/.
                ["report"] = new CellLink(x.Rejected.ErrorReport.Replace('\\', '/'), "../../" + x.Rejected.ErrorReport.Replace('\\', '/')),
            })
            .ToList();
        sheet.WriteItems(items);
        return sheet;
    }
}
