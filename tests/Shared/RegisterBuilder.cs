using Reporting.Registers.Schema;
using Reporting.Registers.Workbooks;
using Info = Reporting.Registers.Schema.RegisterSchema.Info;

namespace Reporting.Testing;

/// <summary>
/// Hand-made registers for tests: every row is spelled out, so expected figures can be counted by
/// hand from the test itself. Written as real .xlsx files by the same writer the templates use.
/// </summary>
public sealed class RegisterBuilder
{
    private readonly string _unitCode;
    private readonly string _level;
    private readonly int _year;
    private readonly DateTime _updatedOn;
    private readonly Dictionary<string, List<object?[]>> _rows = new();
    private readonly List<(string, object?)> _info;

    private RegisterBuilder(string unitCode, string level, int year, DateTime? updatedOn)
    {
        _unitCode = unitCode;
        _level = level;
        _year = year;
        _updatedOn = updatedOn ?? new DateTime(year + 1, 4, 15);
        _info = [(Info.UnitCode, unitCode), (Info.UnitName, "Tên"), (Info.Level, level), (Info.Year, year), (Info.UpdatedOn, _updatedOn)];
    }

    public static RegisterBuilder Commune(string code, int year, DateTime? updatedOn = null) => new(code, "Xã", year, updatedOn);

    public static RegisterBuilder District(string code, int year, DateTime? updatedOn = null) => new(code, "Huyện", year, updatedOn);

    public int Year => _year;

    /// <summary>Replaces a <c>ThongTin</c> value, or drops the line when <paramref name="value"/> is null.</summary>
    public RegisterBuilder WithInfo(string label, object? value)
    {
        _info.RemoveAll(line => line.Item1 == label);
        if (value is not null)
            _info.Add((label, value));
        return this;
    }

    public RegisterBuilder Village(string code, int households, object?[] workflow, string? oldCode = null, string? name = null) =>
        Add(RegisterSchema.VillageSheet, [code, name ?? $"Thôn {code}", "thôn", households, oldCode, .. workflow]);

    public RegisterBuilder Household(string code, string village, object?[] workflow, string? oldCode = null, string? head = null) =>
        Add(RegisterSchema.FamilySheet, [code, head ?? $"Chủ hộ {code}", village, oldCode, .. workflow]);

    public RegisterBuilder Clan(string code, string village, object?[] workflow) =>
        Add(RegisterSchema.ClanSheet, [code, $"Dòng họ {code}", village, 20, null, .. workflow]);

    public RegisterBuilder Unit(string code, object?[] workflow) =>
        Add(RegisterSchema.UnitSheet, [code, $"Đơn vị {code}", "trường học", null, .. workflow]);

    public RegisterBuilder Assessment(string commune, decimal[] criteria, string classification, decimal? total = null) =>
        Add(RegisterSchema.AssessmentSheet,
            [commune, $"Xã {commune}", .. criteria.Cast<object?>(), total ?? criteria.Sum(), classification, new DateTime(_year, 11, 20), "12/QĐ-UBND"]);

    public RegisterBuilder Add(string sheet, object?[] row)
    {
        if (!_rows.TryGetValue(sheet, out var rows))
            _rows[sheet] = rows = [];
        rows.Add(row);
        return this;
    }

    /// <summary>Writes the workbook where a folder source expects it and returns its path.</summary>
    public string SaveUnder(string sourceRoot, string? fileName = null)
    {
        var folder = Path.Combine(sourceRoot, _level == "Xã" ? "communes" : "districts", _unitCode);
        var path = Path.Combine(folder, fileName ?? $"{_unitCode}_{_year}.xlsx");
        SaveAs(path);
        return path;
    }

    public void SaveAs(string path, params string[] omitSheets)
    {
        using var writer = new RegisterWorkbookWriter();
        if (!omitSheets.Contains(RegisterSchema.InfoSheet))
            writer.WriteInfo(_info);
        var sheets = _level == "Xã"
            ? RegisterSchema.CommuneSheets
            : [RegisterSchema.Assessments(15)];
        foreach (var sheet in sheets.Where(s => !omitSheets.Contains(s.Name)))
            writer.WriteSheet(sheet, _rows.TryGetValue(sheet.Name, out var rows) ? rows : []);
        writer.SaveAs(path);
    }
}

/// <summary>Workflow cells by step, with dates inside the register year.</summary>
public static class Steps
{
    public static object?[] None => new object?[9];

    public static object?[] Registered(int year) => ["x", new DateTime(year, 2, 1), null, null, null, null, null, null, null];

    public static object?[] Evaluated(int year, bool passed) =>
        ["x", new DateTime(year, 2, 1), passed ? 80 : 40, passed ? "Đạt" : "Không đạt", new DateTime(year, 10, 15), null, null, null, null];

    public static object?[] Recognized(int year) =>
        ["x", new DateTime(year, 2, 1), 90, "Đạt", new DateTime(year, 10, 15), "x", "15/QĐ-UBND", new DateTime(year, 12, 20), null];

    /// <summary>Each step on the given day (the evaluation passed); a step without a day is not taken.</summary>
    public static object?[] Dated(DateTime registered, DateTime? evaluated = null, DateTime? recognized = null) =>
        ["x", registered, evaluated is null ? null : 90, evaluated is null ? null : "Đạt", evaluated,
            recognized is null ? null : "x", recognized is null ? null : "15/QĐ-UBND", recognized, null];

    /// <summary>Breaks rule 1: recognised without registration.</summary>
    public static object?[] RecognizedWithoutRegistration(int year) =>
        [null, null, 90, "Đạt", new DateTime(year, 10, 15), "x", "15/QĐ-UBND", new DateTime(year, 12, 20), null];
}
