using Reporting.Domain.Figures;
using Reporting.Domain.Titles;
using Reporting.Domain.Units;

namespace Reporting.Domain.Tests;

[TestClass]
public sealed class TargetTableTests
{
    [TestMethod]
    [DataRow("mountain", 60)]
    [DataRow("mountain(vùng cao)", 60)]
    [DataRow("mixed(plain+mountain)", 70)]
    [DataRow("island", 70)]
    [DataRow(null, 70)]
    public void Highland_communes_take_the_mountain_family_target(string? terrain, int expected) =>
        Assert.AreEqual(expected, TargetTable.Default.For(Title.Family, AreaKinds.Of(terrain)));

    [TestMethod]
    public void Commune_level_title_has_no_target() => Assert.IsNull(TargetTable.Default.For(Title.CommuneCommunity, AreaKinds.Of("plain")));

    [TestMethod]
    [DataRow("urban(thị trấn)", AreaKind.Urban)]
    [DataRow("mixed(plain+mountain)", AreaKind.Mixed)]
    [DataRow("island", AreaKind.Island)]
    public void Terrains_of_the_unit_list_fall_into_the_kinds_of_area_the_plan_compares(string terrain, AreaKind kind) =>
        Assert.AreEqual(kind, AreaKinds.Of(terrain));
}
