using Reporting.Domain.Units;

namespace Reporting.Reports.Costs;

/// <summary>A line of this year's estimate beside what the previous year's estimate gave it; one only last year had keeps last year's price, which this year's bases do not cite.</summary>
public sealed record PlannedLine(CostLine Current, decimal PreviousAmount, bool OnlyLastYear = false)
{
    public UnitLevel Level => Current.Level;
}

/// <summary>
/// This year's lines with last year's amounts beside them. A line only last year had (a unit merged
/// away, an item of that year's calendar) stays with quantity 0, so both columns add up to their
/// estimates' totals.
/// </summary>
public sealed record CostPlan(int Year, IReadOnlyList<PlannedLine> Lines)
{
    public static CostPlan Of(int year, IReadOnlyList<CostLine> current, IReadOnlyList<CostLine> previous)
    {
        var before = previous.ToDictionary(l => (l.UnitCode, l.Item.Kind), l => l.Amount);
        var now = current.Select(l => (l.UnitCode, l.Item.Kind)).ToHashSet();
        var lines = current.Select(l => new PlannedLine(l, before.GetValueOrDefault((l.UnitCode, l.Item.Kind)))).ToList();
        lines.AddRange(previous.Where(p => !now.Contains((p.UnitCode, p.Item.Kind)))
            .Select(p => new PlannedLine(p with { Quantity = 0, Basis = $"không có trong dự toán năm {year}" }, p.Amount, OnlyLastYear: true)));
        return new CostPlan(year, lines);
    }

    public decimal Total => Lines.Sum(l => l.Current.Amount);

    public decimal PreviousTotal => Lines.Sum(l => l.PreviousAmount);
}
