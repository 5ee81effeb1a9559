using System.Globalization;
using OfficeOpenXml;
using OfficeOpenXml.Style;
using Reporting.Data.Model;
using Reporting.Domain.Costs;
using Reporting.Domain.Units;
using Reporting.Output;
using Reporting.Reports.Excel;
using Reporting.Reports.Output;

namespace Reporting.Reports.Costs;

/// <summary>
/// <c>du-toan-kinh-phi-YYYY.xlsx</c> for the finance department: a summary, the province's own lines,
/// a sheet per district with its communes, the unit costs (<i>Định mức</i>) and the basis of every
/// quantity (<i>Căn cứ</i>). Amounts are <c>ROUND(quantity × unit cost, -3)</c> formulas and totals
/// sum those rounded lines, so they add up to the đồng; every formula carries its cached value.
/// </summary>
public static class CostWorkbook
{
    public const string Summary = "Tổng hợp";
    public const string Province = "Tỉnh";
    public const string UnitCosts = "Định mức";
    public const string Bases = "Căn cứ";
    private const string Vnd = "#,##0";
    private const int FirstLine = 6;

    public static string FileName(int year) => string.Create(CultureInfo.InvariantCulture, $"du-toan-kinh-phi-{year}.xlsx");

    /// <summary>The sheet of a district: its code and name without the "Huyện" kind (sheet names are short).</summary>
    public static string SheetOf(string code, string name) =>
        $"{code} {name.Replace("Thành phố ", "", StringComparison.Ordinal).Replace("Thị xã ", "", StringComparison.Ordinal).Replace("Huyện ", "", StringComparison.Ordinal)}";

    public static void Write(int year, CostPlan plan, CostSettings settings, IReadOnlyList<FigureSnapshot> snapshots, string path)
    {
        var package = ReportPackages.New();
        package.Workbook.Properties.Title = $"Dự toán kinh phí năm {year}";
        package.Workbook.Properties.Company = "Hội Khuyến học tỉnh Bình Thuận";
        var summary = NewSheet(package, Summary, $"TỔNG HỢP DỰ TOÁN KINH PHÍ NĂM {year}", 6);
        var provinceLines = plan.Lines.Where(l => l.Level == UnitLevel.Province).ToList();
        var provinceSheet = NewSheet(package, Province, $"DỰ TOÁN KINH PHÍ NĂM {year} — CẤP TỈNH", 9);
        var totals = new List<(string Name, string Code, string Sheet, int Row)>
        {
            ("Hội Khuyến học tỉnh (cấp tỉnh)", provinceLines.FirstOrDefault()?.Current.UnitCode ?? "", Province, WriteLines(provinceSheet, year, [(null, provinceLines)])),
        };
        foreach (var district in plan.Lines.Where(l => l.Level == UnitLevel.District).GroupBy(l => l.Current.UnitCode).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var name = district.First().Current.UnitName;
            var sheetName = SheetOf(district.Key, name);
            var sheet = NewSheet(package, sheetName, $"DỰ TOÁN KINH PHÍ NĂM {year} — {name.ToUpper(Vietnamese.Culture)} VÀ CÁC XÃ", 9);
            var groups = new List<(string?, List<PlannedLine>)> { ($"A. {name} (cấp huyện)", district.ToList()) };
            var communes = plan.Lines.Where(l => l.Level == UnitLevel.Commune && l.Current.DistrictCode == district.Key)
                .GroupBy(l => l.Current.UnitCode).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
            groups.AddRange(communes.Select((c, i) => ((string?)$"B.{i + 1}. {c.First().Current.UnitName} ({c.Key})", c.ToList())));
            totals.Add((name, district.Key, sheetName, WriteLines(sheet, year, groups)));
        }
        WriteSummary(summary, year, totals);
        WriteUnitCosts(NewSheet(package, UnitCosts, "ĐỊNH MỨC VÀ CĂN CỨ PHÁP LÝ", 5), year, settings, plan);
        WriteBases(NewSheet(package, Bases, $"CĂN CỨ TÍNH SỐ LƯỢNG — DỰ TOÁN NĂM {year}", 8), plan, snapshots);

        package.Workbook.Calculate();
        Check(package, totals, plan);
        OutputFile.WriteAtomically(path, temporary => package.SaveAs(new FileInfo(temporary)));
    }

    private static ExcelWorksheet NewSheet(ExcelPackage package, string name, string title, int width) =>
        TemplateBuilder.TitledSheet(package, name, width, title, "Đơn vị tính: đồng; thành tiền làm tròn đến 1.000 đồng.");

