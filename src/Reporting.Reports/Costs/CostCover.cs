using OfficeOpenXml;
using OfficeOpenXml.Style;
using Reporting.Domain.Costs;
using Reporting.Domain.Titles;
using Reporting.Domain.Units;
using Reporting.Reports.Excel;
using Reporting.Reports.Output;

namespace Reporting.Reports.Costs;

/// <summary>
/// The estimate's first sheet, the page the drafter and the approver sign: the association and the
/// national motto side by side, the place-and-date line, the title, the legal bases (<i>Căn cứ</i>),
/// the total by the budget that pays it with the total in words, the comparison with last year and
/// its warning, and the two signature blocks.
/// </summary>
internal static class CostCover
{
    public const string Plan = "Kế hoạch số 493/KH-UBND ngày 23/02/2016 của UBND tỉnh Bình Thuận về triển khai nhân rộng các mô hình \"Gia đình hiếu học\", \"Dòng họ hiếu học\", \"Cộng đồng học tập\" và \"Đơn vị học tập\" giai đoạn 2016 – 2020";
    private const int Width = 6;

    public static void Write(ExcelWorksheet sheet, CostPlan plan, CostSettings settings, EstimateSigners signers, Plausibility? warning, ClosedFigures closed,
        int summaryTotalRow)
    {
        var year = plan.Year;
        sheet.PrinterSettings.Orientation = eOrientation.Portrait;
        sheet.HeaderFooter.OddFooter.CenteredText = "";
        TemplateBuilder.Widths(sheet, 6, 30, 18, 6, 18, 22);
        Block(sheet, 1, 1, 3, "HỘI KHUYẾN HỌC TỈNH BÌNH THUẬN", bold: true);
        Block(sheet, 1, 4, 6, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold: true);
        Block(sheet, 2, 4, 6, "Độc lập - Tự do - Hạnh phúc", bold: true).Style.Font.UnderLine = true;
        Block(sheet, 3, 4, 6, $"{signers.Place}, ngày … tháng … năm {year - 1}", bold: false).Style.Font.Italic = true;
        Block(sheet, 5, 1, Width, "DỰ TOÁN KINH PHÍ", bold: true).Style.Font.Size = 14;
        Block(sheet, 6, 1, Width, $"thực hiện Kế hoạch nhân rộng các mô hình học tập năm {year}", bold: true);
        Block(sheet, 7, 1, Width, $"(lập ngày {Vietnamese.Date(settings.DraftedOn(year))}, theo các định mức có hiệu lực ngày này)", bold: false).Style.Font.Italic = true;

        var row = 9;
        sheet.Cells[row++, 1].Value = "Căn cứ:";
        sheet.Cells[row - 1, 1].Style.Font.Bold = true;
        foreach (var basis in Bases(plan, settings))
            row = Paragraph(sheet, row, $"– {basis};");
        // The quantities come from the registers' figures: the finance department must know whether they may still change.
        row = Paragraph(sheet, row, closed.Words, italic: true);
        row = Paragraph(sheet, row, $"Hội Khuyến học tỉnh lập dự toán kinh phí năm {year} của các cấp như sau:");

        row++;
        TemplateBuilder.Header(sheet, row, 1, "STT");
        TemplateBuilder.Header(sheet, row, 2, "Nguồn kinh phí", columns: 2);
        TemplateBuilder.Header(sheet, row, 4, "Số tiền (đồng)", columns: 3);
        var first = ++row;
        for (var b = 0; b < CostWorkbook.BudgetLevels.Length; b++, row++)
            Amount(sheet, row, $"{b + 1}", CostWorkbook.Budget(CostWorkbook.BudgetLevels[b]), $"'{CostWorkbook.Summary}'!{(char)('D' + b)}{summaryTotalRow}");
        Amount(sheet, row, "", "Tổng cộng", $"SUM(D{first}:D{row - 1})");
        sheet.Cells[row, 1, row, Width].Style.Font.Bold = true;
        CostWorkbook.Bordered(sheet.Cells[first - 1, 1, row, Width]);
        row += 1;
        row = Paragraph(sheet, row, $"Bằng chữ: {AmountInWords.Dong((long)plan.Total)}.", italic: true);
        if (plan.PreviousTotal > 0)
            row = Paragraph(sheet, row, $"Dự toán năm {year - 1} (tính theo cùng cách): {Vietnamese.Number((long)plan.PreviousTotal)} đồng; "
                + $"chênh lệch {(plan.Total >= plan.PreviousTotal ? "tăng" : "giảm")} {Vietnamese.Number((long)Math.Abs(plan.Total - plan.PreviousTotal))} đồng.");
        if (warning is not null)
        {
            Warn(sheet.Cells[row, 1, row, Width], warning);
            row++;
        }
        if (plan.Lines.Any(l => l.Current.Price.Planned && l.Current.Amount > 0))
            row = Paragraph(sheet, row, "Các đơn giá ghi \"Dự kiến\" chưa có văn bản quy định mức chi; khi thực hiện chi theo hóa đơn, chứng từ thực tế và không vượt dự toán được duyệt.", italic: true);
        row = Paragraph(sheet, row, "Chi tiết: sheet \"Tổng hợp\" (theo đơn vị và nguồn kinh phí), sheet \"Tỉnh\" và sheet của từng huyện (từng khoản), \"Định mức\" (đơn giá, căn cứ pháp lý), \"Căn cứ\" (cách tính số lượng).", italic: true);

        row += 1;
        Block(sheet, row, 1, 3, signers.DrafterTitle, bold: true);
        Block(sheet, row, 4, 6, signers.ApproverTitle, bold: true);
        sheet.Row(row).Height = signers.ApproverTitle.Contains('\n', StringComparison.Ordinal) ? 32 : 16;
        sheet.Cells[row, 1, row, Width].Style.WrapText = true;
        Block(sheet, row + 1, 1, 3, "(Ký, ghi rõ họ tên)", bold: false).Style.Font.Italic = true;
        Block(sheet, row + 1, 4, 6, "(Ký tên, đóng dấu)", bold: false).Style.Font.Italic = true;
        Block(sheet, row + 6, 1, 3, signers.DrafterName ?? "", bold: true);
        Block(sheet, row + 6, 4, 6, signers.ApproverName ?? "", bold: true);
        sheet.PrinterSettings.PrintArea = sheet.Cells[1, 1, row + 6, Width];
    }

