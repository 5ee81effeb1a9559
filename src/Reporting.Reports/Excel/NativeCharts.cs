using System.Globalization;
using System.Xml;
using OfficeOpenXml;
using OfficeOpenXml.Drawing.Chart;

namespace Reporting.Reports.Excel;

/// <summary>
/// Completes the chart XML EPPlus 4 writes, which readers other than Excel draw as empty frames:
/// every series gets its colour, text categories become string references, and references carry
/// the cached values of their cells, so the chart shows its data in any reader, recalculated or not.
/// </summary>
public static class NativeCharts
{
    private const string ChartNamespace = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private const string DrawingNamespace = "http://schemas.openxmlformats.org/drawingml/2006/main";

    /// <param name="colours">RGB hex colours, one per series in the order they were added.</param>
    public static void Complete(ExcelChart chart, ExcelWorkbook workbook, params string[] colours)
    {
        var xml = chart.ChartXml;
        var series = xml.GetElementsByTagName("ser", ChartNamespace).Cast<XmlElement>().ToList();
        for (var i = 0; i < series.Count; i++)
        {
            var isLine = series[i].ParentNode!.LocalName == "lineChart";
            var colour = colours[i % colours.Length];
            InsertAfter(series[i], "tx", Shape(xml, colour, isLine));
            if (Child(series[i], "cat") is { } categories && Child(categories, "numRef") is { } numbers)
                categories.ReplaceChild(StringReference(xml, Formula(numbers), workbook), numbers);
            if (Child(series[i], "val") is { } values && Child(values, "numRef") is { } reference)
                reference.AppendChild(NumberCache(xml, Formula(reference), workbook));
        }
    }

    private static XmlElement Shape(XmlDocument xml, string colour, bool isLine)
    {
        var shape = xml.CreateElement("c", "spPr", ChartNamespace);
        var fill = Fill(xml, colour);
        if (isLine)
        {
            var line = xml.CreateElement("a", "ln", DrawingNamespace);
            line.SetAttribute("w", "28575");
            line.AppendChild(fill);
            shape.AppendChild(line);
        }
        else
            shape.AppendChild(fill);
        return shape;
    }

    private static XmlElement Fill(XmlDocument xml, string colour)
    {
        var fill = xml.CreateElement("a", "solidFill", DrawingNamespace);
        var rgb = xml.CreateElement("a", "srgbClr", DrawingNamespace);
        rgb.SetAttribute("val", colour);
        fill.AppendChild(rgb);
        return fill;
    }

    private static XmlElement StringReference(XmlDocument xml, string formula, ExcelWorkbook workbook)
    {
        var reference = xml.CreateElement("c", "strRef", ChartNamespace);
        reference.AppendChild(Element(xml, "f", formula));
        var cache = xml.CreateElement("c", "strCache", ChartNamespace);
        AppendPoints(xml, cache, Cells(formula, workbook).Select(c => c.Text).ToList());
        reference.AppendChild(cache);
        return reference;
    }

    private static XmlElement NumberCache(XmlDocument xml, string formula, ExcelWorkbook workbook)
    {
        var cache = xml.CreateElement("c", "numCache", ChartNamespace);
        cache.AppendChild(Element(xml, "formatCode", "General"));
        AppendPoints(xml, cache, Cells(formula, workbook)
            .Select(c => c.Value is null or "" ? null : Convert.ToDouble(c.Value, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture))
            .ToList());
        return cache;
    }

    private static void AppendPoints(XmlDocument xml, XmlElement cache, IReadOnlyList<string?> points)
    {
        var count = xml.CreateElement("c", "ptCount", ChartNamespace);
        count.SetAttribute("val", points.Count.ToString(CultureInfo.InvariantCulture));
        cache.AppendChild(count);
        for (var i = 0; i < points.Count; i++)
        {
            if (points[i] is not { } point)
                continue;
            var pt = xml.CreateElement("c", "pt", ChartNamespace);
            pt.SetAttribute("idx", i.ToString(CultureInfo.InvariantCulture));
            pt.AppendChild(Element(xml, "v", point));
            cache.AppendChild(pt);
        }
    }

    private static IEnumerable<ExcelRangeBase> Cells(string formula, ExcelWorkbook workbook)
    {
        var bang = formula.LastIndexOf('!');
        var sheet = workbook.Worksheets[formula[..bang].Trim('\'').Replace("''", "'", StringComparison.Ordinal)];
        var address = new ExcelAddress(formula[(bang + 1)..]);
        return Enumerable.Range(address.Start.Row, address.Rows).Select(row => sheet.Cells[row, address.Start.Column]);
    }

    private static string Formula(XmlElement reference) => Child(reference, "f")!.InnerText;

    private static XmlElement Element(XmlDocument xml, string name, string text)
    {
        var element = xml.CreateElement("c", name, ChartNamespace);
        element.InnerText = text;
        return element;
    }

    private static XmlElement? Child(XmlElement parent, string localName) =>
        parent.ChildNodes.OfType<XmlElement>().FirstOrDefault(e => e.LocalName == localName && e.NamespaceURI == ChartNamespace);

    private static void InsertAfter(XmlElement parent, string localName, XmlElement element)
    {
        if (Child(parent, localName) is { } anchor)
            parent.InsertAfter(element, anchor);
        else
            parent.PrependChild(element);
    }
}
