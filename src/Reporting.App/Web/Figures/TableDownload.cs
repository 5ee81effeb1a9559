using System.Text;
using Microsoft.AspNetCore.Http;
using OfficeOpenXml;
using static Reporting.Figures.Export.FiguresExport;

namespace Reporting.App.Web.Figures;

/// <summary>A figures page's table as a file: CSV (UTF-8 with its mark, as Excel opens it) or an Excel workbook.</summary>
public static class TableDownload
{
    public static IResult Csv(DisplayTable table, string fileName)
    {
        var text = new StringBuilder();
        text.Append(table.Caption).Append('\n');
        text.Append(string.Join(',', table.Headers.Select(Quote))).Append('\n');
        foreach (var row in table.Rows)
            text.Append(string.Join(',', row.Cells.Select(c => Quote(c.Value switch
            {
                null => "",
                decimal number => number.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture),
                IFormattable formattable => formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
                var value => value.ToString() ?? "",
            })))).Append('\n');
        foreach (var note in table.Notes)
            text.Append(Quote(note)).Append('\n');
        return Results.File(new UTF8Encoding(encoderShouldEmitUTF8Identifier: true).GetPreamble().Concat(Encoding.UTF8.GetBytes(text.ToString())).ToArray(),
            "text/csv; charset=utf-8", fileName + ".csv");
    }

    public static IResult Excel(DisplayTable table, string fileName)
    {
        using var package = new ExcelPackage();
        var sheet = package.Workbook.Worksheets.Add("Số liệu");
        sheet.Cells[1, 1].Value = table.Caption;
        sheet.Cells[1, 1].Style.Font.Bold = true;
        for (var c = 0; c < table.Headers.Count; c++)
        {
            sheet.Cells[3, c + 1].Value = table.Headers[c];
            sheet.Cells[3, c + 1].Style.Font.Bold = true;
            sheet.Cells[3, c + 1].Style.WrapText = true;
        }
        for (var r = 0; r < table.Rows.Count; r++)
        {
            for (var c = 0; c < table.Rows[r].Cells.Count; c++)
            {
                var cell = table.Rows[r].Cells[c];
                var target = sheet.Cells[r + 4, c + 1];
                target.Value = cell.Value;
                if (cell.Value is decimal)
                    target.Style.Numberformat.Format = "0.0";
                else if (cell.Value is long or int)
                    target.Style.Numberformat.Format = "#,##0";
            }
        }
        var notesAt = table.Rows.Count + 5;
        foreach (var (note, i) in table.Notes.Select((n, i) => (n, i)))
            sheet.Cells[notesAt + i, 1].Value = note;
        sheet.View.FreezePanes(4, 2);
        sheet.Column(1).Width = 34;
        for (var c = 2; c <= table.Headers.Count; c++)
            sheet.Column(c).Width = 14;
        sheet.PrinterSettings.PaperSize = ePaperSize.A4;
        sheet.PrinterSettings.Orientation = eOrientation.Landscape;
        sheet.PrinterSettings.FitToPage = true;
        sheet.PrinterSettings.FitToWidth = 1;
        sheet.PrinterSettings.FitToHeight = 0;
        sheet.PrinterSettings.RepeatRows = sheet.Cells["3:3"];
        return Results.File(package.GetAsByteArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fileName + ".xlsx");
    }
}
