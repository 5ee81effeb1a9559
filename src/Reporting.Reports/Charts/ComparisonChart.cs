using ScottPlot;
using Reporting.Reports.Output;

namespace Reporting.Reports.Charts;

/// <summary>A recognised share per unit, as horizontal bars with the first unit on top, and each unit's target as a red mark.</summary>
public static class ComparisonChart
{
    public sealed record Line(string Name, decimal? Recognized, decimal? Target);

    public static Plot Of(string title, IReadOnlyList<Line> lines, string targetLabel)
    {
        var plot = ChartStyle.NewPlot(title);
        var rows = lines.Reverse().ToList();
        var positions = Enumerable.Range(0, rows.Count).Select(i => (double)i).ToArray();
        var bars = plot.Add.Bars(rows.Select((row, i) => new Bar
        {
            Position = i, Value = (double)(row.Recognized ?? 0), FillColor = ChartStyle.Recognized, Label = Vietnamese.Percent(row.Recognized),
        }).ToList());
        bars.Horizontal = true;
        bars.ValueLabelStyle.FontSize = rows.Count > 14 ? 10 : 14;
        var targets = plot.Add.ScatterPoints(rows.Select(r => (double)(r.Target ?? 0)).ToArray(), positions);
        targets.Color = ChartStyle.Target;
        targets.MarkerShape = MarkerShape.VerticalBar;
        targets.MarkerSize = 26;
        targets.MarkerLineWidth = 4;
        plot.Axes.Left.SetTicks(positions, rows.Select(r => ChartStyle.Text(r.Name)).ToArray());
        plot.Axes.Left.TickLabelStyle.FontSize = rows.Count > 14 ? 12 : 16;
        plot.Axes.SetLimitsX(0, 100);
        foreach (var (text, colour) in new[] { ("Tỷ lệ công nhận", ChartStyle.Recognized), (targetLabel, ChartStyle.Target) })
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = ChartStyle.Text(text), FillColor = colour });
        // Outside the data, so it never hides a bar.
        plot.ShowLegend(Edge.Right);
        return plot;
    }
}