    /// <summary>The plan, then every text that sets a rate this year's lines use (for rewards, the scale and the base salary), then the quotas' decision when one is configured.</summary>
    private static IEnumerable<string> Bases(CostPlan plan, CostSettings settings)
    {
        var drafted = settings.DraftedOn(plan.Year);
        var prices = plan.Lines.Where(l => !l.OnlyLastYear).Select(l => l.Current.Price).ToList();
        var rewarded = prices.Any(p => p.Key.IsReward());
        var texts = prices.Where(p => !p.Key.IsReward() && !p.Planned).Select(p => p.Basis!).ToList();
        if (rewarded && settings.RewardScale.On(drafted).Basis is { } scale)
            texts.Add(scale);
        if (rewarded && settings.BaseSalary.On(drafted).Basis is { } salary)
            texts.Add($"{salary} (mức lương cơ sở)");
        if (rewarded && settings.Rewards.Basis is { Length: > 0 } quotas)
            texts.Add(quotas);
        return [Plan, .. texts.Distinct()];
    }

    /// <summary>The rules that give quantities, with what sets them.</summary>
    public static IEnumerable<(string Rule, string Basis)> Rules(CostSettings settings, int year)
    {
        var drafted = settings.DraftedOn(year);
        yield return ($"Số đăng ký, số công nhận dự kiến tăng {CostWords.Share(settings.GrowthPercent / 100m)} so với năm trước, không quá số hiện có", "Dự kiến");
        var meals = settings.Cost(UnitCostKey.MealCommune, drafted);
        foreach (var level in CostWorkbook.BudgetLevels)
            yield return ($"Hỗ trợ tiền ăn cho người không hưởng lương từ ngân sách: {CostWords.Share(settings.NonPayroll(level))} đại biểu, học viên {CostWords.Level(level)}",
                (meals.Planned ? "Dự kiến" : $"{meals.Basis} (chỉ hỗ trợ đại biểu không hưởng lương)") + "; tỷ lệ dự kiến");
        var quotaBasis = settings.Rewards.Basis is { Length: > 0 } decided ? decided : "Dự kiến (Ban Chỉ đạo quyết định số được khen thưởng)";
        foreach (var level in RewardRules.Levels)
            foreach (var title in TitleKeys.Recognized)
                if (settings.Rewards.Quota(level, title) is { } quota)
                    yield return ($"Khen thưởng \"{title.Names().Name}\" tiêu biểu {CostWords.Level(level)}: {CostWords.Quota(quota, level, title.Names())}", quotaBasis);
        yield return (settings.Rewards.CommendAgain ? "Người, tập thể đã được khen ở hội nghị trước được tính lại" : "Người, tập thể đã được khen ở hội nghị trước không tính lại", quotaBasis);
        yield return ("Hội nghị sơ kết, tổng kết, tọa đàm, kiểm tra theo Thông tư 44 theo lịch của kế hoạch", "Kế hoạch số 493/KH-UBND ngày 23/02/2016, mục II");
    }

    public static void Warn(ExcelRange cell, Plausibility warning)
    {
        cell.Merge = cell.Start.Column != cell.End.Column;
        cell.Value = warning.Text;
        cell.Style.Font.Bold = true;
        cell.Style.Font.Color.SetColor(System.Drawing.Color.FromArgb(0xC0, 0x00, 0x00));
        cell.Style.WrapText = true;
        cell.Worksheet.Row(cell.Start.Row).Height = 15 * Math.Max(2, Math.Ceiling(warning.Text.Length / 100.0));
    }

    private static ExcelRange Block(ExcelWorksheet sheet, int row, int from, int to, string text, bool bold)
    {
        var range = sheet.Cells[row, from, row, to];
        range.Merge = true;
        range.Value = text;
        range.Style.Font.Bold = bold;
        range.Style.HorizontalAlignment = ExcelHorizontalAlignment.Center;
        return range;
    }

    /// <summary>A justified paragraph over the page's width, as tall as its words need.</summary>
    private static int Paragraph(ExcelWorksheet sheet, int row, string text, bool italic = false)
    {
        var range = sheet.Cells[row, 1, row, Width];
        range.Merge = true;
        range.Value = text;
        range.Style.WrapText = true;
        range.Style.Font.Italic = italic;
        range.Style.HorizontalAlignment = ExcelHorizontalAlignment.Justify;
        range.Style.VerticalAlignment = ExcelVerticalAlignment.Top;
        sheet.Row(row).Height = 15 * Math.Max(1, Math.Ceiling(text.Length / 105.0));
        return row + 1;
    }

    private static void Amount(ExcelWorksheet sheet, int row, string number, string label, string formula)
    {
        sheet.Cells[row, 1].Value = number;
        sheet.Cells[row, 1].Style.HorizontalAlignment = ExcelHorizontalAlignment.Center;
        sheet.Cells[row, 2, row, 3].Merge = true;
        sheet.Cells[row, 2].Value = label;
        var amount = sheet.Cells[row, 4, row, Width];
        amount.Merge = true;
        amount.Formula = formula;
        amount.Style.Numberformat.Format = CostWorkbook.Vnd;
    }
}
