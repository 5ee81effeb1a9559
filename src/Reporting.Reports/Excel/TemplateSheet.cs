using System.Text.RegularExpressions;
using OfficeOpenXml;

namespace Reporting.Reports.Excel;

/// <summary>The kinds of model row a template sheet may hold, named by the marker in their first cell.</summary>
public enum TemplateRowKind
{
    /// <summary><c>{#item}</c>: one row per item (a district, a commune); the first cell gets its ordinal.</summary>
    Item,

    /// <summary><c>{#group}</c>: a group's row above its items, which are outlined under it.</summary>
    Group,

    /// <summary><c>{#total}</c>: the grand total below everything written.</summary>
    Total,
}

/// <summary>
/// One sheet of an Excel template (templates/README.md): title cells with <c>{name}</c> placeholders,
/// and model rows whose cells are <c>{field}</c> placeholders, formulas (copied row-relative),
/// <c>{sum}</c> (the subtotal of the items the row sums) or fixed text. The model rows are removed
/// and rows are written in their place, each cell taking its model cell's style, so the look belongs
/// to whoever edits the template.
/// </summary>
public sealed partial class TemplateSheet
{
    private const string SumField = "sum";
    private static readonly Dictionary<string, TemplateRowKind> Markers = new()
    {
        ["{#item}"] = TemplateRowKind.Item,
        ["{#group}"] = TemplateRowKind.Group,
        ["{#total}"] = TemplateRowKind.Total,
    };

    private readonly string _template;
    private readonly Dictionary<TemplateRowKind, ModelRow> _models;
    private readonly int _firstRow;
    private int _next;
    private int _groups;

    private sealed record ModelCell(int Column, int StyleId, string? Field, string? FormulaR1C1, object? Fixed);

    private sealed record ModelRow(TemplateRowKind Kind, double Height, IReadOnlyList<ModelCell> Cells);

    private TemplateSheet(string template, ExcelWorksheet worksheet, Dictionary<TemplateRowKind, ModelRow> models, int firstRow)
    {
        _template = template;
        Worksheet = worksheet;
        _models = models;
        _firstRow = _next = firstRow;
    }

    public ExcelWorksheet Worksheet { get; }

    /// <summary>The rows written as items, in order: what charts and checks point at.</summary>
    public List<int> ItemRows { get; } = [];

    public int? TotalRow { get; private set; }

    /// <summary>Opens a sheet of the template, fills its title placeholders and takes out its model rows.</summary>
    public static TemplateSheet Open(ExcelPackage package, string template, string sheetName, IReadOnlyDictionary<string, string> scalars)
    {
        var worksheet = Find(package, template, sheetName);
        var models = new Dictionary<TemplateRowKind, ModelRow>();
        var modelRows = new List<int>();
        var end = worksheet.Dimension?.End ?? new ExcelCellAddress(1, 1);
        for (var row = 1; row <= end.Row; row++)
        {
            if (worksheet.Cells[row, 1].Value is not string marker || !Markers.TryGetValue(marker.Trim(), out var kind))
                continue;
            if (!models.TryAdd(kind, ReadModel(worksheet, row, end.Column, kind, template, scalars)))
                throw new TemplateException($"Mẫu '{template}', sheet \"{sheetName}\": dòng mẫu {marker} xuất hiện hai lần (dòng {row}).");
            modelRows.Add(row);
        }
        if (!models.ContainsKey(TemplateRowKind.Item))
            throw new TemplateException($"Mẫu '{template}', sheet \"{sheetName}\": không có dòng mẫu {{#item}}.");
        if (modelRows.Max() - modelRows.Min() + 1 != modelRows.Count)
            throw new TemplateException($"Mẫu '{template}', sheet \"{sheetName}\": các dòng mẫu phải liền nhau.");
        worksheet.DeleteRow(modelRows.Min(), modelRows.Count);
        FillPlaceholders(worksheet, template, scalars);
        return new TemplateSheet(template, worksheet, models, modelRows.Min());
    }

