using System.Text;

namespace Reporting.Registers.Reading;

/// <summary>
/// One sheet sent as a CSV file: UTF-8 with or without BOM, comma- or semicolon-separated (Excel
/// in Vietnamese writes semicolons), quoted fields as RFC 4180. Every value is text.
/// </summary>
public sealed class CsvRegisterSheet : IRegisterSheet
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly List<string[]> _rows;

    private CsvRegisterSheet(string name, List<string[]> rows)
    {
        Name = name;
        _rows = rows;
        LastColumn = rows.Count == 0 ? 0 : rows.Max(r => r.Length);
    }

    public string Name { get; }
    public int LastRow => _rows.Count;
    public int LastColumn { get; }

    public object? Value(int row, int column) =>
        row <= _rows.Count && column <= _rows[row - 1].Length && _rows[row - 1][column - 1].Length > 0 ? _rows[row - 1][column - 1] : null;

    public string DisplayText(int row, int column) => Value(row, column) as string ?? string.Empty;

    public bool IsUncalculated(int row, int column) => false;

    public static CsvRegisterSheet Parse(string name, byte[] bytes)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new RegisterRejectedException(
                $"Tệp CSV của sheet {name} không phải mã UTF-8: hãy lưu lại với \"CSV UTF-8\".",
                $"The CSV of sheet {name} is not UTF-8.");
        }
        if (text.Length > 0 && text[0] == '\uFEFF')
            text = text[1..];
        return new CsvRegisterSheet(name, ParseRows(text, DetectSeparator(text)));
    }

    private static char DetectSeparator(string text)
    {
        var firstLine = text.AsSpan(0, Math.Max(0, text.IndexOf('\n') is var end and >= 0 ? end : text.Length));
        return firstLine.Count(';') > firstLine.Count(',') ? ';' : ',';
    }

    private static List<string[]> ParseRows(string text, char separator)
    {
        var rows = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                    quoted = false;
                else
                    field.Append(c);
            }
            else if (c == '"')
                quoted = true;
            else if (c == separator)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    i++;
                fields.Add(field.ToString());
                field.Clear();
                rows.Add([.. fields]);
                fields.Clear();
            }
            else
                field.Append(c);
        }
        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            rows.Add([.. fields]);
        }
        return rows;
    }
}
