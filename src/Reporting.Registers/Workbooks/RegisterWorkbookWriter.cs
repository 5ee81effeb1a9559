using OfficeOpenXml;
using OfficeOpenXml.Style;
using Reporting.Output;
using Reporting.Registers.Schema;

namespace Reporting.Registers.Workbooks;

/// <summary>
/// Writes register workbooks in the exchange format: a <c>ThongTin</c> sheet of labels and values,
/// then one sheet per <see cref="SheetSpec"/> with a caption row, the header row and the rows.
/// Used for the blank and pre-filled registers and for the sample registers, so all match what the reader expects.
/// </summary>
public sealed class RegisterWorkbookWriter : IDisposable
{
    private const int HeaderRow = 2;
    private const string DateFormat = "dd/mm/yyyy";
    private readonly ExcelPackage _package = new();

    public void WriteInfo(IReadOnlyList<(string Label, object? Value)> lines)
    {
        var sheet = _package.Workbook.Worksheets.Add(RegisterSchema.InfoSheet);
        for (var i = 0; i < lines.Count; i++)
        {
            var row = i + 1;
            sheet.Cells[row, 1].Value = lines[i].Label;
            sheet.Cells[row, 1].Style.Font.Bold = true;
            sheet.Cells[row, 2].Style.Numberformat.Format = lines[i].Value is DateTime ? DateFormat : "@";
            sheet.Cells[row, 2].Value = lines[i].Value;
        }
        sheet.Column(1).Width = 18;
        sheet.Column(2).Width = 30;
    }

    public void WriteSheet(SheetSpec spec, IEnumerable<object?[]> rows)
    {
        var sheet = _package.Workbook.Worksheets.Add(spec.Name);
        sheet.Cells[1, 1].Value = spec.Caption;
        sheet.Cells[1, 1].Style.Font.Bold = true;
        sheet.Cells[1, 1].Style.Font.Size = 13;
        for (var i = 0; i < spec.Columns.Count; i++)
        {
            var column = spec.Columns[i];
            var cell = sheet.Cells[HeaderRow, i + 1];
            cell.Value = column.Header;
            cell.Style.Font.Bold = true;
            cell.Style.WrapText = true;
            cell.Style.Fill.PatternType = ExcelFillStyle.Solid;
            cell.Style.Fill.BackgroundColor.SetColor(System.Drawing.Color.FromArgb(221, 235, 247));
            sheet.Column(i + 1).Width = column.Width;
            sheet.Column(i + 1).Style.Numberformat.Format = column.Header.StartsWith("Ngày", StringComparison.Ordinal)
                ? DateFormat
                : column.Header.StartsWith("Mã", StringComparison.Ordinal) || column.Header == Domain.Registers.WorkflowColumns.DecisionNumber
                    ? "@"
                    : "General";
        }
        sheet.View.FreezePanes(HeaderRow + 1, 1);
        var data = rows as IList<object?[]> ?? rows.ToList();
        if (data.Count > 0)
            sheet.Cells[HeaderRow + 1, 1].LoadFromArrays(data.Select(r => (object[])r!));
    }

    /// <summary>Written under a temporary name and renamed, so no reader sees half a workbook.</summary>
    public void SaveAs(string path) => OutputFile.WriteAtomically(path, temporary => _package.SaveAs(new FileInfo(temporary)));

    /// <summary>The workbook as a download serves it.</summary>
    public byte[] ToBytes() => _package.GetAsByteArray();

    public void Dispose() => _package.Dispose();
}
