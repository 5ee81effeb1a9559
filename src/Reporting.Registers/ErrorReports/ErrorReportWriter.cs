using System.Drawing;
using System.Globalization;
using OfficeOpenXml;
using OfficeOpenXml.Style;
using Reporting.Domain.Registers;
using Reporting.Domain.Units;
using Reporting.Output;
using Reporting.Registers.Pulling;
using Reporting.Registers.Reading;
using Reporting.Registers.Schema;
using Reporting.Registers.Workbooks;

namespace Reporting.Registers.ErrorReports;

/// <summary>
/// The workbook sent back to the unit that sent a register (specs/reports.md §4): whom and which
/// year it concerns, its rejected and warned rows as typed with the cell to change marked, the
/// reason, how to mend it and whether the row still counts, and how to send the register again;
/// printable on A4. Written to <c>errors/&lt;year&gt;/&lt;unit&gt;/&lt;file&gt;-loi.xlsx</c> under the output folder.
/// </summary>
public sealed class ErrorReportWriter(string outputFolder, int criterionCount, UnitDirectory? units = null)
{
    private static readonly Color ErrorFill = Color.FromArgb(255, 199, 206);
    private static readonly Color WarningFill = Color.FromArgb(255, 235, 156);
    private static readonly Color HeaderFill = Color.FromArgb(221, 235, 247);

    /// <summary>The rows of an issue sheet above the table: the title, then the column headers.</summary>
    private const int TitleRow = 1, HeaderRow = 3;

    private const string SendAgain = "Sửa trên sổ gốc (không sửa trên báo cáo này), lưu lại rồi gửi lại cả sổ: trả lời thư báo kết quả, "
        + "gửi vào hộp thư nhận sổ, hoặc nộp trên trang Nộp sổ (/nop-so). Sổ gửi sau thay cho sổ trước của cùng đơn vị và năm.";

    private const string Colours = "Ô tô đỏ: ô cần sửa để dòng được tính. Ô tô vàng: ô nên kiểm tra (dòng vẫn được tính).";

