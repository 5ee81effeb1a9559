using Reporting.Domain.Registers;
using Reporting.Domain.Requests;
using Reporting.Domain.Units;
using Reporting.Registers.Pulling;
using Reporting.Registers.Pulling.Sources;

namespace Reporting.Registers.Tests;

[TestClass]
public sealed class PullRequestTests
{
    [TestMethod]
    public void Blank_fields_pull_every_year_and_unit()
    {
        var request = PullRequest.Parse(null, " ", "", ProgrammePeriod.Default, UnitDirectory.Reference);

        Assert.AreEqual((null, null, "Thu nhận sổ của mọi đơn vị, mọi năm"), (request.Year, request.UnitCode, request.Describe(UnitDirectory.Reference)));
        Assert.AreEqual(PullFilter.Everything, request.Filter);
    }

    [TestMethod]
    public void One_communes_registers_of_one_year()
    {
        var request = PullRequest.Parse(null, "2018", "23272", ProgrammePeriod.Default, UnitDirectory.Reference);

        Assert.AreEqual(new PullFilter(2018, "23272"), request.Filter);
        Assert.AreEqual("Thu nhận sổ của Xã Ngũ Phụng năm 2018", request.Describe(UnitDirectory.Reference));
    }

    [TestMethod]
    [DataRow("602/../23272", null, "unit")]
    [DataRow("60", null, "unit")]
    [DataRow("23002", "2020", "unit")]
    [DataRow(null, "2021", "year")]
    public void Unit_that_keeps_no_register_then_or_a_year_outside_the_programme_is_refused(string? unit, string? year, string parameter) =>
        Assert.AreEqual(parameter, Assert.ThrowsExactly<InvalidRequestException>(
            () => PullRequest.Parse(null, year, unit, ProgrammePeriod.Default, UnitDirectory.Reference)).Parameter);
}
