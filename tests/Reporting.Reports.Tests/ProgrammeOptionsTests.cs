using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using Reporting.Data;
using Reporting.Domain.Programme;

namespace Reporting.Reports.Tests;

/// <summary>Section <c>Programme</c>: the calendar every report follows comes from configuration.</summary>
[TestClass]
public sealed class ProgrammeOptionsTests
{
    private static ProgrammeOptions Bind(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build().GetSection(ProgrammeOptions.Section).Get<ProgrammeOptions>() ?? new ProgrammeOptions();

    private static List<string> Problems(ProgrammeOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results.Select(r => r.ErrorMessage!).ToList();
    }

    [TestMethod]
    public void Nothing_configured_is_the_plans_calendar()
    {
        var calendar = new ProgrammeOptions().ToCalendar();

        Assert.AreEqual(ProgrammeCalendar.Default.Period, calendar.Period);
        CollectionAssert.AreEqual(ProgrammeCalendar.Default.Reviews.ToArray(), calendar.Reviews.ToArray());
        Assert.AreEqual((2019, 2018), (calendar.Circular44InspectionYear, calendar.DiscussionYear));
    }

    [TestMethod]
    public void Configured_reviews_replace_the_plans_and_zero_switches_a_year_off()
    {
        var calendar = Bind(new()
        {
            ["Programme:FirstYear"] = "2021",
            ["Programme:LastYear"] = "2025",
            ["Programme:Reviews:0:Year"] = "2023",
            ["Programme:Reviews:1:Year"] = "2025",
            ["Programme:Reviews:1:FromYear"] = "2023",
            ["Programme:Reviews:1:Rewards"] = "false",
            ["Programme:DiscussionYear"] = "0",
        }).ToCalendar();

        CollectionAssert.AreEqual(new[] { new Review(2023, 2021, true), new Review(2025, 2023, false) }, calendar.Reviews.ToArray());
        Assert.AreEqual(((int?)2024, (int?)null), (calendar.Circular44InspectionYear, calendar.DiscussionYear));
    }

    [TestMethod]
    public void Calendar_outside_the_programme_is_refused_naming_the_setting()
    {
        var problems = Problems(Bind(new()
        {
            ["Programme:Reviews:0:Year"] = "2022",
            ["Programme:Reviews:1:Year"] = "2018",
            ["Programme:Reviews:1:FromYear"] = "2019",
            ["Programme:Circular44InspectionYear"] = "2030",
        }));

        Assert.HasCount(3, problems, string.Join("\n", problems));
        Assert.IsTrue(problems.All(p => p.StartsWith("Programme:", StringComparison.Ordinal)));
        Assert.IsTrue(problems.Any(p => p.Contains("2030", StringComparison.Ordinal)));
    }
}
