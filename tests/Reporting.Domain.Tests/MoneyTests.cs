using Reporting.Domain.Costs;

namespace Reporting.Domain.Tests;

[TestClass]
public sealed class MoneyTests
{
    [TestMethod]
    [DataRow(3, 181_500, 545_000)]
    [DataRow(1, 208_500, 209_000)]
    [DataRow(1, 208_499, 208_000)]
    [DataRow(0, 417_000, 0)]
    public void Line_amount_is_rounded_once_to_the_thousand_half_away_from_zero(int quantity, int unitCost, int expected) =>
        Assert.AreEqual(expected, Money.Amount(quantity, unitCost));

    [TestMethod]
    [DataRow(2015, 10, 1, 1_150_000)]
    [DataRow(2016, 12, 31, 1_210_000)]
    [DataRow(2017, 6, 30, 1_210_000)]
    [DataRow(2017, 7, 1, 1_300_000)]
    [DataRow(2018, 12, 31, 1_390_000)]
    [DataRow(2020, 12, 31, 1_490_000)]
    public void Base_salary_follows_its_steps(int year, int month, int day, int expected) =>
        Assert.AreEqual(expected, BaseSalary.Default.On(new DateOnly(year, month, day)).Value);
}
