using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using Reporting.Domain.Costs;
using Reporting.Domain.Titles;
using Reporting.Domain.Units;
using Reporting.Reports.Costs;

namespace Reporting.Reports.Tests.Costs;

/// <summary>Section <c>Costs</c>: rates with their dates and texts, quotas and shares come from configuration over the defaults.</summary>
[TestClass]
public sealed class CostsOptionsTests
{
    private static CostsOptions Bind(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build().GetSection(CostsOptions.Section).Get<CostsOptions>() ?? new CostsOptions();

    private static List<string> Problems(CostsOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results.Select(r => r.ErrorMessage!).ToList();
    }

    [TestMethod]
    public void Nothing_configured_is_the_default_settings()
    {
        var settings = new CostsOptions().ToSettings();

        Assert.AreEqual(CostSettings.Default.DraftedOn(2018), settings.DraftedOn(2018));
        Assert.AreEqual(CostSettings.Default.Cost(UnitCostKey.MealDistrict, new DateOnly(2018, 1, 1)), settings.Cost(UnitCostKey.MealDistrict, new DateOnly(2018, 1, 1)));
        Assert.AreEqual(RewardQuota.ShareOf(0.05m, 10), settings.Rewards.Quota(UnitLevel.Commune, Title.Family));
        Assert.IsEmpty(Problems(new CostsOptions()));
    }

    [TestMethod]
    public void A_configured_resolution_a_quota_and_a_share_replace_only_what_they_name()
    {
        var options = Bind(new()
        {
            ["Costs:DraftedOn"] = "07-15",
            ["Costs:UnitCosts:meal_commune:0:From"] = "2018-01-01",
            ["Costs:UnitCosts:meal_commune:0:Amount"] = "80000",
            ["Costs:UnitCosts:meal_commune:0:Basis"] = "Nghị quyết số 99/2017/NQ-HĐND",
            ["Costs:Rewards:District:family:Count"] = "5",
            ["Costs:Rewards:Basis"] = "Quyết định của Ban Chỉ đạo",
            ["Costs:NonPayrollShare:Commune"] = "1",
        });

        var settings = options.ToSettings();

        Assert.IsEmpty(Problems(options));
        Assert.AreEqual(new DateOnly(2018, 7, 15), settings.DraftedOn(2019));
        var meal = settings.Cost(UnitCostKey.MealCommune, new DateOnly(2018, 7, 15));
        Assert.AreEqual((80_000m, "Nghị quyết số 99/2017/NQ-HĐND"), (meal.Amount, meal.Basis));
        Assert.IsTrue(settings.Cost(UnitCostKey.MealCommune, new DateOnly(2017, 7, 15)).Planned, "before the only configured step nothing sets the rate");
        Assert.AreEqual(RewardQuota.Each(5), settings.Rewards.Quota(UnitLevel.District, Title.Family));
        Assert.AreEqual(RewardQuota.Each(2), settings.Rewards.Quota(UnitLevel.District, Title.Clan), "other quotas keep their defaults");
        Assert.AreEqual("Quyết định của Ban Chỉ đạo", settings.Rewards.Basis);
        Assert.AreEqual((1m, 0.6m), (settings.NonPayroll(UnitLevel.Commune), settings.NonPayroll(UnitLevel.District)));
    }

    [TestMethod]
    public void Unknown_items_titles_old_shapes_and_ambiguous_quotas_are_refused_with_the_setting_named()
    {
        var problems = Problems(Bind(new()
        {
            ["Costs:UnitCosts:meals:0:Amount"] = "1",
            ["Costs:Rewards:Commune:families:Count"] = "1",
            ["Costs:Rewards:Province:clan:Count"] = "1",
            ["Costs:Rewards:Province:clan:Share"] = "0.5",
            ["Costs:NonPayrollShare:Commune"] = "1.5",
            ["Costs:DraftedOn"] = "02-29",
            ["Costs:UnitCosts:materials:Amount"] = "60000",
            ["Costs:RewardScale:0:From"] = "2020-01-01",
            ["Costs:RewardScale:0:Province:Award"] = "Bằng khen",
            ["Costs:RewardScale:0:District:Person"] = "0.3",
            ["Costs:RewardScale:0:District:Collective"] = "0.6",
            ["Costs:RewardScale:0:Commune:Person"] = "0.15",
            ["Costs:RewardScale:0:Commune:Collective"] = "0.3",
        }));

        CollectionAssert.AreEquivalent(new[]
        {
            "Costs:UnitCosts: meals is not a cost item; known: " + string.Join(", ", CostSettings.DefaultUnitCosts.Select(c => c.Key.Key())) + ".",
            "Costs:Rewards: Commune:families is not a title; known: family, clan, community, unit.",
            "Costs:Rewards: Province:clan needs either Count or Share, not both or neither.",
            "Costs:NonPayrollShare: Commune: 1.5 — give Province, District or Commune a share between 0 and 1.",
            "Costs:DraftedOn: '02-29' is not a month and day every year has (MM-dd).",
            "Costs:UnitCosts: materials gives no steps: write it as a list [{ \"From\": \"2017-07-01\", \"Amount\": 100000, \"Basis\": \"…\" }].",
            "Costs:RewardScale: the scale from 2020-01-01 gives no Province grade with positive Person and Collective multiples.",
        }, problems);
    }
}
