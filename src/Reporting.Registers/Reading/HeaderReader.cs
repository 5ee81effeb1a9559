using Reporting.Domain.Registers;
using Reporting.Domain.Units;
using Reporting.Registers.Schema;
using Info = Reporting.Registers.Schema.RegisterSchema.Info;

namespace Reporting.Registers.Reading;

/// <summary>
/// Reads the <c>ThongTin</c> sheet and decides whether the file may speak for that unit and year.
/// Anything wrong here rejects the whole file.
/// </summary>
internal static class HeaderReader
{
    private const int LabelSearchRows = 30;

    private static readonly string[] Labels = [Info.UnitCode, Info.UnitName, Info.Level, Info.Year, Info.UpdatedOn, Info.PreparedBy];

    public static RegisterHeader Read(IRegisterSheet sheet, RegisterReadingContext context, ExpectedUnit? expected)
    {
        var values = new Dictionary<string, (object? Value, int Row)>();
        // A label with its value typed in one cell counts only where no row gives that label its own cell.
        var typedTogether = new Dictionary<string, (object? Value, int Row)>();
        for (var row = 1; row <= Math.Min(LabelSearchRows, sheet.LastRow); row++)
        {
            var labelText = CellValues.Text(sheet.Value(row, 1));
            var label = TextNormalizer.Fold(labelText).TrimEnd(':', ' ');
            var value = sheet.Value(row, 2);
            if (CellValues.IsBlank(value) && Split(labelText) is var (known, rest))
                typedTogether.TryAdd(TextNormalizer.Fold(known), (rest, row));
            else if (value is string text && Labels.FirstOrDefault(l => TextNormalizer.Fold(l) == label) is { } own && AfterLabel(text, own) is { } bare)
                value = bare;
            if (label.Length > 0)
                values.TryAdd(label, (value, row));
        }
        foreach (var (label, cell) in typedTogether)
        {
            if (!values.TryGetValue(label, out var own) || CellValues.IsBlank(own.Value))
                values[label] = cell;
        }

        string Text(string label) =>
            values.TryGetValue(TextNormalizer.Fold(label), out var cell)
                ? cell.Value is double ? TextNormalizer.Clean(sheet.DisplayText(cell.Row, 2)) : CellValues.Text(cell.Value)
                : string.Empty;
        object? Raw(string label) => values.TryGetValue(TextNormalizer.Fold(label), out var cell) ? cell.Value : null;

        var code = Text(Info.UnitCode);
        if (code.Length == 0)
            throw Missing(Info.UnitCode);
        var level = TextNormalizer.Fold(Text(Info.Level)) switch
        {
            "xa" => UnitLevel.Commune,
            "huyen" => UnitLevel.District,
            "" => throw Missing(Info.Level),
            var other => throw new RegisterRejectedException(
                $"\"{Info.Level}\" = \"{Text(Info.Level)}\" không hợp lệ: cần \"Xã\" hoặc \"Huyện\".",
                $"\"{Info.Level}\" = \"{other}\" is invalid: expected \"Xã\" or \"Huyện\"."),
        };
        var yearNumber = CellValues.Number(Raw(Info.Year)) ?? throw MissingOrUnreadable(Info.Year, Raw(Info.Year), "một năm, ví dụ 2017", "a year such as 2017");
        var year = (int)yearNumber;
        if (year != yearNumber || !context.Period.Contains(year))
            throw new RegisterRejectedException(
                $"Năm {yearNumber} nằm ngoài thời kỳ {context.Period.FirstYear}–{context.Period.LastYear} của kế hoạch.",
                $"Year {yearNumber} is outside the programme period {context.Period.FirstYear}–{context.Period.LastYear}.");
        var updatedOn = CellValues.Date(Raw(Info.UpdatedOn)) ?? throw MissingOrUnreadable(Info.UpdatedOn, Raw(Info.UpdatedOn), "một ngày dd/MM/yyyy", "a date dd/MM/yyyy");

        var unit = context.Units.Find(code, year);
        if (unit is null)
            throw new RegisterRejectedException(
                $"Mã đơn vị {code} không có trong danh mục đơn vị hành chính năm {year}.",
                $"Unit code {code} is not an administrative unit in {year}.");
        if (unit.Level != level)
            throw new RegisterRejectedException(
                $"Mã đơn vị {code} ({unit.Name}) không phải cấp \"{Text(Info.Level)}\".",
                $"Unit {code} ({unit.Name}) is not of level {level}.");
        if (expected?.Refuses(code, level) is { } refusal)
            throw refusal;

        var preparedBy = Text(Info.PreparedBy);
        return new RegisterHeader(code, unit.Name, level, year, updatedOn, preparedBy.Length == 0 ? null : preparedBy);
    }

    /// <summary><c>Năm: 2017</c> typed in the label's cell, its own cell left blank: the label and what follows it.</summary>
    private static (string Label, string Value)? Split(string text)
    {
        foreach (var label in Labels)
        {
            if (AfterLabel(text, label) is { Length: > 0 } rest)
                return (label, rest);
        }
        return null;
    }

    /// <summary>The text after <paramref name="label"/> (<c>Năm 2017</c>, <c>năm: 2017</c> → <c>2017</c>), or null when it does not begin with it.</summary>
    private static string? AfterLabel(string text, string label)
    {
        var folded = TextNormalizer.Fold(label);
        var length = folded.Length;
        if (text.Length <= length || TextNormalizer.Fold(text[..length]) != folded || text[length] is not (' ' or ':' or '-'))
            return null;
        return text[length..].TrimStart(' ', ':', '-');
    }

    private static RegisterRejectedException MissingOrUnreadable(string label, object? value, string expectedVi, string expectedEn) =>
        CellValues.IsBlank(value) ? Missing(label) : new(
            $"Sheet \"{RegisterSchema.InfoSheet}\": \"{label}\" = \"{CellValues.Text(value)}\" không đọc được: cần {expectedVi}.",
            $"Sheet \"{RegisterSchema.InfoSheet}\": \"{label}\" = \"{CellValues.Text(value)}\" cannot be read: expected {expectedEn}.");

    private static RegisterRejectedException Missing(string label) => new(
        $"Sheet \"{RegisterSchema.InfoSheet}\" thiếu \"{label}\".",
        $"Sheet \"{RegisterSchema.InfoSheet}\" lacks \"{label}\".");
}
