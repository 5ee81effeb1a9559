using Reporting.Domain.Costs;
using static Reporting.Reports.Output.Vietnamese;

namespace Reporting.Reports.Costs;

/// <summary>An item's change from the previous year's estimate, all units together.</summary>
public sealed record ItemChange(CostItemKind Kind, string Item, decimal Current, decimal Previous)
{
    public decimal Difference => Current - Previous;
}

/// <summary>
/// An estimate that differs from the previous year's by more than a factor — this many times it,
/// or less than its share — is flagged, naming the items that make most of the difference, so the
/// drafter checks them before the finance department asks.
/// </summary>
public sealed record Plausibility(int Year, decimal Total, decimal PreviousTotal, decimal Factor, IReadOnlyList<ItemChange> Drivers)
{
    /// <summary>The items whose changes together make at least this share of the difference are named.</summary>
    private const decimal Explained = 0.8m;

    public static Plausibility? Check(CostPlan plan, decimal factor)
    {
        var (total, previous) = (plan.Total, plan.PreviousTotal);
        if (previous <= 0 || (total <= previous * factor && total * factor >= previous))
            return null;
        var changes = plan.Lines.GroupBy(l => l.Current.Item.Kind)
            .Select(g => new ItemChange(g.Key, g.First().Current.Item.Name, g.Sum(l => l.Current.Amount), g.Sum(l => l.PreviousAmount)))
            .Where(c => c.Difference != 0 && Math.Sign(c.Difference) == Math.Sign(total - previous))
            .OrderByDescending(c => Math.Abs(c.Difference)).ThenBy(c => c.Kind).ToList();
        var drivers = new List<ItemChange>();
        foreach (var change in changes)
        {
            if (drivers.Sum(d => d.Difference) / (total - previous) >= Explained)
                break;
            drivers.Add(change);
        }
        return new Plausibility(plan.Year, total, previous, factor, drivers);
    }

    public decimal Ratio => Total / PreviousTotal;

    public string Text =>
        $"Cần kiểm tra: dự toán năm {Year} ({Number((long)Total)} đ) bằng {Ratio.ToString("0.##", Culture)} lần dự toán năm {Year - 1} "
        + $"({Number((long)PreviousTotal)} đ), {(Total > PreviousTotal ? "vượt" : "dưới")} ngưỡng {(Total > PreviousTotal ? Factor : 1 / Factor).ToString("0.##", Culture)} lần. "
        + "Chênh lệch chủ yếu ở: " + string.Join("; ", Drivers.Select(d => $"{d.Item} {Signed(d.Difference)} đ ({Number((long)d.Previous)} → {Number((long)d.Current)})")) + ".";

    private static string Signed(decimal amount) => (amount > 0 ? "+" : "−") + Number((long)Math.Abs(amount));
}
