namespace Reporting.Domain.Titles;

/// <summary>The titles of plan 493/KH-UBND; the numbers are stored in the database.</summary>
public enum Title
{
    Family = 1,
    Clan = 2,
    Community = 3,
    LearningUnit = 4,
    CommuneCommunity = 5,
}

/// <summary>
/// How a title is named: its key in exports and settings, its Vietnamese name, and the nouns of what
/// it is given to — for counts ("1.234 hộ"), for a column of totals ("Số hộ"), for short lists of
/// quantities ("hộ 2 → 3; thôn 1 → 2") and for its exemplars ("12 gia đình").
/// </summary>
public sealed record TitleNames(string Key, string Name, string Counted, string Short, string Exemplars)
{
    public string TotalHeader => $"Số {Counted}";
}

public static class TitleKeys
{
    private static readonly IReadOnlyDictionary<Title, TitleNames> Table = new Dictionary<Title, TitleNames>
    {
        [Title.Family] = new("family", "Gia đình hiếu học", "hộ", "hộ", "gia đình"),
        [Title.Clan] = new("clan", "Dòng họ hiếu học", "dòng họ", "dòng họ", "dòng họ"),
        [Title.Community] = new("community", "Cộng đồng học tập", "thôn, khu phố", "thôn", "cộng đồng học tập thôn, khu phố"),
        [Title.LearningUnit] = new("unit", "Đơn vị học tập", "đơn vị", "đơn vị", "đơn vị học tập"),
        [Title.CommuneCommunity] = new("commune_community", "Cộng đồng học tập cấp xã", "xã", "xã", "xã"),
    };

    /// <summary>The titles recognised entity by entity; the commune-level title is classified instead (Circular 44).</summary>
    public static IReadOnlyList<Title> Recognized { get; } = [Title.Family, Title.Clan, Title.Community, Title.LearningUnit];

    public static TitleNames Names(this Title title) =>
        Table.TryGetValue(title, out var names) ? names : throw new ArgumentOutOfRangeException(nameof(title), title, null);

    public static string Key(this Title title) => title.Names().Key;

    public static string VietnameseName(this Title title) => title.Names().Name;
}
