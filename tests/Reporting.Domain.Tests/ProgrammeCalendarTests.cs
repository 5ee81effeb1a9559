using Reporting.Domain.Programme;
using Reporting.Domain.Registers;

namespace Reporting.Domain.Tests;

[TestClass]
public sealed class ProgrammeCalendarTests
{
    [TestMethod]
    public void Plan_493_reviews_one_year_three_years_and_the_whole_programme()
    {
        var calendar = ProgrammeCalendar.Plan493(new ProgrammePeriod(2016, 2020));

        CollectionAssert.AreEqual(new[] { new Review(2016, 2016, false), new Review(2018, 2016, true), new Review(2020, 2016, true) }, calendar.Reviews.ToArray());
        Assert.AreEqual((2019, 2018), (calendar.Circular44InspectionYear, calendar.DiscussionYear));
        Assert.IsTrue(calendar.IsFinal(calendar.ReviewIn(2020)!));
        Assert.IsNull(calendar.ReviewIn(2019));
    }

    [TestMethod]
    public void Another_programme_has_the_same_calendar_in_its_own_years()
    {
        var calendar = ProgrammeCalendar.Plan493(new ProgrammePeriod(2021, 2025));

        CollectionAssert.AreEqual(new[] { 2021, 2023, 2025 }, calendar.Reviews.Select(r => r.Year).ToArray());
        Assert.AreEqual((2024, 2023), (calendar.Circular44InspectionYear, calendar.DiscussionYear));
        Assert.AreEqual(5, calendar.ReviewIn(2025)!.WindowYears);
    }

    [TestMethod]
    public void Short_programme_keeps_only_the_reviews_that_fall_in_it()
    {
        var calendar = ProgrammeCalendar.Plan493(new ProgrammePeriod(2016, 2017));

        CollectionAssert.AreEqual(new[] { 2016, 2017 }, calendar.Reviews.Select(r => r.Year).ToArray());
        Assert.IsNull(calendar.DiscussionYear, "2018 is past the programme");
    }
}