    private readonly UnitDirectory _units = units ?? UnitDirectory.Reference;

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
        var unit = $"{header.UnitName} (mã {header.UnitCode})";
        WriteSummary(package, fileName, unit, header.Year, vietnamese, english, notices, issues.Count > 0);
        var specs = RegisterSchema.CommuneSheets.Append(RegisterSchema.Assessments(criterionCount)).ToDictionary(s => s.Name);
        foreach (var sheetIssues in issues.GroupBy(i => i.Sheet))
            WriteSheet(package, specs[sheetIssues.Key], $"{unit} — năm {header.Year}", sheetIssues);
        return Save(package, header.Year, header.UnitCode, fileName);
    }

    public string WriteRejectedFile(string? unitCode, string fileName, RegisterRejectedException rejection)
    {
        var package = InMemoryPackages.New();
        var year = RegisterFileNames.YearHint(fileName);
        var name = unitCode is null ? null : _units.Latest(unitCode)?.Name;
        WriteSummary(package, fileName, unitCode is null ? "không rõ" : name is null ? $"mã {unitCode}" : $"{name} (mã {unitCode})", year,
            $"Cả tệp bị từ chối: {rejection.MessageVi}", $"The whole file was rejected: {rejection.Message}", [], correct: true);
        return Save(package, year, unitCode, fileName);
    }

    private static void WriteSummary(ExcelPackage package, string fileName, string unit, int? year, string vietnamese, string english,
        IReadOnlyList<string> notices, bool correct)
    {
        var sheet = package.Workbook.Worksheets.Add("Tóm tắt");
        sheet.Cells[1, 1].Value = "KẾT QUẢ KIỂM TRA SỔ THEO DÕI XÂY DỰNG XÃ HỘI HỌC TẬP";
        sheet.Cells[1, 1, 1, 2].Merge = true;
        sheet.Cells[1, 1].Style.Font.Bold = true;
        sheet.Cells[1, 1].Style.Font.Size = 14;
        (string, string)[] lines =
        [
            ("Đơn vị", unit),
            ("Năm", year?.ToString(CultureInfo.InvariantCulture) ?? "không rõ"),
            ("Tệp", fileName),
            ("Kết quả", vietnamese),
            .. notices.Select(n => ("Ghi chú", n)),
            .. correct ? [("Cách gửi lại", SendAgain), ("Màu", Colours)] : Array.Empty<(string, string)>(),
            ("Result", english),
        ];
        for (var i = 0; i < lines.Length; i++)
        {
            var row = i + 3;
            sheet.Cells[row, 1].Value = lines[i].Item1;
            sheet.Cells[row, 1].Style.Font.Bold = true;
            sheet.Cells[row, 2].Value = lines[i].Item2;
            sheet.Cells[row, 1, row, 2].Style.WrapText = true;
            sheet.Cells[row, 1, row, 2].Style.VerticalAlignment = ExcelVerticalAlignment.Top;
        }
        sheet.Column(1).Width = 14;
        sheet.Column(2).Width = 95;
        for (var row = 3; row < lines.Length + 3; row++)
            FitHeight(sheet, row, 2, pointsPerLine: 15);
        sheet.Cells[3, 1, 4, 2].Style.Font.Bold = true;
        PrintOnA4(sheet, eOrientation.Portrait, repeatRows: null);
    }

    private static void WriteSheet(ExcelPackage package, SheetSpec spec, string unitAndYear, IEnumerable<RowIssue> issues)
    {
        var sheet = package.Workbook.Worksheets.Add(spec.Name);
        string[] headers = ["Dòng", .. spec.Columns.Select(c => c.Header), "Mức", "Lý do", "Cách sửa", "Reason"];
        var first = spec.Columns.Count + 2;
        sheet.Cells[TitleRow, 1].Value = $"{spec.Caption} — {unitAndYear}";
        sheet.Cells[TitleRow, 1].Style.Font.Bold = true;
        sheet.Cells[TitleRow, 1].Style.Font.Size = 13;
        sheet.Cells[TitleRow + 1, 1].Value = Colours;
        sheet.Cells[TitleRow + 1, 1].Style.Font.Italic = true;
        for (var c = 0; c < headers.Length; c++)
        {
            var cell = sheet.Cells[HeaderRow, c + 1];
            cell.Value = headers[c];
            cell.Style.Font.Bold = true;
            cell.Style.WrapText = true;
            cell.Style.Fill.PatternType = ExcelFillStyle.Solid;
            cell.Style.Fill.BackgroundColor.SetColor(HeaderFill);
            sheet.Column(c + 1).Width = WidthOf(headers[c], c == 0 || c >= first - 1 ? null : spec.Columns[c - 1].Width);
        }
        sheet.View.FreezePanes(HeaderRow + 1, 2);
        var rowNumber = HeaderRow + 1;
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
            var fixes = row.Select(i => (Issue: i, Fix: ErrorFixes.For(i))).ToList();
            foreach (var (issue, fix) in fixes)
            {
                var column = spec.Columns.ToList().FindIndex(c => TextNormalizer.Fold(c.Header) == TextNormalizer.Fold(fix.Column));
                if (column < 0)
                    continue;
                var marked = sheet.Cells[rowNumber, column + 2];
                // An error's mark wins over a warning's on the same cell.
                if (issue.Severity == IssueSeverity.Error || marked.Style.Fill.PatternType != ExcelFillStyle.Solid)
                {
                    marked.Style.Fill.PatternType = ExcelFillStyle.Solid;
                    marked.Style.Fill.BackgroundColor.SetColor(issue.Severity == IssueSeverity.Error ? ErrorFill : WarningFill);
                }
                marked.Style.Border.BorderAround(ExcelBorderStyle.Medium, issue.Severity == IssueSeverity.Error ? Color.DarkRed : Color.DarkGoldenrod);
            }
            sheet.Cells[rowNumber, first].Value = ErrorFixes.Action(row.Min(i => i.Severity));
            sheet.Cells[rowNumber, first + 1].Value = Lines(fixes.Select(f => f.Issue.Error.MessageVi));
            sheet.Cells[rowNumber, first + 2].Value = Lines(fixes.Select(f => f.Fix.HowVi).Distinct());
            sheet.Cells[rowNumber, first + 3].Value = Lines(fixes.Select(f => f.Issue.Error.MessageEn));
            sheet.Cells[rowNumber, 2, rowNumber, first + 3].Style.WrapText = true;
            FitHeight(sheet, rowNumber, headers.Length);
            rowNumber++;
        }
        FitHeight(sheet, HeaderRow, headers.Length);
        var table = sheet.Cells[HeaderRow, 1, rowNumber - 1, headers.Length];
        table.Style.Font.Size = 9;
        table.Style.VerticalAlignment = ExcelVerticalAlignment.Top;
        table.Style.Border.Top.Style = table.Style.Border.Bottom.Style = table.Style.Border.Left.Style = table.Style.Border.Right.Style = ExcelBorderStyle.Thin;
        PrintOnA4(sheet, eOrientation.Landscape, repeatRows: $"{HeaderRow}:{HeaderRow}");
        // The English reason is for us, on screen: the page the clerk prints ends with how to mend the row.
        sheet.PrinterSettings.PrintArea = sheet.Cells[1, 1, rowNumber - 1, headers.Length - 1];
    }

    /// <summary>Narrow register columns, so that a row with its reason and its mending fits across a landscape page.</summary>
    private static double WidthOf(string header, double? registerWidth) => header switch
    {
        "Dòng" => 5,
        "Mức" => 14,
        "Lý do" => 30,
        "Cách sửa" => 36,
        "Reason" => 30,
        _ when header.StartsWith("Ngày", StringComparison.Ordinal) => 10,
        Domain.Registers.WorkflowColumns.Registered or Domain.Registers.WorkflowColumns.Recognized or Domain.Registers.WorkflowColumns.Score => 7,
        _ when header.StartsWith("Mã", StringComparison.Ordinal) || header.StartsWith("TC", StringComparison.Ordinal) => 8,
        _ => Math.Min(registerWidth ?? 10, 16),
    };

    /// <summary>
    /// Rows as tall as their wrapped text: neither EPPlus nor every spreadsheet program measures it,
    /// and a row of one line's height hides the reason behind the next.
    /// </summary>
    private static void FitHeight(ExcelWorksheet sheet, int row, int columns, double pointsPerLine = 12.5)
    {
        var lines = 1;
        for (var column = 1; column <= columns; column++)
        {
            var text = sheet.Cells[row, column].Text;
            if (text.Length == 0)
                continue;
            var perLine = Math.Max(1, (int)(sheet.Column(column).Width * 1.15));
            lines = Math.Max(lines, text.Split('\n').Sum(line => Math.Max(1, (line.Length + perLine - 1) / perLine)));
        }
        sheet.Row(row).Height = lines * pointsPerLine + 2;
    }

    private static string Lines(IEnumerable<string> lines) => string.Join("\n", lines);

    /// <summary>A4, as wide as the page, the header row on every page, page numbers at the foot.</summary>
    private static void PrintOnA4(ExcelWorksheet sheet, eOrientation orientation, string? repeatRows)
    {
        var print = sheet.PrinterSettings;
        print.PaperSize = ePaperSize.A4;
        print.Orientation = orientation;
        print.FitToPage = true;
        print.FitToWidth = 1;
        print.FitToHeight = 0;
        print.LeftMargin = print.RightMargin = 0.5m;
        print.TopMargin = print.BottomMargin = 0.6m;
        if (repeatRows is not null)
            print.RepeatRows = sheet.Cells[repeatRows];
        sheet.HeaderFooter.OddFooter.CenteredText = "Trang &P / &N";
    }

    private string Save(ExcelPackage package, int? year, string? unitCode, string fileName)
    {
        var path = Path.Combine(outputFolder, ErrorReportLocation.RelativePath(year, unitCode, fileName));
        OutputFile.WriteAtomically(path, temporary => package.SaveAs(new FileInfo(temporary)));
        return path;
    }
}
