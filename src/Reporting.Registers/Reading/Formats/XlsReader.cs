using System.Globalization;
using System.Text;
using ExcelDataReader;

namespace Reporting.Registers.Reading.Formats;

/// <summary>
/// Reads a legacy Excel 97–2003 workbook (<c>.xls</c>, BIFF8) with ExcelDataReader, a maintained
/// reader of the binary format. The format stores a computed value with every formula; it does not
/// say which font a cell uses through this reader, so legacy encodings are told by their characters.
/// </summary>
internal static class XlsReader
{
    static XlsReader()
    {
        // BIFF strings written by old Excel use the workbook's code page.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static IReadOnlyList<SheetGrid> Read(ReadOnlyMemory<byte> file)
    {
        using var stream = FileStreams.Over(file);
        using var reader = ExcelReaderFactory.CreateBinaryReader(stream, new ExcelReaderConfiguration { FallbackEncoding = Encoding.GetEncoding(1252) });
        var sheets = new List<SheetGrid>();
        do
        {
            var sheet = new SheetGrid(reader.Name);
            var row = 0;
            while (reader.Read())
            {
                row++;
                for (var column = 1; column <= reader.FieldCount; column++)
                    sheet.Set(row, column, Cell(reader.GetValue(column - 1), reader.GetNumberFormatString(column - 1)));
            }
            foreach (var merge in reader.MergeCells ?? [])
            {
                if (merge.ToRow > merge.FromRow)
                    sheet.Merge(merge.FromRow + 1, merge.FromColumn + 1, merge.ToRow + 1);
            }
            sheets.Add(sheet);
        }
        while (reader.NextResult());
        return sheets;
    }

    private static Cell Cell(object? value, string? format) => value switch
    {
        null => default,
        double number => new Cell(number, NumberFormats.Shown(number, format)),
        int number => new Cell((double)number, NumberFormats.Shown(number, format)),
        DateTime date => new Cell(date),
        bool flag => new Cell(flag),
        string text => new Cell(text),
        _ => new Cell(Convert.ToString(value, CultureInfo.InvariantCulture)),
    };
}
