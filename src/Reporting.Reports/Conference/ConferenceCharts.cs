using System.Globalization;
using Reporting.Output;
using Reporting.Reports.Charts;
using Reporting.Reports.Output;
using ScottPlot;

namespace Reporting.Reports.Conference;

/// <summary>The charts of a pack, drawn with ScottPlot, written as PNG and SVG for slides and embedded in the report.</summary>
public static class ConferenceCharts
{
    public static IReadOnlyList<ChartImage> Write(PackModel pack, string folder)
    {
        Directory.CreateDirectory(folder);
        var charts = new List<ChartImage>
        {
            // A one-year review has no trend to draw: its year's shares as bars.
            pack.WindowYears == 1
                ? Save(folder, "xu-huong", $"Tỷ lệ công nhận các danh hiệu năm {pack.ToYear}", Shares(pack))
                : Save(folder, "xu-huong", $"Tỷ lệ công nhận các danh hiệu, {pack.Window}", Trend(pack)),
            Save(folder, "chi-tieu", $"Tỷ lệ công nhận năm {pack.ToYear} so với chỉ tiêu {pack.TargetYear}", AgainstTargets(pack)),
        };
        if (pack.Children.Count > 0)
            charts.Add(Save(folder, "so-sanh-" + (pack.IsProvince ? "huyen" : "xa"),
                $"Gia đình hiếu học: tỷ lệ công nhận năm {pack.ToYear} theo {pack.ChildLevel}", Comparison(pack)));
        if (pack.Circular44.Any(c => c.Assessed > 0))
            charts.Add(Save(folder, "thong-tu-44", "Xếp loại cộng đồng học tập cấp xã (Thông tư 44/2014)", Circular44(pack)));
        return charts;
    }

    private static ChartImage Save(string folder, string name, string caption, Plot chart)
    {
        using var plot = chart;
        var png = Path.Combine(folder, name + ".png");
        var svg = Path.Combine(folder, name + ".svg");
        OutputFile.WriteAtomically(png, temporary => plot.SavePng(temporary, ChartStyle.Width, ChartStyle.Height));
        OutputFile.WriteAtomically(svg, temporary => File.WriteAllText(temporary, ChartSvg.Of(plot, ChartStyle.Width, ChartStyle.Height)));
        var uri = "data:image/png;base64," + Convert.ToBase64String(File.ReadAllBytes(png));
        return new ChartImage(name, caption, $"charts/{name}.png", $"charts/{name}.svg", uri);
    }

    /// <summary>Each title's recognised share year by year: integer year ticks, 0–100%.</summary>
    private static Plot Trend(PackModel pack)
    {
        var plot = ChartStyle.NewPlot($"Tỷ lệ công nhận các danh hiệu, {pack.Window}");
        var years = Enumerable.Range(pack.FromYear, pack.WindowYears).Select(y => (double)y).ToArray();
        for (var t = 0; t < pack.Titles.Count; t++)
        {
            var title = pack.Titles[t];
            var line = plot.Add.Scatter(years, title.Series.Select(p => (double)(p.RecognizedPercent ?? 0)).ToArray());
            line.LegendText = ChartStyle.Text(title.Name);
            line.Color = ChartStyle.Series[t];
            line.LineWidth = 4;
            line.MarkerSize = 12;
        }
        plot.Axes.Bottom.SetTicks(years, years.Select(y => y.ToString("0", CultureInfo.InvariantCulture)).ToArray());
        plot.Axes.SetLimitsX(pack.FromYear - 0.5, pack.ToYear + 0.5);
        plot.Axes.SetLimitsY(0, 100);
        plot.YLabel(ChartStyle.Text("% được công nhận"));
        plot.ShowLegend(Edge.Bottom);
        Source(plot, pack);
        return plot;
    }

    /// <summary>Each title's recognised share in the one year, labelled with its value.</summary>
    private static Plot Shares(PackModel pack)
    {
        var plot = ChartStyle.NewPlot($"Tỷ lệ công nhận các danh hiệu năm {pack.ToYear}");
        var bars = plot.Add.Bars(pack.Titles.Select((t, i) => new Bar
        {
            Position = i, Value = (double)(t.RecognizedPercent ?? 0), FillColor = ChartStyle.Series[i], Label = Vietnamese.Percent(t.RecognizedPercent),
        }).ToList());
        bars.ValueLabelStyle.FontSize = 16;
        plot.Axes.Bottom.SetTicks(pack.Titles.Select((_, i) => (double)i).ToArray(), pack.Titles.Select(t => ChartStyle.Text(t.Name)).ToArray());
        plot.Axes.SetLimitsY(0, 110);
        plot.YLabel(ChartStyle.Text("% được công nhận"));
        Source(plot, pack);
        return plot;
    }

