using Reporting.Domain.Figures;
using Reporting.Domain.Programme;
using Reporting.Domain.Registers;
using Reporting.Domain.Requests;
using Reporting.Domain.Units;
using Reporting.Figures;
using Reporting.Figures.Export;
using Reporting.Reports.Conference;
using Reporting.Reports.Costs;
using Reporting.Reports.Monthly;

namespace Reporting.Reports.Tests;

/// <summary>The requests the command line, the admin page and the scheduler all build: each rule written once.</summary>
[TestClass]
public sealed class JobRequestsTests
{
    private static readonly ProgrammePeriod Programme = ProgrammePeriod.Default;

    private static InvalidRequestException Refused(Action request) => Assert.ThrowsExactly<InvalidRequestException>(request);

    [TestMethod]
    public void Month_of_the_programme_is_a_monthly_summary_request()
    {
        var request = MonthlyRequest.Parse("2018-03", Programme);

        Assert.AreEqual((2018, 3, "2018-03", "Báo cáo tháng 03/2018"), (request.Year, request.Month, request.Label, request.Description));
        Assert.AreEqual(new DateOnly(2018, 3, 31), request.Period.AsOf);
    }

    [TestMethod]
    [DataRow(2026, 11)]
    [DataRow(2015, 12)]
    public void Month_outside_the_programme_is_refused_whoever_asks(int year, int month)
    {
        var refused = Refused(() => MonthlyRequest.Of(year, month, Programme));

        Assert.AreEqual(("month", "Tháng phải thuộc các năm 2016–2020."), (refused.Parameter, refused.MessageVi));
    }

    [TestMethod]
    [DataRow("2018-3")]
    [DataRow("2018-13")]
    [DataRow("")]
    public void Text_that_is_not_a_month_is_refused(string text) =>
        StringAssert.Contains(Refused(() => MonthlyRequest.Parse(text, Programme)).MessageEn, "is not a month like 2018-03");

    [TestMethod]
    public void Conference_request_takes_the_review_of_its_year_from_the_calendar()
    {
        var request = ConferenceRequest.Parse("2018", " 602 ", ProgrammeCalendar.Default, UnitDirectory.Reference);

        Assert.AreEqual((2018, "602", "year=2018;unit=602"), (request.Year, request.UnitCode, request.LedgerParameters));
        CollectionAssert.AreEqual(new[] { "602" }, request.Units(UnitDirectory.Reference).ToArray());
        Assert.HasCount(11, ConferenceRequest.Of(2018, null, ProgrammeCalendar.Default, UnitDirectory.Reference).Units(UnitDirectory.Reference),
            "the province and its ten districts");
    }

    [TestMethod]
    public void Year_without_a_review_and_a_commune_are_refused_for_a_conference()
    {
        Assert.AreEqual("Năm 2017 không có hội nghị sơ kết, tổng kết: chọn 2016, 2018 hoặc 2020.",
            Refused(() => ConferenceRequest.Of(2017, null, ProgrammeCalendar.Default, UnitDirectory.Reference)).MessageVi);
        Assert.AreEqual("unit", Refused(() => ConferenceRequest.Of(2018, "23272", ProgrammeCalendar.Default, UnitDirectory.Reference)).Parameter);
    }

    [TestMethod]
    public void Configured_calendar_decides_which_years_have_a_review()
    {
        var calendar = ProgrammeCalendar.Plan493(new ProgrammePeriod(2021, 2025));

        Assert.AreEqual("tổng kết 5 năm", ConferenceRequest.Of(2025, null, calendar, UnitDirectory.Reference).Kind.ShortTitle);
        StringAssert.Contains(Refused(() => ConferenceRequest.Of(2020, null, calendar, UnitDirectory.Reference)).MessageEn, "use 2021, 2023 or 2025");
    }

    [TestMethod]
    public void Cost_estimate_is_for_a_programme_year()
    {
        Assert.AreEqual("year=2019", CostsRequest.Parse("2019", Programme).LedgerParameters);
        Assert.AreEqual("Năm phải nằm trong 2016–2020.", Refused(() => CostsRequest.Of(2021, Programme)).MessageVi);
    }

    [TestMethod]
    public void Figures_request_reads_period_table_level_and_format()
    {
        var request = FiguresRequest.Parse("2016-2018", "district", "602", "json", "exemplars", Programme);

        Assert.AreEqual((PeriodKind.Window, UnitLevel.District, "602", FiguresFormat.Json, FiguresTable.Exemplars),
            (request.Period.Kind, request.Level, request.UnitCode, request.Format, request.Table));
        Assert.AreEqual("period=2016-2018;table=exemplars;level=district;unit=602;format=json", request.LedgerParameters);
        Assert.AreEqual((FiguresTable.Figures, FiguresFormat.Csv, (UnitLevel?)null), (FiguresRequest.Parse("2018", Programme).Table, FiguresRequest.Parse("2018", Programme).Format, FiguresRequest.Parse("2018", "all", null, null, null, Programme).Level));
    }

    [TestMethod]
    [DataRow("2016-2030", null, "period", "years must fall in 2016–2020")]
    [DataRow("2018-13", null, "period", "is not a year (2018), a month (2018-03) or a window")]
    [DataRow("2016-2018", "completeness", "table", "completeness takes a year or a month")]
    [DataRow("2018-03", "exemplars", "table", "exemplars takes a year or a window")]
    [DataRow("2018", "everything", "table", "is not one of figures, exemplars, completeness")]
    public void Figures_request_that_cannot_be_computed_is_refused_naming_the_parameter(string period, string? table, string parameter, string message)
    {
        var refused = Refused(() => FiguresRequest.Parse(period, null, null, null, table, Programme));

        Assert.AreEqual(parameter, refused.Parameter);
        StringAssert.Contains(refused.MessageEn, message);
    }
}
