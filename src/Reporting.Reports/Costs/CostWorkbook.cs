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
/// <c>du-toan-kinh-phi-YYYY.xlsx</c> for the finance department: a cover to sign (<i>Bìa</i>), a
/// summary by unit and by the budget that pays, the province's own lines, a sheet per district with
/// its communes, the rates and rules with their legal bases (<i>Định mức</i>) and the reason of every
/// quantity (<i>Căn cứ</i>). Amounts are <c>ROUND(quantity × unit cost, -3)</c> formulas and totals
/// sum those rounded lines, so they add up to the đồng; every formula carries its cached value.
/// </summary>
public static class CostWorkbook
{
    public const string Cover = "Bìa";
    public const string Summary = "Tổng hợp";
    public const string Province = "Tỉnh";
    public const string UnitCosts = "Định mức";
    public const string Bases = "Căn cứ";
    internal const string Vnd = "#,##0";
    private const int FirstLine = 6;
    private const int LineColumns = 10;

    public static string FileName(int year) => string.Create(CultureInfo.InvariantCulture, $"du-toan-kinh-phi-{year}.xlsx");

    /// <summary>The sheet of a district: its code and name without the "Huyện" kind (sheet names are short).</summary>
    public static string SheetOf(string code, string name) =>
        $"{code} {name.Replace("Thành phố ", "", StringComparison.Ordinal).Replace("Thị xã ", "", StringComparison.Ordinal).Replace("Huyện ", "", StringComparison.Ordinal)}";

    /// <summary>The budget that pays a line: that of its unit's level.</summary>
    public static string Budget(UnitLevel level) => level switch
    {
        UnitLevel.Province => "Ngân sách tỉnh",
        UnitLevel.District => "Ngân sách huyện",
        _ => "Ngân sách xã",
    };

    internal static readonly UnitLevel[] BudgetLevels = [UnitLevel.Province, UnitLevel.District, UnitLevel.Commune];

    /// <summary>A sheet's total row, by the unit it totals.</summary>
    internal sealed record SheetTotal(string Name, string Code, string Sheet, int Row, int LastLine);

    public static void Write(CostPlan plan, CostSettings settings, EstimateSigners signers, Plausibility? warning, ClosedFigures closed,
        IReadOnlyList<FigureSnapshot> snapshots, string path)
    {
        var year = plan.Year;
        var package = ReportPackages.New();
        package.Workbook.Properties.Title = $"Dự toán kinh phí năm {year}";
        package.Workbook.Properties.Company = "Hội Khuyến học tỉnh Bình Thuận";
        var cover = TableSheet.NewSheet(package, Cover);
        var summary = NewSheet(package, Summary, $"TỔNG HỢP DỰ TOÁN KINH PHÍ NĂM {year}", 9);
        var provinceLines = plan.Lines.Where(l => l.Level == UnitLevel.Province).ToList();
        var provinceSheet = NewSheet(package, Province, $"DỰ TOÁN KINH PHÍ NĂM {year} — CẤP TỈNH", LineColumns);
        var totals = new List<SheetTotal> { WriteLines(provinceSheet, year, "Hội Khuyến học tỉnh (cấp tỉnh)", provinceLines.FirstOrDefault()?.Current.UnitCode ?? "", [(null, null, provinceLines)]) };
        foreach (var district in plan.Lines.Where(l => l.Level == UnitLevel.District).GroupBy(l => l.Current.UnitCode).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var name = district.First().Current.UnitName;
            var sheet = NewSheet(package, SheetOf(district.Key, name), $"DỰ TOÁN KINH PHÍ NĂM {year} — {name.ToUpper(Vietnamese.Culture)} VÀ CÁC XÃ", LineColumns);
            var groups = new List<(string?, string?, List<PlannedLine>)> { ("A", $"{name} (cấp huyện, mã {district.Key})", district.ToList()) };
            var communes = plan.Lines.Where(l => l.Level == UnitLevel.Commune && l.Current.DistrictCode == district.Key)
                .GroupBy(l => l.Current.UnitCode).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
            groups.AddRange(communes.Select((c, i) => ((string?)$"B.{i + 1}", (string?)$"{c.First().Current.UnitName} (mã {c.Key})", c.ToList())));
            totals.Add(WriteLines(sheet, year, name, district.Key, groups));
        }
        var grandRow = WriteSummary(summary, year, totals, warning);
        WriteUnitCosts(NewSheet(package, UnitCosts, $"ĐỊNH MỨC, QUY TẮC VÀ CĂN CỨ PHÁP LÝ — DỰ TOÁN NĂM {year}", 6), year, settings, plan);
        WriteBases(NewSheet(package, Bases, $"CĂN CỨ TÍNH SỐ LƯỢNG — DỰ TOÁN NĂM {year}", 8), plan, snapshots);
        CostCover.Write(cover, plan, settings, signers, warning, closed, grandRow);

        package.Workbook.Calculate();
        Check(package, totals, plan, grandRow);
        OutputFile.WriteAtomically(path, temporary => package.SaveAs(new FileInfo(temporary)));
    }