    /// <summary>A sheet without model rows (one that holds charts): only its placeholders are filled.</summary>
    public static ExcelWorksheet OpenPlain(ExcelPackage package, string template, string sheetName, IReadOnlyDictionary<string, string> scalars)
    {
        var worksheet = Find(package, template, sheetName);
        FillPlaceholders(worksheet, template, scalars);
        return worksheet;
    }

    private static ExcelWorksheet Find(ExcelPackage package, string template, string sheetName) =>
        package.Workbook.Worksheets[sheetName] ?? throw new TemplateException($"Mẫu '{template}' thiếu sheet \"{sheetName}\".");

    private static void FillPlaceholders(ExcelWorksheet worksheet, string template, IReadOnlyDictionary<string, string> scalars)
    {
        if (worksheet.Dimension is not { } dimension)
            return;
        foreach (var cell in worksheet.Cells[1, 1, dimension.End.Row, dimension.End.Column])
        {
            if (cell.Value is string text && text.Contains('{'))
                cell.Value = Fill(text, scalars, template, cell);
        }
    }

    /// <summary>
    /// The first formula column right of a field in the item row: how a chart finds the share computed
    /// from that count (templates/README.md).
    /// </summary>
    public int FormulaColumnAfter(string field)
    {
        var column = ColumnOf(field);
        return _models[TemplateRowKind.Item].Cells.FirstOrDefault(c => c.Column > column && c.FormulaR1C1 is not null)?.Column
            ?? throw new TemplateException($"Mẫu '{_template}', sheet \"{Worksheet.Name}\": không có công thức nào bên phải {{{field}}}.");
    }

    /// <summary>The column where a field's placeholder sits in the item row.</summary>
    public int ColumnOf(string field) =>
        _models[TemplateRowKind.Item].Cells.FirstOrDefault(c => c.Field == field)?.Column
        ?? throw new TemplateException($"Mẫu '{_template}', sheet \"{Worksheet.Name}\": dòng mẫu không có trường {{{field}}}.");

    public bool Has(TemplateRowKind kind) => _models.ContainsKey(kind);

    /// <summary>Items without a group.</summary>
    public void WriteItems(IReadOnlyList<IReadOnlyDictionary<string, object?>> items)
    {
        if (items.Count == 0)
            return;
        Worksheet.InsertRow(_next, items.Count);
        for (var i = 0; i < items.Count; i++)
            WriteItem(items[i], i + 1, outlined: false);
    }

    /// <summary>A group row (its sums over the items below it) followed by its items, outlined under it.</summary>
    public void WriteGroup(IReadOnlyDictionary<string, object?> group, IReadOnlyList<IReadOnlyDictionary<string, object?>> items)
    {
        var model = Model(TemplateRowKind.Group);
        Worksheet.InsertRow(_next, items.Count + 1);
        Worksheet.OutLineSummaryBelow = false;
        var groupRow = _next++;
        (int, int)? sumRange = items.Count == 0 ? null : (groupRow + 1, groupRow + items.Count);
        WriteRow(model, groupRow, group, ++_groups, sumRange);
        for (var i = 0; i < items.Count; i++)
            WriteItem(items[i], i + 1, outlined: true);
    }

    /// <summary>The grand total: subtotals over every row written (nested subtotals are skipped by SUBTOTAL).</summary>
    public void WriteTotal(IReadOnlyDictionary<string, object?> total)
    {
        var model = Model(TemplateRowKind.Total);
        Worksheet.InsertRow(_next, 1);
        TotalRow = _next++;
        WriteRow(model, TotalRow.Value, total, ordinal: null, _next - 1 > _firstRow ? (_firstRow, TotalRow.Value - 1) : null);
    }

