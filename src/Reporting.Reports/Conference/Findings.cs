using static Reporting.Reports.Output.Vietnamese;

namespace Reporting.Reports.Conference;

/// <summary>
/// The findings of a pack as sentences a secretary can paste into the speech: each states its
/// numbers, in Vietnamese, from the pack's own tables (so they can never disagree with them).
/// </summary>
public static class Findings
{
    /// <summary>Two shares closer than this are level: no district is said to have grown most by less.</summary>
    public const decimal LevelMargin = 0.5m;

    public static IReadOnlyList<string> For(PackModel pack)
    {
        var sentences = new List<string> { Overview(pack) };
        if (pack.Mergers is { } mergers)
            sentences.Add(mergers);
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

    /// <summary>What the report still falls short of: the titles and the districts (communes) below their targets.</summary>
    public static IReadOnlyList<string> Shortfalls(PackModel pack) =>
        [.. pack.Titles.Where(t => t.Gap < 0).Select(t => Against(pack, t)).OfType<string>(), .. new[] { BelowTarget(pack, sayAllOnTarget: false) }.OfType<string>()];

    private static string Where(PackModel pack) => pack.IsProvince ? "toàn tỉnh" : InSentence(pack.UnitName);

    /// <summary>A unit's name inside a sentence: the level in lower case ("huyện Phú Quí", "thị xã La Gi").</summary>
    public static string InSentence(string name) =>
        Levels.FirstOrDefault(level => name.StartsWith(level + " ", StringComparison.Ordinal)) is { } found
            ? found.ToLower(Culture) + name[found.Length..]
            : name;

    private static readonly string[] Levels = ["Thành phố", "Thị xã", "Thị trấn", "Huyện", "Phường", "Xã"];

    /// <summary>A difference of shares in words: "5,3 điểm phần trăm".</summary>
    private static string PointsInWords(decimal? points) => points is { } value ? Math.Abs(value).ToString("0.0", Culture) + " điểm phần trăm" : "–";

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
            ? $"đã đạt chỉ tiêu {Percent(target)} của năm {pack.TargetYear} (vượt {PointsInWords(gap)})"
            : $"còn thấp hơn chỉ tiêu {Percent(target)} của năm {pack.TargetYear} là {PointsInWords(gap)}";
        return $"Tỷ lệ công nhận \"{title.Name}\" năm {pack.ToYear} là {Percent(rate)} ({Number(title.Recognized)}/{Number(title.Eligible)} {title.EligibleLabel}), {verdict}.";
    }

    /// <summary>The districts (communes) below their families' target; or that all reach it, unless <paramref name="sayAllOnTarget"/> is false.</summary>
    private static string? BelowTarget(PackModel pack, bool sayAllOnTarget = true)
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
            .Select(c => $"{InSentence(c.Name)} ({Percent(c.Cell.RecognizedPercent)}, thấp hơn {PointsInWords(c.Cell.Gap)})")
            .ToList();
        if (below.Count == 0 && !sayAllOnTarget)
            return null;
        return below.Count == 0
            ? $"Tất cả {Number(rated.Count)} {pack.ChildLevel} có số liệu đều đạt chỉ tiêu công nhận \"Gia đình hiếu học\" của năm {pack.TargetYear}."
            : $"{Number(below.Count)}/{Number(rated.Count)} {pack.ChildLevel} có số liệu chưa đạt chỉ tiêu công nhận \"Gia đình hiếu học\": {List(below)}.";
    }

    /// <summary>
    /// The district (or commune) whose recognised share of families rose most over the window; those
    /// within <see cref="LevelMargin"/> of it are named with it as level.
    /// </summary>
    private static string? FastestGrowth(PackModel pack)
    {
        if (pack.WindowYears < 2)
            return null;
        var grown = pack.Children
            .Where(c => c.FamilyFirstPercent is not null && c.Cells[0].RecognizedPercent is not null)
            .Select(c => (Child: c, First: c.FamilyFirstPercent!.Value, Last: c.Cells[0].RecognizedPercent!.Value))
            .OrderByDescending(c => c.Last - c.First).ThenBy(c => c.Child.Code, StringComparer.Ordinal)
            .ToList();
        if (grown.Count == 0)
            return null;
        var most = grown[0].Last - grown[0].First;
        if (most == 0)
            return $"Tỷ lệ công nhận \"Gia đình hiếu học\" của các {pack.ChildLevel} không tăng từ năm {pack.FromYear} đến năm {pack.ToYear}.";
        if (most < 0)
            return $"Không {pack.ChildLevel} nào có tỷ lệ công nhận \"Gia đình hiếu học\" năm {pack.ToYear} cao hơn năm {pack.FromYear}; giảm ít nhất là {InSentence(grown[0].Child.Name)} (từ {Percent(grown[0].First)} xuống {Percent(grown[0].Last)}).";
        // Level with the first: those that rose too, by less than the margin below it.
        var level = grown.TakeWhile(g => g.Last > g.First && most - (g.Last - g.First) < LevelMargin).ToList();
        if (level.Count > 1)
            return $"Tỷ lệ công nhận \"Gia đình hiếu học\" tăng nhiều nhất và ngang nhau (chênh lệch dưới {LevelMargin.ToString("0.0", Culture)} điểm phần trăm) ở "
                + List(level.Select(g => $"{InSentence(g.Child.Name)} (từ {Percent(g.First)} lên {Percent(g.Last)})").ToList()) + $", từ năm {pack.FromYear} đến năm {pack.ToYear}.";
        var (first, last) = (grown[0].First, grown[0].Last);
        return $"{grown[0].Child.Name} có tỷ lệ công nhận \"Gia đình hiếu học\" tăng nhiều nhất: từ {Percent(first)} năm {pack.FromYear} lên {Percent(last)} năm {pack.ToYear} (tăng {PointsInWords(last - first)}).";
    }

    /// <summary>Each kind of area against its own target (mountain areas have lower ones), highest share first.</summary>
    private static string? Areas(PackModel pack)
    {
        var rated = pack.Areas.Where(a => a.Cells[0].RecognizedPercent is not null).OrderByDescending(a => a.Cells[0].RecognizedPercent).ToList();
        if (rated.Count < 2)
            return null;
        static string Verdict(TitleCell cell) => cell.Gap is not { } gap ? ""
            : gap >= 0 ? $", đạt chỉ tiêu {Percent(cell.Target)} của vùng" : $", thấp hơn chỉ tiêu {Percent(cell.Target)} của vùng {PointsInWords(gap)}";
        return "So sánh theo vùng, tỷ lệ công nhận \"Gia đình hiếu học\": "
            + List(rated.Select(a => $"vùng {a.Area.ToLower(Culture)} {Percent(a.Cells[0].RecognizedPercent)} ({Number(a.Communes)} xã{Verdict(a.Cells[0])})").ToList()) + ".";
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