    /// <summary>Line sheets: groups of lines (a header row with their subtotal, then the lines); returns the total row.</summary>
    private static int WriteLines(ExcelWorksheet sheet, int year, IReadOnlyList<(string? Title, List<PlannedLine> Lines)> groups)
    {
        string[] headers = ["STT", "Nội dung", "Căn cứ số lượng", "Số lượng", "Đơn vị tính", "Đơn giá", $"Thành tiền năm {year}", $"Dự toán năm {year - 1}", "Chênh lệch"];
        for (var c = 0; c < headers.Length; c++)
            TemplateBuilder.Header(sheet, FirstLine - 1, c + 1, headers[c]);
        TemplateBuilder.Widths(sheet, 6, 42, 70, 11, 11, 12, 16, 16, 14);
        TemplateBuilder.FreezeHeader(sheet, FirstLine - 1, FirstLine - 1, 2);
        var row = FirstLine;
        var groupRows = new List<int>();
        foreach (var (title, lines) in groups)
        {
            var groupRow = 0;
            if (title is not null)
            {
                groupRow = row++;
                groupRows.Add(groupRow);
                sheet.Cells[groupRow, 2].Value = title;
                sheet.Cells[groupRow, 1, groupRow, 9].Style.Font.Bold = true;
                sheet.Cells[groupRow, 1, groupRow, 9].Style.Fill.PatternType = ExcelFillStyle.Solid;
                sheet.Cells[groupRow, 1, groupRow, 9].Style.Fill.BackgroundColor.SetColor(System.Drawing.Color.FromArgb(0xF2, 0xF2, 0xF2));
            }
            var first = row;
            for (var i = 0; i < lines.Count; i++, row++)
            {
                var line = lines[i];
                var cells = sheet.Cells;
                cells[row, 1].Value = i + 1;
                cells[row, 2].Value = line.Current.Item.Name;
                SafeText.Write(cells[row, 3], line.Current.Basis);
                cells[row, 4].Value = line.Current.Quantity;
                cells[row, 5].Value = line.Current.Item.Unit;
                cells[row, 6].Value = line.Current.Price.Amount;
                cells[row, 7].Formula = $"ROUND(D{row}*F{row},-3)";
                cells[row, 8].Value = line.PreviousAmount;
                cells[row, 9].Formula = $"G{row}-H{row}";
                if (title is not null)
                    sheet.Row(row).OutlineLevel = 1;
            }
            if (title is not null)
            {
                foreach (var column in new[] { "G", "H", "I" })
                    sheet.Cells[$"{column}{groupRow}"].Formula = lines.Count == 0 ? "0" : $"SUM({column}{first}:{column}{row - 1})";
            }
        }
        var total = row;
        sheet.Cells[total, 2].Value = "Tổng cộng";
        // The total adds the groups' sums (or, without groups, the lines): no formula relies on another skipping subtotals.
        foreach (var column in new[] { "G", "H", "I" })
            sheet.Cells[$"{column}{total}"].Formula = groupRows.Count == 0
                ? $"SUM({column}{FirstLine}:{column}{total - 1})"
                : $"SUM({string.Join(",", groupRows.Select(r => $"{column}{r}"))})";
        sheet.Cells[total, 1, total, 9].Style.Font.Bold = true;
        Bordered(sheet.Cells[FirstLine, 1, total, 9]);
        sheet.Cells[FirstLine, 4, total, 4].Style.Numberformat.Format = "#,##0.##";
        sheet.Cells[FirstLine, 6, total, 9].Style.Numberformat.Format = Vnd;
        sheet.Cells[FirstLine, 3, total, 3].Style.WrapText = true;
        sheet.OutLineSummaryBelow = false;
        return total;
    }

    private static void WriteSummary(ExcelWorksheet sheet, int year, List<(string Name, string Code, string Sheet, int Row)> totals)
    {
        string[] headers = ["STT", "Mã", "Đơn vị", $"Dự toán năm {year}", $"Dự toán năm {year - 1}", "Chênh lệch"];
        for (var c = 0; c < headers.Length; c++)
            TemplateBuilder.Header(sheet, FirstLine - 1, c + 1, headers[c]);
        TemplateBuilder.Widths(sheet, 6, 8, 40, 18, 18, 16);
        var row = FirstLine;
        for (var i = 0; i < totals.Count; i++, row++)
        {
            var (name, code, sheetName, totalRow) = totals[i];
            sheet.Cells[row, 1].Value = i + 1;
            sheet.Cells[row, 2].Value = code;
            sheet.Cells[row, 3].Value = i == 0 ? name : $"{name} (cấp huyện và các xã)";
            var reference = $"'{sheetName.Replace("'", "''", StringComparison.Ordinal)}'!";
            sheet.Cells[row, 4].Formula = $"{reference}G{totalRow}";
            sheet.Cells[row, 5].Formula = $"{reference}H{totalRow}";
            sheet.Cells[row, 6].Formula = $"D{row}-E{row}";
        }
        sheet.Cells[row, 3].Value = "Toàn tỉnh";
        foreach (var column in new[] { "D", "E", "F" })
            sheet.Cells[$"{column}{row}"].Formula = $"SUM({column}{FirstLine}:{column}{row - 1})";
        sheet.Cells[row, 1, row, 6].Style.Font.Bold = true;
        Bordered(sheet.Cells[FirstLine, 1, row, 6]);
        sheet.Cells[FirstLine, 4, row, 6].Style.Numberformat.Format = Vnd;
        sheet.Cells[row + 2, 1].Value = "Mỗi dòng là tổng của sheet cùng tên; toàn tỉnh là tổng các dòng. Số liệu và cách tính số lượng ở sheet \"Căn cứ\", đơn giá ở sheet \"Định mức\".";
        sheet.Cells[row + 2, 1].Style.Font.Italic = true;
    }

