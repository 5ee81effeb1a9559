namespace Reporting.Registers.Reading.Formats;

/// <summary>
/// A cell as a workbook holds it: its value (text, number, flag or date), the text a reader sees
/// (its number format applied), the font it is typed in, and whether it is a formula the writer
/// left without a computed value.
/// </summary>
public readonly record struct Cell(object? Value, string? Display = null, string? Font = null, bool Uncalculated = false)
{
    public bool IsEmpty => Value is null && !Uncalculated;
}

/// <summary>One sheet of any workbook format, read whole into its cells (the object model of no library).</summary>
public sealed class SheetGrid(string name) : IRegisterSheet
{
    private readonly List<Cell[]?> _rows = [];

    public string Name { get; set; } = name;

    public int LastRow => _rows.Count;

    public int LastColumn { get; private set; }

    public Cell this[int row, int column] =>
        row >= 1 && row <= _rows.Count && _rows[row - 1] is { } cells && column >= 1 && column <= cells.Length ? cells[column - 1] : default;

    public object? Value(int row, int column) => this[row, column].Value;

    public string DisplayText(int row, int column) => this[row, column] is var cell && cell.Display is { } display ? display : cell.Value as string ?? "";

    public bool IsUncalculated(int row, int column) => this[row, column].Uncalculated;

    public void Set(int row, int column, Cell cell)
    {
        if (cell.IsEmpty)
            return;
        while (_rows.Count < row)
            _rows.Add(null);
        var cells = _rows[row - 1];
        if (cells is null || cells.Length < column)
        {
            Array.Resize(ref cells, Math.Max(column, (cells?.Length ?? 0) * 2));
            _rows[row - 1] = cells;
        }
        cells[column - 1] = cell;
        LastColumn = Math.Max(LastColumn, column);
    }

    /// <summary>Every cell that holds something, for a pass over the whole sheet.</summary>
    public IEnumerable<(int Row, int Column, Cell Cell)> Cells()
    {
        for (var r = 0; r < _rows.Count; r++)
        {
            if (_rows[r] is not { } cells)
                continue;
            for (var c = 0; c < cells.Length; c++)
            {
                if (!cells[c].IsEmpty)
                    yield return (r + 1, c + 1, cells[c]);
            }
        }
    }

    public void Replace(int row, int column, Cell cell) => _rows[row - 1]![column - 1] = cell;

    /// <summary>
    /// A value merged down a column stands in every row it covers (a village code typed once for
    /// its households, a header spanning two header rows). Values merged across columns stay in
    /// their first column: another column's cell is not the same fact.
    /// </summary>
    public void Merge(int firstRow, int firstColumn, int lastRow)
    {
        var anchor = this[firstRow, firstColumn];
        if (anchor.IsEmpty)
            return;
        for (var row = firstRow + 1; row <= lastRow; row++)
        {
            if (this[row, firstColumn].IsEmpty)
                Set(row, firstColumn, anchor);
        }
    }
}
