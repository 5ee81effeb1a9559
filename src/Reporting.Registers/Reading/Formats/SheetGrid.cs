namespace Reporting.Registers.Reading.Formats;

/// <summary>
/// A cell as a workbook holds it: its value (text, number, flag or date), the text a reader sees
/// where it is not the plain value (a number formatted <c>0000</c>), the font it is typed in, and
/// whether it is a formula the writer left without a computed value.
/// </summary>
public readonly struct Cell
{
    // A sheet holds millions of cells: the value and one reference, which is the font's name
    // (shared by every cell of that style) or, for the few cells with more to say, a Details.
    private readonly object? _more;

    public Cell(object? value, string? display = null, string? font = null, bool uncalculated = false)
    {
        Value = value;
        _more = display is null && !uncalculated ? font : new Details(display, font, uncalculated);
    }

    public object? Value { get; }

    public string? Display => (_more as Details)?.Display;

    public string? Font => _more as string ?? (_more as Details)?.Font;

    public bool Uncalculated => _more is Details { Uncalculated: true };

    public bool IsEmpty => Value is null && !Uncalculated;

    /// <summary>The same cell holding another text, shown as it is.</summary>
    public Cell WithText(string text) => new(text, font: Font, uncalculated: Uncalculated);

    private sealed record Details(string? Display, string? Font, bool Uncalculated);
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

    public string DisplayText(int row, int column) => this[row, column] switch
    {
        { Display: { } shown } => shown,
        { Value: string text } => text,
        { Value: double number } => NumberFormats.Display(number, null),
        { Value: DateTime date } => date.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture),
        { Value: bool flag } => flag ? "TRUE" : "FALSE",
        _ => "",
    };

    public bool IsUncalculated(int row, int column) => this[row, column].Uncalculated;

    /// <summary>The rows and columns of a sheet in Excel and Calc; a cell past them is no register's.</summary>
    public const int MaxRows = 1_048_576, MaxColumns = 16_384;

    /// <summary>More filled cells than any register has (the largest commune's is about 100,000): a file built to exhaust memory.</summary>
    public const int MaxCells = 4_000_000;

    private int _filled;

    public void Set(int row, int column, Cell cell)
    {
        if (cell.IsEmpty)
            return;
        if (row is < 1 or > MaxRows || column is < 1 or > MaxColumns)
            throw new InvalidDataException($"A cell at row {row}, column {column}: past the {MaxRows:N0} rows and {MaxColumns:N0} columns a sheet has.");
        if (++_filled > MaxCells)
            throw WorkbookGuard.Abnormal($"a sheet of more than {MaxCells:N0} filled cells");
        while (_rows.Count < row)
            _rows.Add(null);
        var cells = _rows[row - 1];
        if (cells is null || cells.Length < column)
        {
            // Rows of a register are about as wide as each other: a new row starts as wide as the
            // widest so far, up to the width of a wide register, and doubles past it.
            Array.Resize(ref cells, Math.Max(Math.Max(column, Math.Min(LastColumn, 64)), (cells?.Length ?? 0) * 2));
            _rows[row - 1] = cells;
        }
        cells[column - 1] = cell;
        LastColumn = Math.Max(LastColumn, column);
    }

    /// <summary>Every text of the sheet, rewritten in place where <paramref name="rewrite"/> returns another.</summary>
    public void RewriteTexts(Func<Cell, string, string> rewrite)
    {
        foreach (var cells in _rows)
        {
            if (cells is null)
                continue;
            for (var c = 0; c < cells.Length; c++)
            {
                if (cells[c].Value is string text && rewrite(cells[c], text) is var rewritten && !ReferenceEquals(rewritten, text))
                    cells[c] = cells[c].WithText(rewritten);
            }
        }
    }

    /// <summary>Every text of the sheet.</summary>
    public IEnumerable<string> Texts()
    {
        foreach (var cells in _rows)
        {
            if (cells is null)
                continue;
            for (var c = 0; c < cells.Length; c++)
            {
                if (cells[c].Value is string text)
                    yield return text;
            }
        }
    }

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
