namespace Reporting.Domain.Costs;

/// <summary>Amounts in đồng, rounded to 1.000 đ half away from zero — what Excel's ROUND(x,-3) does.</summary>
public static class Money
{
    public static decimal ToThousand(decimal amount) => Math.Round(amount / 1000m, 0, MidpointRounding.AwayFromZero) * 1000m;

    /// <summary>A line's amount: quantity × unit cost, rounded once; totals are sums of rounded lines, so they add up exactly.</summary>
    public static decimal Amount(decimal quantity, decimal unitCost) => ToThousand(quantity * unitCost);

    /// <summary>A reward, a multiple of the base salary, is rounded up to the ten thousand đồng (Decree 91/2017/NĐ-CP).</summary>
    public static decimal RewardUpToTenThousand(decimal amount) => Math.Ceiling(amount / 10_000m) * 10_000m;
}
