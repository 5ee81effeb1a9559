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

public static class TitleKeys
{
    /// <summary>The titles recognised entity by entity; the commune-level title is classified instead (Circular 44).</summary>
    public static IReadOnlyList<Title> Recognized { get; } = [Title.Family, Title.Clan, Title.Community, Title.LearningUnit];

    public static string Key(this Title title) => title switch
    {
        Title.Family => "family",
        Title.Clan => "clan",
        Title.Community => "community",
        Title.LearningUnit => "unit",
        Title.CommuneCommunity => "commune_community",
        _ => throw new ArgumentOutOfRangeException(nameof(title), title, null),
    };

    public static string VietnameseName(this Title title) => title switch
    {
        Title.Family => "Gia đình hiếu học",
        Title.Clan => "Dòng họ hiếu học",
        Title.Community => "Cộng đồng học tập",
        Title.LearningUnit => "Đơn vị học tập",
        Title.CommuneCommunity => "Cộng đồng học tập cấp xã",
        _ => throw new ArgumentOutOfRangeException(nameof(title), title, null),
    };
}
