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
}
