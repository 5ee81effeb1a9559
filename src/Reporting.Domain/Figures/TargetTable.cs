using Reporting.Domain.Titles;
using Reporting.Domain.Units;

namespace Reporting.Domain.Figures;

/// <summary>
/// The targets of Decision 281/QĐ-TTg (2014) for <see cref="Year"/> (2020): the share of eligible entities recognised, in
/// percent, by title, with lower targets for mountain, remote and especially difficult areas.
/// A unit counts as mountain when its terrain in the unit list is mountain (highland communes,
/// <c>mountain(vùng cao)</c>, included); mixed districts, the province and every other terrain take
/// the general targets.
/// </summary>
public sealed record TargetTable(IReadOnlyDictionary<Title, decimal> General, IReadOnlyDictionary<Title, decimal> Mountain, int Year)
{
    public static TargetTable Default { get; } = new(
        new Dictionary<Title, decimal> { [Title.Family] = 70, [Title.Clan] = 50, [Title.Community] = 60, [Title.LearningUnit] = 50 },
        new Dictionary<Title, decimal> { [Title.Family] = 60, [Title.Clan] = 40, [Title.Community] = 50, [Title.LearningUnit] = 50 },
        Year: 2020);

    public decimal? For(Title title, AreaKind? area) =>
        (area == AreaKind.Mountain ? Mountain : General).TryGetValue(title, out var target) ? target : null;
}
