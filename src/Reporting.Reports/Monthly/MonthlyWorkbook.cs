using System.Globalization;
using OfficeOpenXml;
using Reporting.Domain.Figures;
using Reporting.Domain.Titles;
using Reporting.Domain.Units;
using Reporting.Figures;
using Reporting.Output;
using Reporting.Reports.Excel;
using Reporting.Reports.Output;

namespace Reporting.Reports.Monthly;

/// <summary>Fills the monthly template with one month's figures and writes the workbook atomically.</summary>
public static class MonthlyWorkbook
{
    public const string TemplateName = "monthly/" + MonthlyTemplate.FileName;

    public static string FileName(int year, int month) => string.Create(CultureInfo.InvariantCulture, $"tong-hop-thang-{year:0000}-{month:00}.xlsx");

    public static void Write(MonthlyFigures figures, ClosedFigures closed, UnitDirectory units, FiguresSettings settings, string templatePath, string path)
    {
        if (!File.Exists(templatePath))
            throw new TemplateException($"Không tìm thấy mẫu '{TemplateName}' ở {templatePath}; chạy 'reporting templates' để tạo lại mẫu mặc định.");
        var package = ReportPackages.FromTemplate(templatePath);
        var scalars = Scalars(figures, closed, settings);

        var summary = FigureSheets.FillSummary(package, figures, scalars);
        var communes = FigureSheets.FillCommunes(package, figures, scalars);
        ProgressSheet.Fill(package, figures, scalars);
        var submissions = SubmissionsSheet.Fill(package, figures, scalars);
        ErrorsSheet.Fill(package, figures, units, scalars);
        // Cached values for every formula, so a reader who never recalculates sees the same numbers.
        package.Workbook.Calculate();
        FigureSheets.CheckAgainstFigures(summary, figures);
        FigureSheets.CheckAgainstFigures(communes, figures);
        SubmissionsSheet.CheckTotals(submissions, figures);
        ChartsSheet.Fill(package, summary, scalars);
        foreach (var sheet in new[] { summary, communes })
            TemplateBuilder.RepeatTitles(sheet.Worksheet, MonthlyTemplate.UnitColumns, MonthlyTemplate.FirstModelRow - 2, MonthlyTemplate.FirstModelRow - 1);

        var properties = package.Workbook.Properties;
        properties.Title = $"Tổng hợp kết quả xây dựng xã hội học tập tháng {figures.Month:00}/{figures.Year}";
        properties.Company = "Hội Khuyến học tỉnh Bình Thuận";
        OutputFile.WriteAtomically(path, temporary => package.SaveAs(new FileInfo(temporary)));
    }

    /// <summary>
    /// What the summary counts, in the words every document uses; in December, how many recognitions
    /// signed after 31 December the year's figures will still count.
    /// </summary>
    public static string CutOffNote(MonthlyFigures figures)
    {
        var note = Capitalized(CutOff.AsOf(figures.Year, figures.Period.AsOf));
        var recognitions = figures.LateRecognitions;
        if (figures.Month != 12 || recognitions.Count == 0)
            return note + ".";
        var late = MonthlyTemplate.Titles.Select(t => $"{Vietnamese.Number(recognitions.GetValueOrDefault(t))} {t.Names().Counted}").ToList();
        return $"{note}. Số liệu năm {figures.Year} còn tính các quyết định công nhận ký từ 01/01/{figures.Year + 1} đến {Vietnamese.Date(FiguresPeriod.RecognitionDeadline(figures.Year))}: "
            + $"đến nay thêm {Vietnamese.List(late)} được công nhận ({CutOff.Year(figures.Year)}).";
    }

    private static string Capitalized(string text) => char.ToUpper(text[0], Vietnamese.Culture) + text[1..];

    private static Dictionary<string, string> Scalars(MonthlyFigures figures, ClosedFigures closed, FiguresSettings settings) => new()
    {
        ["year"] = figures.Year.ToString(CultureInfo.InvariantCulture),
        ["month"] = figures.Month.ToString("00", CultureInfo.InvariantCulture),
        ["from"] = new DateOnly(figures.Year, figures.Month, 1).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        ["as_of"] = figures.Period.AsOf.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        // Every sheet's second line: what the figures count, and whether they are closed.
        ["cut_off"] = $"{CutOffNote(figures)} {closed.Words}",
        ["max_days"] = settings.MaxDaysSinceUpdate.ToString(CultureInfo.InvariantCulture),
        ["target_year"] = settings.Targets.Year.ToString(CultureInfo.InvariantCulture),
    };
}
