using System.Text;
using ScottPlot;
using ReportPalette = Reporting.Reports.Excel.Palette;

namespace Reporting.Reports.Charts;

/// <summary>
/// One look for every chart: DejaVu Sans shipped with the app (all Vietnamese diacritics), text in
/// NFC (decomposed accents render detached), large type for slides, and the reports' palette.
/// </summary>
public static class ChartStyle
{
    public const string FontName = "DejaVu Sans";
    public const int Width = 1200;
    public const int Height = 675;

    public static readonly Color Registered = Color.FromHex("#" + ReportPalette.Registered);
    public static readonly Color Recognized = Color.FromHex("#" + ReportPalette.Recognized);
    public static readonly Color Target = Color.FromHex("#" + ReportPalette.Target);

    /// <summary>One colour per title, in the order of the titles.</summary>
    public static readonly Color[] Series = [Color.FromHex("#4472C4"), Color.FromHex("#ED7D31"), Color.FromHex("#2E8B57"), Color.FromHex("#7F3F98")];

    /// <summary>Circular 44 classes: good, fair, average, unclassified.</summary>
    public static readonly Color[] Classes = [Color.FromHex("#2E8B57"), Color.FromHex("#4472C4"), Color.FromHex("#F2C200"), Color.FromHex("#A6A6A6")];

    private static readonly Lock FontsLock = new();
    private static bool _fontsLoaded;

    public static Plot NewPlot(string title)
    {
        LoadFonts();
        var plot = new Plot();
        plot.Font.Set(FontName);
        plot.Title(Text(title), size: 26);
        foreach (var axis in new ScottPlot.IAxis[] { plot.Axes.Bottom, plot.Axes.Left })
        {
            axis.TickLabelStyle.FontSize = 18;
            axis.Label.FontSize = 20;
        }
        plot.Legend.FontSize = 18;
        plot.Legend.FontName = FontName;
        return plot;
    }

    public static string Text(string text) => text.Normalize(NormalizationForm.FormC);

    private static void LoadFonts()
    {
        lock (FontsLock)
        {
            if (_fontsLoaded)
                return;
            var folder = Path.Combine(AppContext.BaseDirectory, "fonts");
            Fonts.AddFontFile(FontName, Path.Combine(folder, "DejaVuSans.ttf"), bold: false, italic: false);
            Fonts.AddFontFile(FontName, Path.Combine(folder, "DejaVuSans-Bold.ttf"), bold: true, italic: false);
            _fontsLoaded = true;
        }
    }
}