    private static ExcelWorksheet NewSheet(ExcelPackage package, string name, string title, int width) =>
        TemplateBuilder.TitledSheet(package, name, width, title, "Đơn vị tính: đồng; thành tiền làm tròn đến 1.000 đồng.");

    /// <summary>Line sheets: groups of lines (a header row with their subtotal, then the lines); returns the total row.</summary>
    private static SheetTotal WriteLines(ExcelWorksheet sheet, int year, string name, string code, IReadOnlyList<(string? Number, string? Title, List<PlannedLine> Lines)> groups)
    {
        string[] headers = ["STT", "Nội dung", "Căn cứ số lượng", "Số lượng", "Đơn vị tính", "Đơn giá", $"Thành tiền năm {year}", $"Dự toán năm {year - 1}", "Chênh lệch", "Nguồn kinh phí"];
        for (var c = 0; c < headers.Length; c++)
            TemplateBuilder.Header(sheet, FirstLine - 1, c + 1, headers[c]);
        TemplateBuilder.Widths(sheet, 5, 34, 52, 9, 10, 11, 13, 13, 12, 14);
        TemplateBuilder.FreezeHeader(sheet, FirstLine - 1, FirstLine - 1, 2);
        sheet.Row(FirstLine - 1).Height = 32;
        var row = FirstLine;
        var groupRows = new List<int>();
        foreach (var (number, title, lines) in groups)
        {
            var groupRow = 0;
            if (title is not null)
            {
                groupRow = row++;
                groupRows.Add(groupRow);
                sheet.Cells[groupRow, 1].Value = number;
                sheet.Cells[groupRow, 2].Value = title;
                var band = sheet.Cells[groupRow, 1, groupRow, LineColumns];
                band.Style.Font.Bold = true;
                band.Style.Fill.PatternType = ExcelFillStyle.Solid;
                band.Style.Fill.BackgroundColor.SetColor(System.Drawing.Color.FromArgb(0xF2, 0xF2, 0xF2));
            }
            var first = row;
            for (var i = 0; i < lines.Count; i++, row++)
            {
                var line = lines[i].Current;
                var cells = sheet.Cells;
                cells[row, 1].Value = i + 1;
                cells[row, 2].Value = line.Item.Name;
                SafeText.Write(cells[row, 3], line.Basis);
                cells[row, 4].Value = line.Quantity;
                cells[row, 5].Value = line.Item.Unit;
                cells[row, 6].Value = line.Price.Amount;
                cells[row, 7].Formula = $"ROUND(D{row}*F{row},-3)";
                cells[row, 8].Value = lines[i].PreviousAmount;
                cells[row, 9].Formula = $"G{row}-H{row}";
                cells[row, 10].Value = Budget(line.PaidBy);
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
        sheet.Cells[total, 1, total, LineColumns].Style.Font.Bold = true;
        Bordered(sheet.Cells[FirstLine, 1, total, LineColumns]);
        sheet.Cells[FirstLine, 1, total, 1].Style.HorizontalAlignment = ExcelHorizontalAlignment.Center;
        sheet.Cells[FirstLine, 5, total, 5].Style.HorizontalAlignment = ExcelHorizontalAlignment.Center;
        sheet.Cells[FirstLine, 4, total, 4].Style.Numberformat.Format = "#,##0.##";
        sheet.Cells[FirstLine, 6, total, 9].Style.Numberformat.Format = Vnd;
        sheet.Cells[FirstLine, 2, total, 3].Style.WrapText = true;
        TemplateBuilder.FitWrapped(sheet, FirstLine, total, 2, 3);
        sheet.Cells[FirstLine, 1, total, LineColumns].Style.VerticalAlignment = ExcelVerticalAlignment.Top;
        sheet.OutLineSummaryBelow = false;
        return new SheetTotal(name, code, sheet.Name, total, total - 1);
    }

    /// <summary>One row per sheet: its lines split by the budget that pays them (SUMIF over the sheet's budget column), its total, last year's, the difference.</summary>
    private static int WriteSummary(ExcelWorksheet sheet, int year, List<SheetTotal> totals, Plausibility? warning)
    {
        string[] headers = ["STT", "Đơn vị", "Mã ĐVHC", .. BudgetLevels.Select(Budget), $"Tổng dự toán năm {year}", $"Dự toán năm {year - 1}", "Chênh lệch"];
        for (var c = 0; c < headers.Length; c++)
            TemplateBuilder.Header(sheet, FirstLine - 1, c + 1, headers[c]);
        TemplateBuilder.Widths(sheet, 6, 36, 10, 16, 16, 16, 18, 18, 16);
        TemplateBuilder.FreezeHeader(sheet, FirstLine - 1, FirstLine - 1, 2);
        sheet.Row(FirstLine - 1).Height = 32;
        var row = FirstLine;
        for (var i = 0; i < totals.Count; i++, row++)
        {
            var total = totals[i];
            var reference = $"'{total.Sheet.Replace("'", "''", StringComparison.Ordinal)}'!";
            sheet.Cells[row, 1].Value = i + 1;
            sheet.Cells[row, 2].Value = i == 0 ? total.Name : $"{total.Name} (cấp huyện và các xã)";
            sheet.Cells[row, 3].Value = total.Code;
            for (var b = 0; b < BudgetLevels.Length; b++)
                sheet.Cells[row, 4 + b].Formula =
                    $"SUMIF({reference}$J${FirstLine}:$J${total.LastLine},\"{Budget(BudgetLevels[b])}\",{reference}$G${FirstLine}:$G${total.LastLine})";
            sheet.Cells[row, 7].Formula = $"{reference}G{total.Row}";
            sheet.Cells[row, 8].Formula = $"{reference}H{total.Row}";
            sheet.Cells[row, 9].Formula = $"G{row}-H{row}";
        }
        sheet.Cells[row, 2].Value = "Toàn tỉnh";
        foreach (var column in new[] { "D", "E", "F", "G", "H", "I" })
            sheet.Cells[$"{column}{row}"].Formula = $"SUM({column}{FirstLine}:{column}{row - 1})";
        sheet.Cells[row, 1, row, 9].Style.Font.Bold = true;
        Bordered(sheet.Cells[FirstLine, 1, row, 9]);
        sheet.Cells[FirstLine, 1, row, 1].Style.HorizontalAlignment = ExcelHorizontalAlignment.Center;
        sheet.Cells[FirstLine, 3, row, 3].Style.HorizontalAlignment = ExcelHorizontalAlignment.Center;
        sheet.Cells[FirstLine, 4, row, 9].Style.Numberformat.Format = Vnd;
        var note = row + 2;
        sheet.Cells[note, 1].Value = "Mỗi dòng là tổng của sheet cùng tên, chia theo nguồn kinh phí của từng dòng; toàn tỉnh là tổng các dòng. "
            + "Cách tính số lượng ở sheet \"Căn cứ\", đơn giá và căn cứ pháp lý ở sheet \"Định mức\".";
        sheet.Cells[note, 1].Style.Font.Italic = true;
        if (warning is not null)
            CostCover.Warn(sheet.Cells[note + 1, 1], warning);
        return row;
    }

    private static readonly TableColumn[] Columns =
        [new("STT", 6), new("Nội dung", 50), new("Đơn giá", 14, Vnd), new("Đơn vị tính", 14), new("Căn cứ", 60), new("Hiệu lực", 24)];

    private static void WriteUnitCosts(ExcelWorksheet sheet, int year, CostSettings settings, CostPlan plan)
    {
        var drafted = settings.DraftedOn(year);
        var prices = plan.Lines.Where(l => !l.OnlyLastYear).Select(l => l.Current.Price).DistinctBy(p => (p.Key, p.Name)).ToList();
        TableSheet.Write(sheet, FirstLine - 1, $"Đơn giá áp dụng cho dự toán năm {year} (các văn bản có hiệu lực ngày {Vietnamese.Date(drafted)}, ngày lập dự toán)",
            Columns,
            prices.Select((c, i) => new object?[] { i + 1, c.Name, c.Amount, c.Unit, c.Citation, InForce(c.From, c.To, c.Planned) }).ToList());
        var row = sheet.Dimension.End.Row + 2;
        row = TableSheet.Write(sheet, row, "Lương cơ sở (tiền thưởng là bội số của lương cơ sở)", Columns,
            settings.BaseSalary.Steps.OrderBy(s => s.From).Select((s, i) => new object?[]
            {
                i + 1, "Mức lương cơ sở", s.Value, "đ/tháng", s.Basis ?? "Dự kiến", InForce(s.From, settings.BaseSalary.On(s.From).To, false),
            }).ToList());
        TableSheet.Write(sheet, row, "Quy tắc tính số lượng", Columns,
            CostCover.Rules(settings, year).Select((r, i) => new object?[] { i + 1, r.Rule, null, null, r.Basis, null }).ToList());
        var last = sheet.Dimension.End.Row;
        sheet.Cells[FirstLine, 2, last, 2].Style.WrapText = true;
        sheet.Cells[FirstLine, 5, last, 5].Style.WrapText = true;
        sheet.Cells[FirstLine, 1, last, 6].Style.VerticalAlignment = ExcelVerticalAlignment.Center;
        sheet.Cells[FirstLine, 4, last, 4].Style.HorizontalAlignment = ExcelHorizontalAlignment.Center;
        // The STT of each table's rows is centred; the tables' titles in the same column are not.
        for (var r = FirstLine; r <= last; r++)
            if (sheet.Cells[r, 1].Value is int)
                sheet.Cells[r, 1].Style.HorizontalAlignment = ExcelHorizontalAlignment.Center;
        TemplateBuilder.FitWrapped(sheet, FirstLine + 1, last, 2, 5);
    }

    private static string InForce(DateOnly from, DateOnly? to, bool planned) =>
        planned || from == DateOnly.MinValue ? "—"
        : to is { } last ? $"{Vietnamese.Date(from)} – {Vietnamese.Date(last)}" : $"từ {Vietnamese.Date(from)}";

    private static void WriteBases(ExcelWorksheet sheet, CostPlan plan, IReadOnlyList<FigureSnapshot> snapshots)
    {
        var sources = string.Join("; ", snapshots.Select(s =>
            $"{PeriodWords(s.Period)} (bản số liệu số {s.Id}, tính lúc {s.ComputedAt.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture)} UTC, mã kiểm tra {s.Sha256[..12]})"));
        TableSheet.Write(sheet, FirstLine - 1, "Số lượng của từng dòng và cách tính. Số liệu: " + sources,
            [new("Cấp", 8), new("Mã ĐVHC", 10), new("Đơn vị", 26), new("Khoản mục", 40), new("Số lượng", 10, "#,##0.##"), new("Đơn vị tính", 11), new("Cách tính", 90), new("Nguồn kinh phí", 15)],
            plan.Lines.Select(l => new object?[] { LevelName(l.Level), l.Current.UnitCode, l.Current.UnitName, l.Current.Item.Name, l.Current.Quantity, l.Current.Item.Unit, l.Current.Basis, Budget(l.Current.PaidBy) }).ToList());
        sheet.Cells[FirstLine + 1, 7, sheet.Dimension.End.Row, 7].Style.WrapText = true;
        TemplateBuilder.FitWrapped(sheet, FirstLine + 1, sheet.Dimension.End.Row, 7);
        sheet.Cells[FirstLine + 1, 2, sheet.Dimension.End.Row, 2].Style.HorizontalAlignment = ExcelHorizontalAlignment.Center;
    }

    /// <summary>A stored period in words: "số liệu năm 2017", "số liệu kỳ 2016–2017".</summary>
    private static string PeriodWords(string period) => period.Split('-') switch
    {
        [var from, var to] when to.Length == 4 => $"số liệu kỳ {from}–{to}",
        [var y, var m] => $"số liệu đến hết tháng {m}/{y}",
        _ => $"số liệu năm {period}",
    };

    private static string LevelName(UnitLevel level) => level switch
    {
        UnitLevel.Province => "Tỉnh",
        UnitLevel.District => "Huyện",
        _ => "Xã",
    };

    internal static void Bordered(ExcelRange range)
    {
        range.Style.Border.Top.Style = range.Style.Border.Bottom.Style = ExcelBorderStyle.Thin;
        range.Style.Border.Left.Style = range.Style.Border.Right.Style = ExcelBorderStyle.Thin;
    }

    /// <summary>The workbook's own totals must be the sums of the lines computed here, to the đồng, and each sheet's budget split must add up to its total.</summary>
    private static void Check(ExcelPackage package, List<SheetTotal> totals, CostPlan plan, int grandRow)
    {
        decimal Value(ExcelWorksheet sheet, int row, int column) => Convert.ToDecimal(sheet.Cells[row, column].Value, CultureInfo.InvariantCulture);
        foreach (var total in totals)
        {
            var sheetTotal = Value(package.Workbook.Worksheets[total.Sheet], total.Row, 7);
            var linesTotal = plan.Lines
                .Where(l => total.Sheet == Province ? l.Level == UnitLevel.Province : l.Level != UnitLevel.Province && l.Current.DistrictCode == total.Code)
                .Sum(l => l.Current.Amount);
            if (sheetTotal != linesTotal)
                throw new InvalidOperationException($"Sheet \"{total.Sheet}\" totals {sheetTotal}, but its lines add up to {linesTotal}.");
        }
        var summary = package.Workbook.Worksheets[Summary];
        for (var row = FirstLine; row <= grandRow; row++)
        {
            var split = Enumerable.Range(4, BudgetLevels.Length).Sum(c => Value(summary, row, c));
            if (split != Value(summary, row, 7))
                throw new InvalidOperationException($"Row {row} of \"{Summary}\" splits {split} by budget, but totals {Value(summary, row, 7)}.");
        }
        var expected = plan.Lines.Sum(l => l.Current.Amount);
        if (Value(summary, grandRow, 7) != expected)
            throw new InvalidOperationException($"The estimate's total in the workbook is {Value(summary, grandRow, 7)}, but its lines add up to {expected}.");
        for (var b = 0; b < BudgetLevels.Length; b++)
        {
            var paid = plan.Lines.Where(l => l.Current.PaidBy == BudgetLevels[b]).Sum(l => l.Current.Amount);
            if (Value(summary, grandRow, 4 + b) != paid)
                throw new InvalidOperationException($"{Budget(BudgetLevels[b])} in the workbook is {Value(summary, grandRow, 4 + b)}, but its lines add up to {paid}.");
        }
    }
}
