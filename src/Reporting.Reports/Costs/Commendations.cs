using Reporting.Domain.Costs;
using Reporting.Domain.Programme;
using Reporting.Domain.Titles;
using Reporting.Domain.Units;
using Reporting.Figures;

namespace Reporting.Reports.Costs;

/// <summary>
/// How many of a unit's exemplar candidates of a title its level commends at a review: the
/// candidates known when the estimate is drawn up, those commended within it at an earlier review
/// (not counted again unless configured) and by the levels below at this one, the quota, and the
/// number that results.
/// </summary>
public sealed record Commendation(UnitLevel Level, string UnitCode, string? DistrictCode, Title Title, long Candidates, long Before, long Below, RewardQuota Quota, long Number)
{
    /// <summary>Whether the entities this commends lie in a unit: the unit itself, or a district's or the province's own.</summary>
    public bool Within(UnitLevel level, string unitCode) => level switch
    {
        UnitLevel.Province => true,
        UnitLevel.District => DistrictCode == unitCode,
        _ => UnitCode == unitCode,
    };
}

/// <summary>The commendations of one review, and the review before it whose commended are not counted again.</summary>
public sealed record ReviewCommendations(Review Review, int CandidatesTo, IReadOnlyList<Commendation> Commendations, Review? Earlier)
{
    /// <summary>The exemplars are those recognised in every year of the review's window; when it is drawn up, the years before the review's are known.</summary>
    public bool CandidatesKnown => CandidatesTo >= Review.FromYear;

    public Commendation? Of(string unitCode, Title title) => Commendations.FirstOrDefault(c => c.UnitCode == unitCode && c.Title == title);

    /// <summary>
    /// Each unit of every level commends its quota of its candidates — the entities recognised in
    /// every year of the review's window up to <paramref name="candidatesTo"/> — from the commune up,
    /// so that no entity is counted twice: a level's candidates lose those its communes (and, for the
    /// province, its districts) commend at this review, and those any level within it commended at
    /// <paramref name="earlier"/>.
    /// </summary>
    public static ReviewCommendations Of(Review review, int candidatesTo, IReadOnlyList<FigureRow> candidates, RewardRules rules, UnitDirectory units, ReviewCommendations? earlier)
    {
        var commendations = new List<Commendation>();
        foreach (var level in new[] { UnitLevel.Commune, UnitLevel.District, UnitLevel.Province })
            foreach (var unit in units.In(review.Year, level).OrderBy(u => u.Code, StringComparer.Ordinal))
                foreach (var title in TitleKeys.Recognized)
                {
                    if (rules.Quota(level, title) is not { } quota)
                        continue;
                    var known = candidates.FirstOrDefault(r => r.UnitCode == unit.Code && r.Title == title)?.Exemplary ?? 0;
                    var before = earlier?.Commendations.Where(c => c.Title == title && c.Within(level, unit.Code)).Sum(c => c.Number) ?? 0;
                    var below = commendations.Where(c => c.Title == title && c.Within(level, unit.Code)).Sum(c => c.Number);
                    var district = level switch { UnitLevel.District => unit.Code, UnitLevel.Commune => unit.ParentCode, _ => null };
                    commendations.Add(new Commendation(level, unit.Code, district, title, known, before, below, quota, quota.Of(Math.Max(0, known - before - below))));
                }
        return new ReviewCommendations(review, candidatesTo, commendations, earlier?.Review);
    }
}
