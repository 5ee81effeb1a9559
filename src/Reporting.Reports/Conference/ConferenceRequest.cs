using Reporting.Domain.Runs;
using Reporting.Domain.Programme;
using Reporting.Domain.Requests;
using Reporting.Domain.Units;

namespace Reporting.Reports.Conference;

/// <summary>The packs of one review conference: for the province and every district, or for one of them.</summary>
public sealed record ConferenceRequest(ConferenceKind Kind, string? UnitCode)
{
    public static ConferenceRequest Parse(string? year, string? unitCode, ProgrammeCalendar calendar, UnitDirectory units) =>
        Of(RequestValues.Year("year", year), RequestValues.Optional(unitCode), calendar, units);

    public static ConferenceRequest Of(int year, string? unitCode, ProgrammeCalendar calendar, UnitDirectory units)
    {
        var kind = ConferenceKind.For(year, calendar) ?? throw new InvalidRequestException("year",
            $"Năm {year} không có hội nghị sơ kết, tổng kết: chọn {Years(calendar, "hoặc")}.",
            $"{year} has no review conference; use {Years(calendar, "or")}.");
        if (unitCode is not null && units.Find(unitCode, year) is not { Level: UnitLevel.Province or UnitLevel.District })
            throw new InvalidRequestException("unit",
                $"Mã đơn vị '{unitCode}' không phải là tỉnh hay một huyện năm {year}.",
                $"{unitCode} is neither the province nor a district in {year}.");
        return new ConferenceRequest(kind, unitCode);
    }

    public int Year => Kind.Year;

    public string LedgerParameters => RunParameters.Of(("year", Year.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("unit", UnitCode));

    /// <summary>"Hồ sơ hội nghị năm 2018, Huyện Tánh Linh".</summary>
    public string Describe(UnitDirectory units) =>
        $"Hồ sơ hội nghị năm {Year}{(UnitCode is null ? ", tỉnh và mọi huyện" : $", {units.Find(UnitCode, Year)?.Name ?? UnitCode}")}";

    /// <summary>The province and its districts in the conference year, or the one asked for.</summary>
    public IReadOnlyList<string> Units(UnitDirectory units) =>
        UnitCode is { } code ? [code] : units.In(Year, UnitLevel.Province).Concat(units.In(Year, UnitLevel.District)).Select(u => u.Code).ToList();

    private static string Years(ProgrammeCalendar calendar, string or)
    {
        var years = calendar.Reviews.Select(r => r.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        return years.Count < 2 ? string.Concat(years) : string.Join(", ", years[..^1]) + $" {or} " + years[^1];
    }
}