    private void WriteItem(IReadOnlyDictionary<string, object?> values, int ordinal, bool outlined)
    {
        var row = _next++;
        WriteRow(_models[TemplateRowKind.Item], row, values, ordinal, sumRange: null);
        if (outlined)
            Worksheet.Row(row).OutlineLevel = 1;
        ItemRows.Add(row);
    }

    private ModelRow Model(TemplateRowKind kind) => _models.TryGetValue(kind, out var model)
        ? model
        : throw new TemplateException($"Mẫu '{_template}', sheet \"{Worksheet.Name}\": thiếu dòng mẫu {Markers.Single(m => m.Value == kind).Key}.");

    private void WriteRow(ModelRow model, int row, IReadOnlyDictionary<string, object?> values, int? ordinal, (int First, int Last)? sumRange)
    {
        if (model.Height > 0)
            Worksheet.Row(row).Height = model.Height;
        foreach (var cell in model.Cells)
        {
            var target = Worksheet.Cells[row, cell.Column];
            target.StyleID = cell.StyleId;
            if (cell.Column == 1)
                target.Value = ordinal;
            else if (cell.FormulaR1C1 is { } formula)
                target.FormulaR1C1 = formula;
            else if (cell.Field == SumField)
                target.Formula = sumRange is var (first, last) ? $"SUBTOTAL(9,{ExcelCellBase.GetAddress(first, cell.Column, last, cell.Column)})" : "0";
            else if (cell.Field is { } field)
                WriteValue(target, values.TryGetValue(field, out var value)
                    ? value
                    : throw new TemplateException($"Mẫu '{_template}', sheet \"{Worksheet.Name}\", ô {target.Address}: không có dữ liệu cho trường {{{field}}}."));
            else
                WriteValue(target, cell.Fixed);
        }
    }

    private static void WriteValue(ExcelRange cell, object? value)
    {
        switch (value)
        {
            case string text:
                SafeText.Write(cell, text);
                break;
            case DateOnly date:
                cell.Value = date.ToDateTime(TimeOnly.MinValue);
                break;
            case CellLink link:
                SafeText.Write(cell, link.Text);
                cell.Hyperlink = new Uri(link.Target, UriKind.Relative);
                break;
            default:
                cell.Value = value;
                break;
        }
    }

    private static ModelRow ReadModel(ExcelWorksheet worksheet, int row, int lastColumn, TemplateRowKind kind, string template, IReadOnlyDictionary<string, string> scalars)
    {
        var cells = new List<ModelCell>();
        for (var column = 1; column <= lastColumn; column++)
        {
            var cell = worksheet.Cells[row, column];
            var field = column > 1 && cell.Value is string text && FieldOnly().Match(text.Trim()) is { Success: true } match ? match.Groups[1].Value : null;
            var formula = string.IsNullOrEmpty(cell.Formula) ? null : cell.FormulaR1C1;
            var fixedValue = field is null && formula is null && column > 1
                ? cell.Value is string literal ? Fill(literal, scalars, template, cell) : cell.Value
                : null;
            cells.Add(new ModelCell(column, cell.StyleID, field, formula, fixedValue));
        }
        var height = worksheet.Row(row).CustomHeight ? worksheet.Row(row).Height : 0;
        return new ModelRow(kind, height, cells);
    }

    private static string Fill(string text, IReadOnlyDictionary<string, string> scalars, string template, ExcelRangeBase cell) =>
        Placeholder().Replace(text, match => scalars.TryGetValue(match.Groups[1].Value, out var value)
            ? value
            : throw new TemplateException($"Mẫu '{template}', sheet \"{cell.Worksheet.Name}\", ô {cell.Address}: không biết {match.Value}."));

    [GeneratedRegex(@"^\{([a-z0-9_.]+)\}$")]
    private static partial Regex FieldOnly();

    [GeneratedRegex(@"\{([a-z0-9_.]+)\}")]
    private static partial Regex Placeholder();
}

/// <summary>A cell that shows text and links to a file (relative to the workbook).</summary>
public sealed record CellLink(string Text, string Target);
