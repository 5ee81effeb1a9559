using Reporting.Domain.Registers;
using Reporting.Registers.Schema;
using static Reporting.Domain.Registers.WorkflowColumns;

namespace Reporting.Registers.Reading;

/// <summary>Reads one row cell by cell, collecting a reading error for every cell it cannot read.</summary>
internal sealed class RowReader(IRegisterSheet sheet, SheetLayout layout, int row)
{
    public int Row => row;

    public List<RowError> Errors { get; } = [];

    public bool IsBlank => layout.MappedColumns.All(column => CellValues.IsBlank(sheet.Value(row, column)));

    public string Text(string header) => CellValues.Text(Value(header));

    /// <summary>The row as typed, one text per column of <paramref name="spec"/>, for error reports.</summary>
    public IReadOnlyList<string> Cells(SheetSpec spec) =>
        spec.Columns.Select(c => layout.ColumnOf(c.Header) is { } column
            ? sheet.Value(row, column) is double or DateTime ? TextNormalizer.Clean(sheet.DisplayText(row, column)) : CellValues.Text(sheet.Value(row, column))
            : string.Empty).ToList();

    /// <summary>Codes stay text: a number typed as 0012 keeps its zeros through the cell's format.</summary>
    public string Code(string header)
    {
        if (layout.ColumnOf(header) is not { } column)
            return string.Empty;
        return sheet.Value(row, column) is double
            ? TextNormalizer.Clean(sheet.DisplayText(row, column))
            : CellValues.Text(sheet.Value(row, column));
    }

    public string RequiredCode(string header)
    {
        var code = Code(header);
        if (code.Length == 0)
            Errors.Add(new(header, RowRule.Required, $"Thiếu \"{header}\".", $"\"{header}\" is missing."));
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
            Errors.Add(new(header, RowRule.Required, $"Thiếu \"{header}\".", $"\"{header}\" is missing."));
        return 0;
    }

    public int? WholeNumber(string header)
    {
        var value = Value(header);
        if (CellValues.IsBlank(value))
        {
            Errors.Add(new(header, RowRule.Required, $"Thiếu \"{header}\".", $"\"{header}\" is missing."));
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

    private object? Value(string header) => layout.ColumnOf(header) is { } column ? sheet.Value(row, column) : null;

    private static RowError Unreadable(string header, object? value, string expectedVi, string expectedEn)
    {
        var shown = CellValues.Text(value);
        return new(header, RowRule.Format,
            $"\"{header}\" = \"{shown}\" không đọc được: cần {expectedVi}.",
            $"\"{header}\" = \"{shown}\" cannot be read: expected {expectedEn}.");
    }
}
