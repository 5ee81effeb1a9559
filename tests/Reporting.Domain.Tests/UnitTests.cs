using Reporting.Domain.Units;

namespace Reporting.Domain.Tests;

[TestClass]
public sealed class AdministrativeUnitTests
{
    [TestMethod]
    public void Commune_abolished_on_1_January_2020_exists_up_to_2019_only()
    {
        var commune = new AdministrativeUnit("23002", UnitLevel.Commune, "Xã Hòa Phú", "595", "xã", "plain",
            new DateOnly(2016, 1, 1), new DateOnly(2020, 1, 1));
        Assert.IsTrue(commune.ExistsIn(2016));
        Assert.IsTrue(commune.ExistsIn(2019));
        Assert.IsFalse(commune.ExistsIn(2020));
        Assert.IsTrue(commune.IsValidOn(new DateOnly(2019, 12, 31)));
    }
}
