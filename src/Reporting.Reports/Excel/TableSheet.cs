using OfficeOpenXml;
using OfficeOpenXml.Style;

namespace Reporting.Reports.Excel;

/// <summary>
/// A column of a plain table: its header, its width, its number format (null for text), and the
/// group it belongs to, printed once above the group's headers (a title above its six columns).
/// </summary>
public sealed record TableColumn(string Header, double Width, string? Format = null, string? Group = null);

/// <summary>
/// Plain bordered tables written by code (the annexes): a title, a header row, rows of values; text
/// that looks like a formula stays quoted text. Large tables are loaded in one call.
/// </summary>
public static class TableSheet
{
    public static int Write(ExcelWorksheet sheet, int row, string title, IReadOnlyList<TableColumn> columns, IReadOnlyList<object?[]> rows)
    {
        sheet.Cells[row, 1].Value = title;
        sheet.Cells[row, 1].Style.Font.Bold = true;
        sheet.Cells[row, 1].Style.Font.Size = 12;
        row += 1;
        var grouped = columns.Any(c => c.Group is not null);
        for (var c = 0; c < columns.Count; c++)
        {
            if (!grouped)
                TemplateBuilder.Header(sheet, row, c + 1, columns[c].Header);
            else if (columns[c].Group is null)
                TemplateBuilder.Header(sheet, row, c + 1, columns[c].Header, rows: 2);
            else
            {
                if (c == 0 || columns[c - 1].Group != columns[c].Group)
                    TemplateBuilder.Header(sheet, row, c + 1, columns[c].Group!, columns: columns.Skip(c).TakeWhile(g => g.Group == columns[c].Group).Count());
                TemplateBuilder.Header(sheet, row + 1, c + 1, columns[c].Header);
            }
            if (sheet.Column(c + 1).Width < columns[c].Width)
                sheet.Column(c + 1).Width = columns[c].Width;
        }
        // The first table's header repeats on every printed page.
        if (sheet.PrinterSettings.RepeatRows is null)
            sheet.PrinterSettings.RepeatRows = new ExcelAddress($"${row}:${row + (grouped ? 1 : 0)}");
        if (grouped)
            row += 1;
        sheet.Row(row).Height = 32;
        if (rows.Count == 0)
            return row + 2;
        var body = sheet.Cells[row + 1, 1, row + rows.Count, columns.Count];
        body.LoadFromArrays(rows);
        body.Style.Border.Top.Style = body.Style.Border.Bottom.Style = ExcelBorderStyle.Thin;
        body.Style.Border.Left.Style = body.Style.Border.Right.Style = ExcelBorderStyle.Thin;
        for (var c = 0; c < columns.Count; c++)
        {
            if (columns[c].Format is { } format)
                sheet.Cells[row + 1, c + 1, row + rows.Count, c + 1].Style.Numberformat.Format = format;
        }
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < columns.Count; c++)
            {
                if (rows[r][c] is string text && SafeText.LooksLikeFormula(text))
                    sheet.Cells[row + 1 + r, c + 1].Style.QuotePrefix = true;
            }
        }
        return row + rows.Count + 2;
    }

    /// <summary>A share in percent (49.0) as the fraction Excel formats as 49,0%.</summary>
    public static object? Fraction(decimal? percent) => percent / 100m;

    public static ExcelWorksheet NewSheet(ExcelPackage package, string name)
    {
        var sheet = package.Workbook.Worksheets.Add(name);
        sheet.Cells.Style.Font.Name = TemplateBuilder.Font;
        sheet.Cells.Style.Font.Size = 11;
        TemplateBuilder.A4Landscape(sheet);
        return sheet;
    }
}
