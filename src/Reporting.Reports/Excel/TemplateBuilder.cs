using System.Drawing;
using OfficeOpenXml;
using OfficeOpenXml.Style;

namespace Reporting.Reports.Excel;

/// <summary>
/// Writes the default look of a report template: the house style of the association's documents
/// (Times New Roman, bordered tables, a shaded two-line header, A4 landscape). Only used to create or
/// reset a template; reports follow whatever the template in <c>templates/</c> says.
/// </summary>
public sealed class TemplateBuilder
{
    public const string Font = "Times New Roman";
    public const string Count = "#,##0";
    public const string Rate = "0.0%";
    public const string Date = "dd/mm/yyyy";
    public const string DateTime = "dd/mm/yyyy hh:mm";

    private static readonly Color HeaderFill = Color.FromArgb(0xDD, 0xE6, 0xF0);
    private static readonly Color GroupFill = Color.FromArgb(0xF2, 0xF2, 0xF2);
    private static readonly Color TotalFill = Color.FromArgb(0xFF, 0xF2, 0xCC);

    public ExcelPackage Package { get; } = new();

    /// <summary>A sheet with the title block (organisation, title, subtitle) over <paramref name="width"/> columns.</summary>
    public ExcelWorksheet Sheet(string name, int width, string title, string subtitle) =>
        TitledSheet(Package, name, width, title, subtitle);

    /// <summary>A new sheet in the house font and page setup, under the association's title block.</summary>
    public static ExcelWorksheet TitledSheet(ExcelPackage package, string name, int width, string title, string subtitle)
    {
        var sheet = TableSheet.NewSheet(package, name);
        sheet.Cells[1, 1].Value = "HỘI KHUYẾN HỌC TỈNH BÌNH THUẬN";
        sheet.Cells[1, 1].Style.Font.Bold = true;
        Centered(sheet.Cells[2, 1, 2, width], title, 14, bold: true);
        Centered(sheet.Cells[3, 1, 3, width], subtitle, 11, bold: false);
        sheet.Cells[3, 1].Style.Font.Italic = true;
        return sheet;
    }

    /// <summary>The house page setup: A4 landscape, as wide as one page, numbered pages.</summary>
    public static void A4Landscape(ExcelWorksheet sheet)
    {
        sheet.PrinterSettings.PaperSize = ePaperSize.A4;
        sheet.PrinterSettings.Orientation = eOrientation.Landscape;
        sheet.PrinterSettings.FitToPage = true;
        sheet.PrinterSettings.FitToWidth = 1;
        sheet.PrinterSettings.FitToHeight = 0;
        sheet.PrinterSettings.LeftMargin = sheet.PrinterSettings.RightMargin = 0.4m;
        sheet.PrinterSettings.TopMargin = sheet.PrinterSettings.BottomMargin = 0.5m;
        sheet.HeaderFooter.OddFooter.CenteredText = "Trang &P / &N";
    }

    /// <summary>
    /// A table too wide for one page prints across pages at a scale that keeps 11 pt text at 8 pt or
    /// more, its unit columns and header rows repeated on each page, a page break after each given
    /// column. Call it after the header rows are set to repeat.
    /// </summary>
    public static void PrintAcross(ExcelWorksheet sheet, int repeatedColumns, params int[] breakAfterColumns)
    {
        sheet.PrinterSettings.FitToPage = false;
        sheet.PrinterSettings.Scale = LegibleScale;
        var rows = sheet.PrinterSettings.RepeatRows;
        RepeatTitles(sheet, repeatedColumns, rows?.Start.Row ?? 1, rows?.End.Row ?? 1);
        foreach (var column in breakAfterColumns)
            sheet.Column(column).PageBreak = true;
    }

    private const string PrintTitles = "_xlnm.Print_Titles";

    /// <summary>
    /// Repeats the first columns and the header rows on every printed page. EPPlus 4 loses the rows
    /// when it sets both, and turns the columns into a range when rows are inserted below them, so
    /// a filled template calls this again.
    /// </summary>
    public static void RepeatTitles(ExcelWorksheet sheet, int columns, int firstRow, int lastRow)
    {
        if (sheet.Names.ContainsKey(PrintTitles))
            sheet.Names.Remove(PrintTitles);
        var quoted = "'" + sheet.Name.Replace("'", "''", StringComparison.Ordinal) + "'";
        sheet.Names.AddFormula(PrintTitles, $"{quoted}!$A:${ExcelCellBase.GetAddress(1, columns)[..^1]},{quoted}!${firstRow}:${lastRow}");
    }

    /// <summary>75%: 11 pt prints at 8,25 pt.</summary>
    public const int LegibleScale = 75;

