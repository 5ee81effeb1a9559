using Reporting.Domain.Registers;
using Reporting.Domain.Requests;

namespace Reporting.Domain.Tests;

[TestClass]
public sealed class RequestValuesTests
{
    [TestMethod]
    [DataRow("2018", 2018)]
    [DataRow(" 2019 ", 2019)]
    public void Year_is_four_digits(string text, int year) => Assert.AreEqual(year, RequestValues.Year("year", text));

    [TestMethod]
    [DataRow("18")]
    [DataRow("hai nghìn")]
    [DataRow("-2018")]
    [DataRow(null)]
    public void Anything_else_is_refused_in_both_languages_naming_the_parameter(string? text)
    {
        var refused = Assert.ThrowsExactly<InvalidRequestException>(() => RequestValues.Year("year", text));

        Assert.AreEqual("year", refused.Parameter);
        StringAssert.Contains(refused.MessageVi, "nhập bốn chữ số");
        StringAssert.Contains(refused.MessageEn, "is not a year like 2018");
    }

    [TestMethod]
    public void Year_outside_the_programme_is_refused()
    {
        var refused = Assert.ThrowsExactly<InvalidRequestException>(() => RequestValues.InProgramme("year", 2021, ProgrammePeriod.Default));

        Assert.AreEqual("Năm phải nằm trong 2016–2020.", refused.MessageVi);
        Assert.AreEqual(2020, RequestValues.InProgramme("year", 2020, ProgrammePeriod.Default));
    }
}
