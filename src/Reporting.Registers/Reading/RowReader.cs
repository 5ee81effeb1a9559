using Reporting.Domain.Registers;
using Reporting.Registers.Schema;
using static Reporting.Domain.Registers.WorkflowColumns;

namespace Reporting.Registers.Reading;

/// <summary>Reads one row cell by cell, collecting a reading error for every cell it cannot read.</summary>
internal sealed class RowReader(IRegisterSheet sheet, SheetLayout layout, int row)
{
    public int Row => row;

    private HashSet<string>? _uncalculated;

    public List<RowError> Errors { get; } = [];

    /// <summary>What the row counts with but the clerk should look at (a code typed as a number).</summary>
    public List<RowError> Warnings { get; } = [];

    public bool IsBlank
    {
        get
        {
            var columns = layout.ColumnsInOrder;
            for (var i = 0; i < columns.Count; i++)
            {
                var column = columns[i];
                if (!CellValues.IsBlank(sheet.Value(row, column)) || sheet.IsUncalculated(row, column))
                    return false;
            }
            return true;
        }
    }

    /// <summary>The label of a totals row (<c>Tổng cộng</c>, <c>Cộng</c>): its first filled cell, when that is all it says.</summary>
    public string? TotalsLabel
    {
        get
        {
            var columns = layout.ColumnsInOrder;
            for (var i = 0; i < columns.Count; i++)
            {
                var column = columns[i];
                if (sheet.Value(row, column) is not { } value || CellValues.IsBlank(value))
                    continue;
                // Only a short text beginning as those words do is folded and compared.
                return value is string { Length: <= 16 } text && text.TrimStart() is [ 'T' or 't' or 'C' or 'c', ..] trimmed
                    && TotalsWords.Contains(TextNormalizer.Fold(trimmed).TrimEnd(':', ' '))
                        ? TextNormalizer.Clean(text)
                        : null;
            }
            return null;
        }
    }

    private static readonly HashSet<string> TotalsWords = new(StringComparer.Ordinal) { "tong cong", "cong", "tong", "tong so", "cong chung" };

    public string Text(string header) => CellValues.Text(Value(header));

    /// <summary>The row as typed, one text per column of <paramref name="spec"/>, for error reports.</summary>
    public IReadOnlyList<string> Cells(SheetSpec spec) =>
        spec.Columns.Select(c => layout.ColumnOf(c.Header) is { } column
            ? sheet.Value(row, column) is double or DateTime ? TextNormalizer.Clean(sheet.DisplayText(row, column)) : CellValues.Text(sheet.Value(row, column))
            : string.Empty).ToList();

    /// <summary>
    /// Codes stay text: a number typed as 0012 keeps its zeros through the cell's format. A code
    /// column (<c>Mã …</c>) typed as a number is warned about: Excel dropped any zeros it began with.
    /// </summary>
    public string Code(string header)
    {
        var value = Value(header);
        if (value is not double)
            return CellValues.Text(value);
        var code = TextNormalizer.Clean(sheet.DisplayText(row, layout.ColumnOf(header)!.Value));
        if (!header.StartsWith("Mã ", StringComparison.Ordinal))
            return code;
        // A number formatted to show its zeros (0000) kept them, for now: retyped, or the format
        // lost, they go. Either way the clerk is told to make the column text.
        Warnings.Add(code == CellValues.Text(value)
            ? new(header, RowRule.CodeAsNumber,
                $"\"{header}\" = {code} được gõ dạng số, nên Excel bỏ các số 0 ở đầu mã; đã đọc là \"{code}\". Hãy định dạng cột là Văn bản (Text) và gõ mã như các năm trước.",
                $"\"{header}\" = {code} is typed as a number, so Excel drops its leading zeros; read as \"{code}\". Format the column as Text and type the code as in earlier years.")
            : new(header, RowRule.CodeAsNumber,
                $"\"{header}\" = {code} được gõ dạng số, các số 0 ở đầu chỉ còn nhờ định dạng ô; đã đọc là \"{code}\". Hãy định dạng cột là Văn bản (Text) để mã không đổi khi sửa sổ.",
                $"\"{header}\" = {code} is typed as a number whose leading zeros only the cell format shows; read as \"{code}\". Format the column as Text so the code survives edits."));
        return code;
    }