    private static void Centered(ExcelRange range, string text, float size, bool bold)
    {
        range.Merge = true;
        range.Value = text;
        range.Style.Font.Size = size;
        range.Style.Font.Bold = bold;
        range.Style.HorizontalAlignment = ExcelHorizontalAlignment.Center;
    }

    /// <summary>A header cell, merged over the given rows and columns.</summary>
    public static void Header(ExcelWorksheet sheet, int row, int column, string text, int rows = 1, int columns = 1)
    {
        var range = sheet.Cells[row, column, row + rows - 1, column + columns - 1];
        if (rows > 1 || columns > 1)
            range.Merge = true;
        range.Value = text;
        range.Style.Font.Bold = true;
        range.Style.WrapText = true;
        range.Style.HorizontalAlignment = ExcelHorizontalAlignment.Center;
        range.Style.VerticalAlignment = ExcelVerticalAlignment.Center;
        range.Style.Fill.PatternType = ExcelFillStyle.Solid;
        range.Style.Fill.BackgroundColor.SetColor(HeaderFill);
        Bordered(range);
    }

    /// <summary>Header rows repeat on every printed page and stay in view while scrolling.</summary>
    public static void FreezeHeader(ExcelWorksheet sheet, int firstHeaderRow, int lastHeaderRow, int frozenColumns)
    {
        sheet.View.FreezePanes(lastHeaderRow + 1, frozenColumns + 1);
        sheet.PrinterSettings.RepeatRows = new ExcelAddress($"${firstHeaderRow}:${lastHeaderRow}");
    }

    /// <summary>One cell of a model row: its content (marker, placeholder, formula or text) and its format.</summary>
    public static void Model(ExcelWorksheet sheet, int row, int column, string content, TemplateRowKind kind, string? format = null, bool text = false)
    {
        var cell = sheet.Cells[row, column];
        if (content.StartsWith('='))
            cell.Formula = content[1..];
        else if (content.Length > 0)
            cell.Value = content;
        Bordered(cell);
        if (format is not null)
            cell.Style.Numberformat.Format = format;
        cell.Style.HorizontalAlignment = text ? ExcelHorizontalAlignment.Left : ExcelHorizontalAlignment.Right;
        if (column == 1)
            cell.Style.HorizontalAlignment = ExcelHorizontalAlignment.Center;
        cell.Style.VerticalAlignment = ExcelVerticalAlignment.Center;
        if (kind == TemplateRowKind.Item)
            return;
        cell.Style.Font.Bold = true;
        cell.Style.Fill.PatternType = ExcelFillStyle.Solid;
        cell.Style.Fill.BackgroundColor.SetColor(kind == TemplateRowKind.Group ? GroupFill : TotalFill);
    }

    public static void Note(ExcelWorksheet sheet, int row, string text, int width)
    {
        var range = sheet.Cells[row, 1, row, width];
        range.Merge = true;
        range.Value = text;
        range.Style.WrapText = true;
        range.Style.Font.Italic = true;
        range.Style.VerticalAlignment = ExcelVerticalAlignment.Top;
        sheet.Row(row).Height = 48;
    }

    /// <summary>
    /// Rows as tall as their wrapped text needs: Excel and LibreOffice keep a row's height as
    /// written, so wrapped text in a row of default height overprints the next one.
    /// </summary>
    public static void FitWrapped(ExcelWorksheet sheet, int firstRow, int lastRow, params int[] columns)
    {
        for (var row = firstRow; row <= lastRow; row++)
        {
            var lines = columns.Max(c => sheet.Cells[row, c].Value is string text
                ? (int)Math.Ceiling(text.Length / (sheet.Column(c).Width * CharactersPerWidth))
                : 1);
            if (lines > 1)
                sheet.Row(row).Height = LineHeight * lines;
        }
    }

    // Times New Roman 11 pt sets about 1.3 characters in a unit of column width; a line is 15 points.
    private const double CharactersPerWidth = 1.3;
    private const double LineHeight = 15;

    public static void Widths(ExcelWorksheet sheet, params double[] widths)
    {
        for (var i = 0; i < widths.Length; i++)
            sheet.Column(i + 1).Width = widths[i];
    }

    private static void Bordered(ExcelRange range)
    {
        range.Style.Border.Top.Style = range.Style.Border.Bottom.Style = ExcelBorderStyle.Thin;
        range.Style.Border.Left.Style = range.Style.Border.Right.Style = ExcelBorderStyle.Thin;
    }

    public void SaveAs(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        Package.SaveAs(new FileInfo(path));
    }
}
