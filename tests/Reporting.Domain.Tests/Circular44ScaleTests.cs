using Reporting.Domain.Circular44;
using Reporting.Domain.Registers;

namespace Reporting.Domain.Tests;

[TestClass]
public sealed class Circular44ScaleTests
{
    private static readonly Circular44Scale Scale = Circular44Scale.Default;

    [TestMethod]
    public void Default_criteria_add_up_to_100_points() => Assert.AreEqual(100m, Scale.CriterionMaxima.Sum());

    [TestMethod]
    [DataRow(100, Classification.Good)]
    [DataRow(85, Classification.Good)]
    [DataRow(84.5, Classification.Fair)]
    [DataRow(70, Classification.Fair)]
    [DataRow(69, Classification.Average)]
    [DataRow(50, Classification.Average)]
    [DataRow(49.5, Classification.Unclassified)]
    [DataRow(0, Classification.Unclassified)]
    public void Total_falls_in_its_band(double total, Classification expected) =>
        Assert.AreEqual(expected, Scale.Classify((decimal)total));

    [TestMethod]
    public void Consistent_row_has_no_error()
    {
        decimal[] criteria = [7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 6, 6, 6, 6, 6];
        Assert.IsEmpty(Scale.Check(criteria, 100, Classification.Good));
    }

    [TestMethod]
    public void Criterion_above_its_maximum_is_an_error()
    {
        decimal[] criteria = [8, 7, 7, 7, 7, 7, 7, 7, 7, 7, 6, 6, 6, 6, 5];
        var error = Scale.Check(criteria, 100, Classification.Good).Single();
        Assert.AreEqual("TC1", error.Column);
        Assert.AreEqual("circular44-criterion", error.Rule.Code());
    }

    [TestMethod]
    public void Total_that_disagrees_with_the_criteria_is_an_error()
    {
        decimal[] criteria = [5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5];
        var error = Scale.Check(criteria, 76, Classification.Fair).Single();
        Assert.AreEqual("circular44-total", error.Rule.Code());
    }

    [TestMethod]
    public void Class_that_disagrees_with_the_total_is_an_error()
    {
        decimal[] criteria = [5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5];
        var error = Scale.Check(criteria, 75, Classification.Good).Single();
        Assert.AreEqual("circular44-class", error.Rule.Code());
        StringAssert.Contains(error.MessageVi, "Khá");
    }

    [TestMethod]
    public void Configured_bands_are_used()
    {
        var strict = Scale with { Good = 90, Fair = 80, Average = 60 };
        Assert.AreEqual(Classification.Fair, strict.Classify(85));
    }
}
