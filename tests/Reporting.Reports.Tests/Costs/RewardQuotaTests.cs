using Reporting.Domain.Costs;

namespace Reporting.Reports.Tests.Costs;

[TestClass]
public sealed class RewardQuotaTests
{
    [TestMethod]
    [DataRow(1, 0L, 0L)]
    [DataRow(1, 3L, 1L)]
    [DataRow(30, 12L, 12L)]
    public void A_number_per_unit_never_exceeds_the_candidates(int count, long candidates, long expected) =>
        Assert.AreEqual(expected, RewardQuota.Each(count).Of(candidates));

    [TestMethod]
    [DataRow(0, 0L)]
    [DataRow(1, 1L)]     // 5% of 1 is 0.05, rounded up
    [DataRow(25, 2L)]    // 1.25 → 2
    [DataRow(200, 10L)]  // 10 exactly
    [DataRow(1000, 10L)] // 50, capped
    public void A_share_is_rounded_up_and_capped(int candidates, long expected) =>
        Assert.AreEqual(expected, RewardQuota.ShareOf(0.05m, 10).Of(candidates));
}
