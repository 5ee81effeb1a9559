using static Reporting.Reports.Output.Vietnamese;

namespace Reporting.Reports.Conference;

/// <summary>
/// The findings of a pack as sentences a secretary can paste into the speech: each states its
/// numbers, in Vietnamese, from the pack's own tables (so they can never disagree with them).
/// </summary>
public static class Findings
{
    public static IReadOnlyList<string> For(PackModel pack)
    {
        var sentences = new List<string> { Overview(pack) };
        sentences.AddRange(pack.Titles.Select(t => Against(pack, t)).OfType<string>());
        if (BelowTarget(pack) is { } below)
            sentences.Add(below);
        if (FastestGrowth(pack) is { } growth)
            sentences.Add(growth);
        if (pack.ComparesAreas && Areas(pack) is { } areas)
            sentences.Add(areas);
        sentences.Add(Exemplars(pack));
        if (Circular44(pack) is { } classes)
            sentences.Add(classes);
        if (pack.Costs.Count > 0)
            sentences.Add(Costs(pack));
        return sentences;
    }

    private static string Where(PackModel pack) => pack.IsProvince ? "toàn tỉnh" : pack.UnitName;

    private static string Overview(PackModel pack)
    {
        var family = pack.Titles[0];
        return $"Năm {pack.ToYear}, {Where(pack)} có {Number(family.Registered)} trên {Number(family.Eligible)} hộ đăng ký "
            + $"\"Gia đình hiếu học\" ({Percent(family.RegisteredPercent)}) và {Number(family.Recognized)} hộ được công nhận ({Percent(family.RecognizedPercent)} số hộ).";
    }

    /// <summary>How far a title's recognised share is from its target.</summary>
    private static string? Against(PackModel pack, TitleSummary title)
    {
        if (title.RecognizedPercent is not { } rate || title.Target is not { } target || title.Gap is not { } gap)
            return null;
        var verdict = gap >= 0
            ? $"đã đạt chỉ tiêu {Percent(target)} của năm {pack.TargetYear} (vượt {Points(gap).TrimStart('+')})"
            : $"còn thấp hơn chỉ tiêu {Percent(target)} của năm {pack.TargetYear} là {Points(-gap).TrimStart('+')}";
        return $"Tỷ lệ công nhận \"{title.Name}\" năm {pack.ToYear} là {Percent(rate)} ({Number(title.Recognized)}/{Number(title.Eligible)} {title.EligibleLabel}), {verdict}.";
    }

    private static string? BelowTarget(PackModel pack)
    {
        if (pack.Children.Count == 0)
            return null;
        var rated = pack.Children.Where(c => c.Cells[0].Gap is not null).ToList();
        if (rated.Count == 0)
            return null;
        var below = rated
            .Select(c => (c.Name, Cell: c.Cells[0]))
            .Where(c => c.Cell.Gap < 0)
            .OrderBy(c => c.Cell.Gap)
            .Select(c => $"{c.Name} ({Percent(c.Cell.RecognizedPercent)}, thấp hơn {Points(-c.Cell.Gap).TrimStart('+')})")
            .ToList();
        return below.Count == 0
            ? $"Tất cả {Number(rated.Count)} {pack.ChildLevel} có số liệu đều đạt chỉ tiêu công nhận \"Gia đình hiếu học\" của năm {pack.TargetYear}."
            : $"{Number(below.Count)}/{Number(rated.Count)} {pack.ChildLevel} có số liệu chưa đạt chỉ tiêu công nhận \"Gia đình hiếu học\": {List(below)}.";
    }

    /// <summary>The district (or commune) whose recognised share of families rose most over the window.</summary>
    private static string? FastestGrowth(PackModel pack)
    {
        if (pack.WindowYears < 2)
            return null;
        var grown = pack.Children
            .Where(c => c.FamilyFirstPercent is not null && c.Cells[0].RecognizedPercent is not null)
            .OrderByDescending(c => c.Cells[0].RecognizedPercent - c.FamilyFirstPercent).ThenBy(c => c.Code, StringComparer.Ordinal)
            .FirstOrDefault();
        if (grown is null)
            return null;
        var (first, last) = (grown.FamilyFirstPercent, grown.Cells[0].RecognizedPercent);
        if (last == first)
            return $"Tỷ lệ công nhận \"Gia đình hiếu học\" của các {pack.ChildLevel} không tăng từ năm {pack.FromYear} đến năm {pack.ToYear}.";
        return last > first
            ? $"{grown.Name} có tỷ lệ công nhận \"Gia đình hiếu học\" tăng nhiều nhất: từ {Percent(first)} năm {pack.FromYear} lên {Percent(last)} năm {pack.ToYear} ({Points(last - first)})."
            : $"Không {pack.ChildLevel} nào có tỷ lệ công nhận \"Gia đình hiếu học\" năm {pack.ToYear} cao hơn năm {pack.FromYear}; giảm ít nhất là {grown.Name} (từ {Percent(first)} xuống {Percent(last)}).";
    }

    private static string? Areas(PackModel pack)
    {
        var rated = pack.Areas.Where(a => a.Cells[0].RecognizedPercent is not null).OrderByDescending(a => a.Cells[0].RecognizedPercent).ToList();
        if (rated.Count < 2)
            return null;
        var (high, low) = (rated[0], rated[^1]);
        return $"So sánh theo vùng, tỷ lệ công nhận \"Gia đình hiếu học\" cao nhất ở vùng {high.Area.ToLowerInvariant()} ({Percent(high.Cells[0].RecognizedPercent)}, {Number(high.Communes)} xã) "
            + $"và thấp nhất ở vùng {low.Area.ToLowerInvariant()} ({Percent(low.Cells[0].RecognizedPercent)}, {Number(low.Communes)} xã), chênh lệch {Points(high.Cells[0].RecognizedPercent - low.Cells[0].RecognizedPercent).TrimStart('+')}.";
    }

    private static string Exemplars(PackModel pack)
    {
        var counts = pack.Exemplars.Select(e => $"{Number(e.Count)} {e.Noun}").ToList();
        var span = pack.WindowYears == 1 ? $"trong năm {pack.ToYear}" : $"liên tục {pack.WindowYears} năm {pack.Window}";
        return $"Được công nhận {span}, đề nghị biểu dương, khen thưởng tiêu biểu: {List(counts)}.";
    }

    private static string Costs(PackModel pack)
    {
        var total = pack.Costs.Sum(c => c.Amount);
        var years = pack.Costs.Count == 1 ? $"năm {pack.ToYear}" : $"{pack.Window}";
        return $"Kinh phí dự toán {years} của {Where(pack)}: {Number(total)} đồng"
            + (pack.Costs.Count > 1 ? $" ({List(pack.Costs.Select(c => $"năm {c.Year}: {Number(c.Amount)} đ").ToList())})." : ".");
    }

    private static string? Circular44(PackModel pack)
    {
        var year = pack.Circular44.FirstOrDefault(c => c.Year == pack.Circular44Year);
        if (year is null || year.Assessed == 0)
            return null;
        return $"Năm {year.Year}, {Number(year.Assessed)}/{Number(year.Communes)} xã được đánh giá \"Cộng đồng học tập\" cấp xã theo Thông tư 44/2014/TT-BGDĐT: "
            + $"{Number(year.Good)} xã loại Tốt, {Number(year.Fair)} Khá, {Number(year.Average)} Trung bình, {Number(year.Unclassified)} không xếp loại.";
    }
}
