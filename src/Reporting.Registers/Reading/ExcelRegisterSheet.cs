using OfficeOpenXml;

namespace Reporting.Registers.Reading;

public sealed class ExcelRegisterSheet(ExcelWorksheet worksheet) : IRegisterSheet
{
    public string Name => worksheet.Name;
    public int LastRow { get; } = worksheet.Dimension?.End.Row ?? 0;
    public int LastColumn { get; } = worksheet.Dimension?.End.Column ?? 0;

    public object? Value(int row, int column) => worksheet.GetValue(row, column);

    public string DisplayText(int row, int column) => worksheet.Cells[row, column].Text;
}
