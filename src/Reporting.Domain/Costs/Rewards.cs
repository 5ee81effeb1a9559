using Reporting.Domain.Titles;
using Reporting.Domain.Units;

namespace Reporting.Domain.Costs;

/// <summary>The commendation a level gives (<i>Giấy khen của Chủ tịch UBND xã</i>, …) and its money in multiples of the base salary.</summary>
public sealed record RewardGrade(string Award, decimal Person, decimal Collective);

/// <summary>
/// How many of a unit's exemplar candidates of a title its level commends at a review: a number per
/// unit, or a share of its candidates rounded up, either at most <see cref="Cap"/>; never more than
/// the candidates.
/// </summary>
public sealed record RewardQuota(int? Count, decimal? Share, int? Cap = null)
{
    public static RewardQuota Each(int count) => new(count, null);

    public static RewardQuota ShareOf(decimal share, int? cap = null) => new(null, share, cap);

    public long Of(long candidates)
    {
        var number = Count ?? (long)Math.Ceiling((Share ?? 0m) * candidates);
        if (Cap is { } cap)
            number = Math.Min(number, cap);
        return Math.Clamp(number, 0, Math.Max(0, candidates));
    }
}

/// <summary>
/// Who is commended at a review that rewards exemplars: the quota of each level and title, whether
/// an entity commended at one review may be counted again at the next, and the text that sets the
/// quotas (a decision of the steering committee; planned while none is configured).
/// </summary>
public sealed record RewardRules(IReadOnlyDictionary<UnitLevel, IReadOnlyDictionary<Title, RewardQuota>> Quotas, bool CommendAgain, string? Basis)
{
    public static IReadOnlyList<UnitLevel> Levels { get; } = [UnitLevel.Province, UnitLevel.District, UnitLevel.Commune];

    public static RewardRules Default { get; } = new(new Dictionary<UnitLevel, IReadOnlyDictionary<Title, RewardQuota>>
    {
        [UnitLevel.Province] = new Dictionary<Title, RewardQuota>
        {
            [Title.Family] = RewardQuota.Each(30), [Title.Clan] = RewardQuota.Each(10), [Title.Community] = RewardQuota.Each(10), [Title.LearningUnit] = RewardQuota.Each(10),
        },
        [UnitLevel.District] = new Dictionary<Title, RewardQuota>
        {
            [Title.Family] = RewardQuota.ShareOf(0.01m, 20), [Title.Clan] = RewardQuota.Each(2), [Title.Community] = RewardQuota.Each(2), [Title.LearningUnit] = RewardQuota.Each(2),
        },
        [UnitLevel.Commune] = new Dictionary<Title, RewardQuota>
        {
            [Title.Family] = RewardQuota.ShareOf(0.05m, 10), [Title.Clan] = RewardQuota.Each(1), [Title.Community] = RewardQuota.Each(1), [Title.LearningUnit] = RewardQuota.Each(1),
        },
    }, CommendAgain: false, Basis: null);

    public RewardQuota? Quota(UnitLevel level, Title title) =>
        Quotas.TryGetValue(level, out var titles) && titles.TryGetValue(title, out var quota) ? quota : null;

    /// <summary>Decree 91/2017/NĐ-CP: a province's Bằng khen, a district's and a commune's Giấy khen; a collective twice an individual's, a household as an individual.</summary>
    public static DatedSchedule<IReadOnlyDictionary<UnitLevel, RewardGrade>> DefaultScale { get; } = new(
    [
        new(new DateOnly(2017, 7, 31), new Dictionary<UnitLevel, RewardGrade>
        {
            [UnitLevel.Province] = new("Bằng khen của Chủ tịch UBND tỉnh", 1.0m, 2.0m),
            [UnitLevel.District] = new("Giấy khen của Chủ tịch UBND cấp huyện", 0.3m, 0.6m),
            [UnitLevel.Commune] = new("Giấy khen của Chủ tịch UBND cấp xã", 0.15m, 0.3m),
        }, "Nghị định 91/2017/NĐ-CP, Điều 76"),
    ]);
}