    public string RequiredCode(string header)
    {
        var code = Code(header);
        if (code.Length == 0)
            Missing(header);
        return code;
    }

    public string? OptionalCode(string header) => Code(header) is { Length: > 0 } code ? code : null;

    public bool Flag(string header)
    {
        var value = Value(header);
        if (CellValues.Flag(value) is { } flag)
            return flag;
        Errors.Add(Unreadable(header, value, "x hoặc để trống", "x or blank"));
        return false;
    }

    public DateOnly? Date(string header)
    {
        var value = Value(header);
        if (CellValues.IsBlank(value))
            return null;
        if (CellValues.Date(value) is { } date)
            return date;
        Errors.Add(Unreadable(header, value, "một ngày dd/MM/yyyy", "a date dd/MM/yyyy"));
        return null;
    }

    public decimal? Number(string header)
    {
        var value = Value(header);
        if (CellValues.IsBlank(value))
            return null;
        if (CellValues.Number(value) is { } number)
            return number;
        Errors.Add(Unreadable(header, value, "một số", "a number"));
        return null;
    }

    public decimal RequiredNumber(string header)
    {
        if (Number(header) is { } number)
            return number;
        if (CellValues.IsBlank(Value(header)))
            Missing(header);
        return 0;
    }

    public int? WholeNumber(string header)
    {
        var value = Value(header);
        if (CellValues.IsBlank(value))
        {
            Missing(header);
            return null;
        }
        if (CellValues.Number(value) is { } number && number >= 0 && number == decimal.Truncate(number) && number <= int.MaxValue)
            return (int)number;
        Errors.Add(Unreadable(header, value, "một số nguyên không âm", "a whole number, 0 or more"));
        return null;
    }

    public Workflow Workflow()
    {
        var resultValue = Value(Result);
        var result = CellValues.Result(resultValue, out var readable);
        if (!readable)
            Errors.Add(Unreadable(Result, resultValue, "\"Đạt\", \"Không đạt\" hoặc để trống", "\"Đạt\", \"Không đạt\" or blank"));
        return new Workflow(
            Registered: Flag(Registered),
            RegisteredOn: Date(RegisteredOn),
            Score: Number(Score),
            Result: result,
            EvaluatedOn: Date(EvaluatedOn),
            Recognized: Flag(Recognized),
            DecisionNumber: OptionalCode(DecisionNumber),
            RecognizedOn: Date(RecognizedOn),
            Note: Text(Note) is { Length: > 0 } note ? note : null);
    }

    /// <summary>
    /// The cell's value; a formula saved without its value is reported as such (once), not as
    /// blank or unreadable: the clerk has to let Excel compute it, not type anything.
    /// </summary>
    private object? Value(string header)
    {
        if (layout.ColumnOf(header) is not { } column)
            return null;
        if (sheet.IsUncalculated(row, column) && (_uncalculated ??= new(StringComparer.Ordinal)).Add(header))
            Errors.Add(new(header, RowRule.Uncalculated,
                $"\"{header}\": công thức chưa có giá trị: mở tệp bằng Excel và lưu lại.",
                $"\"{header}\": a formula saved without its value: open the file in Excel and save it again."));
        return sheet.Value(row, column);
    }

    private void Missing(string header)
    {
        if (_uncalculated?.Contains(header) != true)
            Errors.Add(new(header, RowRule.Required, $"Thiếu \"{header}\".", $"\"{header}\" is missing."));
    }

    private static RowError Unreadable(string header, object? value, string expectedVi, string expectedEn)
    {
        var shown = CellValues.Text(value);
        return new(header, RowRule.Format,
            $"\"{header}\" = \"{shown}\" không đọc được: cần {expectedVi}.",
            $"\"{header}\" = \"{shown}\" cannot be read: expected {expectedEn}.");
    }
}
