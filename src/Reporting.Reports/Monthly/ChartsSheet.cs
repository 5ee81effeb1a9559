using OfficeOpenXml;
using OfficeOpenXml.Drawing.Chart;
using Reporting.Domain.Titles;
using Reporting.Reports.Excel;

namespace Reporting.Reports.Monthly;

/// <summary>
/// <i>Biểu đồ</i>: native Excel charts whose series point at the district rows of <i>Tổng hợp</i>, so
/// they follow the numbers if someone corrects a cell: for each title, registration and recognition
/// by district, and the recognised share against the target.
/// </summary>
internal static class ChartsSheet
{
    private const int Width = 620;
    private const int Height = 330;
    private const int RowsPerChart = 18;
    // 9 columns of width 10 are 9 × 75 px, wider than a chart.
    private const int ChartColumns = 9;
    private const double ColumnWidth = 10;

    public static void Fill(ExcelPackage package, TemplateSheet summary, IReadOnlyDictionary<string, string> scalars)
    {
        var sheet = TemplateSheet.OpenPlain(package, MonthlyWorkbook.TemplateName, MonthlyTemplate.Charts, scalars);
        if (summary.ItemRows.Count == 0)
            return;
        var data = summary.Worksheet;
        var (first, last) = (summary.ItemRows[0], summary.ItemRows[^1]);
        ExcelRange Column(string field) => data.Cells[first, summary.ColumnOf(field), last, summary.ColumnOf(field)];
        var names = Column("name");
        // Two charts side by side fit when each half of the sheet is wider than a chart; two titles a page.
        for (var c = 1; c <= 2 * ChartColumns; c++)
            sheet.Column(c).Width = ColumnWidth;
        for (var t = 0; t < MonthlyTemplate.Titles.Count; t++)
        {
            var title = MonthlyTemplate.Titles[t];
            var key = title.Key();
            var row = 4 + t * RowsPerChart;
            if (t > 0 && t % 2 == 0)
                sheet.Row(row - 1).PageBreak = true;

            var counts = (ExcelBarChart)sheet.Drawings.AddChart($"dang-ky-cong-nhan-{key}", eChartType.ColumnClustered);
            counts.Title.Text = $"{title.VietnameseName()}: đăng ký và công nhận";
            Add(counts.Series, Column($"{key}.registered"), names, "Đăng ký");
            Add(counts.Series, Column($"{key}.recognized"), names, "Công nhận");
            counts.YAxis.Format = TemplateBuilder.Count;
            Place(counts, row, 0);
            NativeCharts.Complete(counts, package.Workbook, Palette.Registered, Palette.Recognized);

            var rates = (ExcelBarChart)sheet.Drawings.AddChart($"ty-le-chi-tieu-{key}", eChartType.ColumnClustered);
            rates.Title.Text = $"{title.VietnameseName()}: tỷ lệ công nhận so với chỉ tiêu {scalars["target_year"]}";
            var share = summary.FormulaColumnAfter($"{key}.recognized");
            Add(rates.Series, data.Cells[first, share, last, share], names, "Tỷ lệ công nhận");
            var target = rates.PlotArea.ChartTypes.Add(eChartType.LineMarkers);
            Add(target.Series, Column($"{key}.target"), names, $"Chỉ tiêu {scalars["target_year"]}");
            rates.YAxis.Format = "0%";
            rates.YAxis.MinValue = 0;
            Place(rates, row, ChartColumns);
            NativeCharts.Complete(rates, package.Workbook, Palette.Recognized, Palette.Target);
        }
    }

    private static void Add(ExcelChartSeries series, ExcelRange values, ExcelRange categories, string header) =>
        series.Add(values, categories).Header = header;

    private static void Place(ExcelChart chart, int row, int column)
    {
        chart.SetPosition(row - 1, 0, column, 0);
        chart.SetSize(Width, Height);
        chart.Legend.Position = eLegendPosition.Bottom;
    }
}
