using System.Drawing;
using OfficeOpenXml;
using OfficeOpenXml.Style;
using Reporting.Domain.Registers;
using Reporting.Output;
using Reporting.Registers.Pulling;
using Reporting.Registers.Reading;
using Reporting.Registers.Schema;
using Reporting.Registers.Workbooks;

namespace Reporting.Registers.ErrorReports;

/// <summary>
/// The workbook sent back to the unit that sent a register (specs/reports.md §4): its rejected
/// rows as typed, the offending cells marked, the reason beside each row in Vietnamese and English.
/// Written to <c>errors/&lt;year&gt;/&lt;unit&gt;/&lt;file&gt;-loi.xlsx</c> under the output folder.
/// </summary>
public sealed class ErrorReportWriter(string outputFolder, int criterionCount)
{
    private static readonly Color ErrorFill = Color.FromArgb(255, 199, 206);
    private static readonly Color WarningFill = Color.FromArgb(255, 235, 156);
    private static readonly Color HeaderFill = Color.FromArgb(221, 235, 247);

    /// <summary>The rows rejected or warned about, and the notices (columns skipped, text converted) the clerk should read.</summary>
    public string WriteRowIssues(RegisterHeader header, string fileName, IReadOnlyList<RowIssue> issues, IReadOnlyList<string> notices)
    {
        var package = InMemoryPackages.New();
        var errors = issues.Where(i => i.Severity == IssueSeverity.Error).Select(i => (i.Sheet, i.RowNumber)).Distinct().Count();
        var warnings = issues.Count(i => i.Severity == IssueSeverity.Warning);
        var (vietnamese, english) = issues.Count == 0
            ? ("Sổ được nhận đủ, không dòng nào bị loại. Xin đọc ghi chú dưới đây.", "Every row was accepted. Please read the notes below.")
            : ($"{errors} dòng bị loại (không được tính), {warnings} cảnh báo. Sửa các ô tô màu rồi gửi lại sổ.",
               $"{errors} rows rejected (not counted), {warnings} warnings. Fix the marked cells and send the register again.");
        WriteSummary(package, fileName, header.UnitCode, header.Year, vietnamese, english, notices);
        var specs = RegisterSchema.CommuneSheets.Append(RegisterSchema.Assessments(criterionCount)).ToDictionary(s => s.Name);
        foreach (var sheetIssues in issues.GroupBy(i => i.Sheet))
            WriteSheet(package, specs[sheetIssues.Key], sheetIssues);
        return Save(package, header.Year, header.UnitCode, fileName);
    }

    public string WriteRejectedFile(string? unitCode, string fileName, RegisterRejectedException rejection)
    {
        var package = InMemoryPackages.New();
        var year = RegisterFileNames.YearHint(fileName);
        WriteSummary(package, fileName, unitCode, year, $"Cả tệp bị từ chối: {rejection.MessageVi}", $"The whole file was rejected: {rejection.Message}", []);
        return Save(package, year, unitCode, fileName);
    }

    private static void WriteSummary(ExcelPackage package, string fileName, string? unitCode, int? year, string vietnamese, string english, IReadOnlyList<string> notices)
    {
        var sheet = package.Workbook.Worksheets.Add("Tóm tắt");
        (string, string)[] lines =
        [
            ("Tệp", fileName),
            ("Đơn vị", unitCode ?? "không rõ"),
            ("Năm", year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "không rõ"),
            ("Kết quả", vietnamese),
            ("Result", english),
            .. notices.Select(n => ("Ghi chú", n)),
        ];
        for (var i = 0; i < lines.Length; i++)
        {
            sheet.Cells[i + 1, 1].Value = lines[i].Item1;
            sheet.Cells[i + 1, 1].Style.Font.Bold = true;
            sheet.Cells[i + 1, 2].Value = lines[i].Item2;
            sheet.Cells[i + 1, 2].Style.WrapText = true;
        }
        sheet.Column(1).Width = 12;
        sheet.Column(2).Width = 100;
    }

    private static void WriteSheet(ExcelPackage package, SheetSpec spec, IEnumerable<RowIssue> issues)
    {
        var sheet = package.Workbook.Worksheets.Add(spec.Name);
        string[] headers = ["Dòng", .. spec.Columns.Select(c => c.Header), "Lý do", "Reason"];
        for (var c = 0; c < headers.Length; c++)
        {
            var cell = sheet.Cells[1, c + 1];
            cell.Value = headers[c];
            cell.Style.Font.Bold = true;
            cell.Style.Fill.PatternType = ExcelFillStyle.Solid;
            cell.Style.Fill.BackgroundColor.SetColor(HeaderFill);
            sheet.Column(c + 1).Width = c == 0 ? 7 : c > spec.Columns.Count ? 60 : spec.Columns[c - 1].Width;
        }
        sheet.View.FreezePanes(2, 2);
        var rowNumber = 2;
        foreach (var row in issues.GroupBy(i => i.RowNumber).OrderBy(g => g.Key))
        {
            sheet.Cells[rowNumber, 1].Value = row.Key;
            var cells = row.First().Cells;
            for (var c = 0; c < cells.Count; c++)
            {
                // Always text: a cell that begins with '=' stays what the clerk typed, never a formula.
                sheet.Cells[rowNumber, c + 2].Style.Numberformat.Format = "@";
                sheet.Cells[rowNumber, c + 2].Value = cells[c];
            }
            foreach (var issue in row)
            {
                var column = spec.Columns.ToList().FindIndex(c => TextNormalizer.Fold(c.Header) == TextNormalizer.Fold(issue.Error.Column));
                if (column >= 0)
                {
                    var marked = sheet.Cells[rowNumber, column + 2];
                    marked.Style.Fill.PatternType = ExcelFillStyle.Solid;
                    marked.Style.Fill.BackgroundColor.SetColor(issue.Severity == IssueSeverity.Error ? ErrorFill : WarningFill);
                }
            }
            sheet.Cells[rowNumber, headers.Length - 1].Value = string.Join("\n", row.Select(i => Prefix(i) + i.Error.MessageVi));
            sheet.Cells[rowNumber, headers.Length].Value = string.Join("\n", row.Select(i => Prefix(i) + i.Error.MessageEn));
            sheet.Cells[rowNumber, headers.Length - 1, rowNumber, headers.Length].Style.WrapText = true;
            rowNumber++;
        }
    }

    private static string Prefix(RowIssue issue) => issue.Severity == IssueSeverity.Warning ? "⚠ " : string.Empty;

    private string Save(ExcelPackage package, int? year, string? unitCode, string fileName)
    {
        var path = Path.Combine(outputFolder, ErrorReportLocation.RelativePath(year, unitCode, fileName));
        OutputFile.WriteAtomically(path, temporary => package.SaveAs(new FileInfo(temporary)));
        return path;
    }
}
