using System.Globalization;
using Reporting.Reports.Charts;
using ScottPlot;

namespace Reporting.App.Web.Figures;

/// <summary>The figures pages' charts, drawn on the server as SVG (no script library, no internet), as data addresses for an image.</summary>
public static class FiguresCharts
{
    private const int Width = 900;

    public static string Comparison(string title, IReadOnlyList<ComparisonChart.Line> lines)
    {
        using var plot = ComparisonChart.Of(title, lines, "Chỉ tiêu");
        return Svg(plot, Math.Max(320, 140 + 28 * lines.Count));
    }

    /// <summary>A share year by year, 0–100%, with the target as a dashed line when there is one.</summary>
    public static string Trend(string title, IReadOnlyList<(int Year, decimal? Percent)> points, decimal? target)
    {
        using var plot = ChartStyle.NewPlot(title);
        var years = points.Select(p => (double)p.Year).ToArray();
        var line = plot.Add.Scatter(years, points.Select(p => (double)(p.Percent ?? 0)).ToArray());
        line.Color = ChartStyle.Recognized;
        line.LineWidth = 4;
        line.MarkerSize = 12;
        line.LegendText = ChartStyle.Text("Tỷ lệ công nhận");
        if (target is { } goal)
        {
            var mark = plot.Add.HorizontalLine((double)goal, 3, ChartStyle.Target, LinePattern.Dashed);
            mark.LegendText = ChartStyle.Text("Chỉ tiêu");
        }
        plot.Axes.Bottom.SetTicks(years, years.Select(y => y.ToString("0", CultureInfo.InvariantCulture)).ToArray());
        plot.Axes.SetLimitsX(years.Min() - 0.5, years.Max() + 0.5);
        plot.Axes.SetLimitsY(0, 100);
        plot.YLabel(ChartStyle.Text("% được công nhận"));
        plot.ShowLegend(Edge.Bottom);
        return Svg(plot, 420);
    }

    /// <summary>A data address of the SVG, for an image: an SVG shown as an image runs nothing, whatever a name in it holds.</summary>
    private static string Svg(Plot plot, int height) =>
        "data:image/svg+xml;base64," + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(plot.GetSvgXml(Width, height)));
}