    private static void WriteUnitCosts(ExcelWorksheet sheet, int year, CostSettings settings, CostPlan plan)
    {
        var rewards = plan.Lines.Select(l => l.Current.Price).Where(p => p.Key.IsReward()).DistinctBy(p => p.Key);
        TableSheet.Write(sheet, FirstLine - 1, $"Đơn giá áp dụng cho năm {year}",
            [new("Mã", 22), new("Nội dung", 50), new("Đơn giá", 14, Vnd), new("Đơn vị tính", 14), new("Căn cứ", 70)],
            settings.UnitCosts.Values.Concat(rewards).Select(c => new object?[] { c.Key.Key(), c.Name, c.Amount, c.Unit, c.Basis }).ToList());
        var row = sheet.Dimension.End.Row + 2;
        TableSheet.Write(sheet, row, "Lương cơ sở (Nghị định 47/2016, 47/2017, 72/2018, 38/2019/NĐ-CP)",
            [new("Từ ngày", 22), new("Mức lương cơ sở", 50, Vnd)],
            settings.BaseSalary.Steps.Select(s => new object?[] { Vietnamese.Date(s.From), s.Amount }).ToList());
    }

    private static void WriteBases(ExcelWorksheet sheet, CostPlan plan, IReadOnlyList<FigureSnapshot> snapshots)
    {
        var sources = string.Join("; ", snapshots.Select(s => $"reporting figures --period {s.Period} (ảnh chụp #{s.Id}, sha256 {s.Sha256[..12]}…)"));
        TableSheet.Write(sheet, FirstLine - 1, "Số lượng của từng dòng và cách tính; số liệu lấy từ: " + sources,
            [new("Cấp", 8), new("Mã", 8), new("Đơn vị", 26), new("Khoản mục", 40), new("Số lượng", 10, "#,##0.##"), new("Đơn vị tính", 11), new("Cách tính", 90)],
            plan.Lines.Select(l => new object?[] { LevelName(l.Level), l.Current.UnitCode, l.Current.UnitName, l.Current.Item.Name, l.Current.Quantity, l.Current.Item.Unit, l.Current.Basis }).ToList());
    }

    private static string LevelName(UnitLevel level) => level switch
    {
        UnitLevel.Province => "Tỉnh",
        UnitLevel.District => "Huyện",
        _ => "Xã",
    };

    private static void Bordered(ExcelRange range)
    {
        range.Style.Border.Top.Style = range.Style.Border.Bottom.Style = ExcelBorderStyle.Thin;
        range.Style.Border.Left.Style = range.Style.Border.Right.Style = ExcelBorderStyle.Thin;
    }

    /// <summary>The workbook's own totals must be the sums of the lines computed here, to the đồng.</summary>
    private static void Check(ExcelPackage package, List<(string Name, string Code, string Sheet, int Row)> totals, CostPlan plan)
    {
        foreach (var (_, code, sheetName, row) in totals)
        {
            var sheetTotal = Convert.ToDecimal(package.Workbook.Worksheets[sheetName].Cells[row, 7].Value, CultureInfo.InvariantCulture);
            var linesTotal = plan.Lines
                .Where(l => sheetName == Province ? l.Level == UnitLevel.Province : l.Level != UnitLevel.Province && l.Current.DistrictCode == code)
                .Sum(l => l.Current.Amount);
            if (sheetTotal != linesTotal)
                throw new InvalidOperationException($"Sheet \"{sheetName}\" totals {sheetTotal}, but its lines add up to {linesTotal}.");
        }
        var summary = package.Workbook.Worksheets[Summary];
        var grand = Convert.ToDecimal(summary.Cells[FirstLine + totals.Count, 4].Value, CultureInfo.InvariantCulture);
        var expected = plan.Lines.Sum(l => l.Current.Amount);
        if (grand != expected)
            throw new InvalidOperationException($"The estimate's total in the workbook is {grand}, but its lines add up to {expected}.");
    }
}
