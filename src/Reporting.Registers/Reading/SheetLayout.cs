using Reporting.Registers.Schema;

namespace Reporting.Registers.Reading;

/// <summary>Where a sheet's header row is and which column holds which header.</summary>
public sealed class SheetLayout
{
    private const int HeaderSearchRows = 10;

    private readonly Dictionary<string, int> _columns;

    private SheetLayout(int headerRow, Dictionary<string, int> columns, IReadOnlyList<string> unknownHeaders)
    {
        HeaderRow = headerRow;
        _columns = columns;
        UnknownHeaders = unknownHeaders;
    }

    public int HeaderRow { get; }

    /// <summary>Headers of columns the format does not know: ignored, and reported once.</summary>
    public IReadOnlyList<string> UnknownHeaders { get; }

    /// <summary>The mapped columns left to right.</summary>
    public IReadOnlyList<int> ColumnsInOrder => _inOrder ??= [.. _columns.Values.Order()];

    private int[]? _inOrder;

    /// <summary>Headers are asked for by the same few strings for every cell, so their folding is remembered.</summary>
    public int? ColumnOf(string header)
    {
        if (!_byHeader.TryGetValue(header, out var column))
            _byHeader[header] = column = _columns.TryGetValue(TextNormalizer.Fold(header), out var found) ? found : null;
        return column;
    }

    private readonly Dictionary<string, int?> _byHeader = new(StringComparer.Ordinal);

    /// <summary>
    /// The header row is the first of the first ten rows holding every required header; headers
    /// are compared without case, diacritics or Unicode form.
    /// </summary>
    public static SheetLayout Find(IRegisterSheet sheet, SheetSpec spec)
    {
        var known = spec.Columns.Select(c => c.FoldedHeader).ToHashSet();
        var required = spec.RequiredColumns.Select(c => c.FoldedHeader).ToList();
        IReadOnlyList<string> bestMissing = required;
        for (var row = 1; row <= Math.Min(HeaderSearchRows, sheet.LastRow); row++)
        {
            var columns = new Dictionary<string, int>();
            var unknown = new List<string>();
            for (var column = 1; column <= sheet.LastColumn; column++)
            {
                var text = CellValues.Text(sheet.Value(row, column));
                var folded = TextNormalizer.Fold(text);
                if (known.Contains(folded))
                    columns.TryAdd(folded, column);
                else if (folded.Length > 0)
                    unknown.Add(text);
            }
            var missing = required.Where(h => !columns.ContainsKey(h)).ToList();
            if (missing.Count == 0)
                return new SheetLayout(row, columns, unknown);
            if (missing.Count < bestMissing.Count)
                bestMissing = missing;
        }
        var names = string.Join(", ", spec.RequiredColumns.Where(c => bestMissing.Contains(c.FoldedHeader)).Select(c => $"\"{c.Header}\""));
        throw new RegisterRejectedException(
            $"Sheet \"{spec.Name}\" thiếu cột bắt buộc: {names} (tìm trong 10 dòng đầu).",
            $"Sheet \"{spec.Name}\" lacks required columns: {names} (searched the first 10 rows).");
    }
}
