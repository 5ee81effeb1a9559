using OfficeOpenXml;

namespace Reporting.Reports.Excel;

/// <summary>
/// Text that came from a register (a name, a file name, a reason quoting a cell) is written as text.
/// A string cell is never a formula in the file, but a reader who edits the cell and presses Enter
/// would turn <c>=HYPERLINK(…)</c> into one; the quote prefix keeps it text for them too.
/// </summary>
public static class SafeText
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static bool LooksLikeFormula(string text) => text.Length > 0 && FormulaStarts.Contains(text[0]);

    public static void Write(ExcelRange cell, string text)
    {
        cell.Value = text;
        if (LooksLikeFormula(text))
            cell.Style.QuotePrefix = true;
    }
}
