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

    public static RegisterHeader Read(IRegisterSheet sheet, RegisterReadingContext context, ExpectedUnit? expected)
    {
        var values = new Dictionary<string, (object? Value, int Row)>();
        for (var row = 1; row <= Math.Min(LabelSearchRows, sheet.LastRow); row++)
        {
            var label = TextNormalizer.Fold(CellValues.Text(sheet.Value(row, 1)));
            if (label.Length > 0)
                values.TryAdd(label, (sheet.Value(row, 2), row));
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
        var yearNumber = CellValues.Number(Raw(Info.Year)) ?? throw Missing(Info.Year);
        var year = (int)yearNumber;
        if (year != yearNumber || !context.Period.Contains(year))
            throw new RegisterRejectedException(
                $"Năm {yearNumber} nằm ngoài thời kỳ {context.Period.FirstYear}–{context.Period.LastYear} của kế hoạch.",
                $"Year {yearNumber} is outside the programme period {context.Period.FirstYear}–{context.Period.LastYear}.");
        var updatedOn = CellValues.Date(Raw(Info.UpdatedOn)) ?? throw Missing(Info.UpdatedOn);

        var unit = context.Units.Find(code, year);
        if (unit is null)
            throw new RegisterRejectedException(
                $"Mã đơn vị {code} không có trong danh mục đơn vị hành chính năm {year}.",
                $"Unit code {code} is not an administrative unit in {year}.");
        if (unit.Level != level)
            throw new RegisterRejectedException(
                $"Mã đơn vị {code} ({unit.Name}) không phải cấp \"{Text(Info.Level)}\".",
                $"Unit {code} ({unit.Name}) is not of level {level}.");
        if (expected is not null && expected.Code != code)
            throw new RegisterRejectedException(
                $"Sổ ghi mã đơn vị {code} nhưng được gửi từ nơi của đơn vị {expected.Code}.",
                $"The register names unit {code} but came from the folder or address of unit {expected.Code}.");
        if (expected is not null && expected.Level != level)
            throw new RegisterRejectedException(
                $"Sổ cấp \"{Text(Info.Level)}\" được gửi vào nơi nhận sổ cấp {(expected.Level == UnitLevel.Commune ? "xã" : "huyện")}.",
                $"A register of level {level} arrived where {expected.Level} registers are received.");

        var preparedBy = Text(Info.PreparedBy);
        return new RegisterHeader(code, unit.Name, level, year, updatedOn, preparedBy.Length == 0 ? null : preparedBy);
    }

    private static RegisterRejectedException Missing(string label) => new(
        $"Sheet \"{RegisterSchema.InfoSheet}\" thiếu \"{label}\".",
        $"Sheet \"{RegisterSchema.InfoSheet}\" lacks \"{label}\".");
}
