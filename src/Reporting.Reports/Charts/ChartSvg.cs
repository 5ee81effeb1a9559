using System.Text.RegularExpressions;
using ScottPlot;

namespace Reporting.Reports.Charts;

/// <summary>
/// A chart as SVG text that depends on the chart alone: Skia numbers clip paths (in hex) with a counter of
/// the whole process, so the same chart drawn twice in one process would differ; they are numbered
/// again from 1 in the order they appear.
/// </summary>
public static partial class ChartSvg
{
    public static string Of(Plot plot, int width, int height)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        return ClipId().Replace(plot.GetSvgXml(width, height), m =>
        {
            if (!numbers.TryGetValue(m.Groups[1].Value, out var number))
                numbers[m.Groups[1].Value] = number = numbers.Count + 1;
            return $"cl_{number}";
        });
    }

    [GeneratedRegex(@"\bcl_([0-9a-f]+)\b")]
    private static partial Regex ClipId();
}