    /// <summary>Where the numbers come from and what they count, under the chart.</summary>
    private static void Source(Plot plot, PackModel pack, string? label = null) =>
        Source(plot, (label is null ? "" : label + "\n") + $"Nguồn: sổ theo dõi của các xã, huyện; {pack.YearCutOff}");

    private static void Source(Plot plot, string text)
    {
        plot.Axes.Bottom.Label.Text = ChartStyle.Text(text);
        plot.Axes.Bottom.Label.FontSize = 14;
        plot.Axes.Bottom.Label.Bold = false;
    }

    /// <summary>For each title, the recognised share beside its target.</summary>
    private static Plot AgainstTargets(PackModel pack)
    {
        var plot = ChartStyle.NewPlot($"Tỷ lệ công nhận năm {pack.ToYear} so với chỉ tiêu {pack.TargetYear}");
        var bars = plot.Add.Bars(pack.Titles.Select((title, t) => new Bar
        {
            Position = t, Value = (double)(title.RecognizedPercent ?? 0), FillColor = ChartStyle.Recognized, Label = Vietnamese.Percent(title.RecognizedPercent),
        }).ToList());
        bars.ValueLabelStyle.FontSize = 16;
        // The target is a mark across its bar, not a bar of its own.
        var targets = plot.Add.ScatterPoints(pack.Titles.Select((_, t) => (double)t).ToArray(), pack.Titles.Select(t => (double)(t.Target ?? 0)).ToArray());
        targets.Color = ChartStyle.Target;
        targets.MarkerShape = MarkerShape.HorizontalBar;
        targets.MarkerSize = 60;
        targets.MarkerLineWidth = 4;
        plot.Axes.Bottom.SetTicks(pack.Titles.Select((_, t) => (double)t).ToArray(), pack.Titles.Select(t => ChartStyle.Text(t.Name)).ToArray());
        plot.Axes.SetLimitsY(0, 110);
        plot.YLabel("%");
        Legend(plot, ("Tỷ lệ công nhận", ChartStyle.Recognized), ($"Chỉ tiêu {pack.TargetYear}", ChartStyle.Target));
        Source(plot, pack);
        return plot;
    }

    /// <summary>Families' recognised share per district (or commune), longest names on the left, targets as red marks.</summary>
    private static Plot Comparison(PackModel pack)
    {
        var plot = ComparisonChart.Of($"Gia đình hiếu học: tỷ lệ công nhận năm {pack.ToYear} theo {pack.ChildLevel}",
            pack.Children.Select(c => new ComparisonChart.Line(c.Name, c.Cells[0].RecognizedPercent, c.Cells[0].Target)).ToList(), $"Chỉ tiêu {pack.TargetYear}");
        Source(plot, pack, "% số hộ được công nhận");
        return plot;
    }

    /// <summary>Communes by Circular 44 class, one stacked bar per year.</summary>
    private static Plot Circular44(PackModel pack)
    {
        var plot = ChartStyle.NewPlot("Xếp loại cộng đồng học tập cấp xã (Thông tư 44/2014)");
        var bars = new List<Bar>();
        foreach (var year in pack.Circular44)
        {
            double bottom = 0;
            long[] counts = [year.Good, year.Fair, year.Average, year.Unclassified];
            for (var c = 0; c < counts.Length; c++)
            {
                bars.Add(new Bar { Position = year.Year, ValueBase = bottom, Value = bottom + counts[c], FillColor = ChartStyle.Classes[c] });
                bottom += counts[c];
            }
        }
        plot.Add.Bars(bars);
        var years = pack.Circular44.Select(c => (double)c.Year).ToArray();
        plot.Axes.Bottom.SetTicks(years, years.Select(y => y.ToString("0", CultureInfo.InvariantCulture)).ToArray());
        plot.Axes.Margins(bottom: 0);
        plot.YLabel(ChartStyle.Text("số xã"));
        Legend(plot, ("Tốt", ChartStyle.Classes[0]), ("Khá", ChartStyle.Classes[1]), ("Trung bình", ChartStyle.Classes[2]), ("Không xếp loại", ChartStyle.Classes[3]));
        Source(plot, "Nguồn: kết quả đánh giá của các huyện theo Thông tư 44/2014/TT-BGDĐT");
        return plot;
    }

    private static void Legend(Plot plot, params (string Text, Color Colour)[] items)
    {
        foreach (var (text, colour) in items)
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = ChartStyle.Text(text), FillColor = colour });
        // Outside the data, so it never hides a bar.
        plot.ShowLegend(Edge.Right);
    }
}
