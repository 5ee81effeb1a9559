using Reporting.Domain.Costs;
using Reporting.Domain.Units;
using Reporting.Reports.Costs;

namespace Reporting.Reports.Tests.Costs;

[TestClass]
public sealed class CostPlanTests
{
    private static readonly UnitCost Price = new(UnitCostKey.Materials, "Bộ tài liệu", 50_000m, "đ/bộ", null, DateOnly.MinValue, null);

    private static CostLine Line(string unit, CostItem item, decimal quantity) => new(UnitLevel.Commune, unit, unit, "602", item, quantity, Price, "");

    [TestMethod]
    public void Line_only_last_year_had_stays_with_nothing_this_year_so_both_columns_add_up()
    {
        var current = new[] { Line("23272", CostItem.Materials, 2) };
        var previous = new[] { Line("23272", CostItem.Materials, 1), Line("23002", CostItem.Materials, 3) };

        var plan = CostPlan.Of(2020, current, previous);

        Assert.AreEqual(100_000m, plan.Total);
        Assert.AreEqual(200_000m, plan.PreviousTotal, "50,000 + 150,000");
        var gone = plan.Lines.Single(l => l.Current.UnitCode == "23002");
        Assert.AreEqual((0m, 150_000m, "không có trong dự toán năm 2020"), (gone.Current.Quantity, gone.PreviousAmount, gone.Current.Basis));
    }

    [TestMethod]
    public void A_total_beyond_the_factor_is_flagged_naming_the_items_that_make_most_of_the_difference()
    {
        var previous = new[] { Line("23272", CostItem.Materials, 10), Line("23272", CostItem.Propaganda, 10) };
        // +1,000,000 on conferences, +450,000 on materials, −50,000 on propaganda: 80% is explained by the first two.
        var current = new[] { Line("23272", CostItem.Materials, 19), Line("23272", CostItem.Propaganda, 9), Line("23272", CostItem.ConferenceOrganisation, 20) };

        var warning = Plausibility.Check(CostPlan.Of(2018, current, previous), 2m);

        Assert.IsNotNull(warning);
        CollectionAssert.AreEqual(new[] { CostItemKind.ConferenceOrganisation, CostItemKind.Materials }, warning.Drivers.Select(d => d.Kind).ToList());
        Assert.AreEqual("Cần kiểm tra: dự toán năm 2018 (2.400.000 đ) bằng 2,4 lần dự toán năm 2017 (1.000.000 đ), vượt ngưỡng 2 lần. "
            + "Chênh lệch chủ yếu ở: Hội nghị sơ kết, tổng kết (hội trường, tài liệu) +1.000.000 đ (0 → 1.000.000); Biên soạn, in ấn tài liệu +450.000 đ (500.000 → 950.000).", warning.Text);
        Assert.IsNull(Plausibility.Check(CostPlan.Of(2018, current, previous), 2.5m), "within the factor");
        Assert.IsNotNull(Plausibility.Check(CostPlan.Of(2018, previous, current), 2m), "a fall below half is flagged as well");
    }
}
