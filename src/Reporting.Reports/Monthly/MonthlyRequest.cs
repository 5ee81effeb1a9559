using Reporting.Domain.Runs;
using System.Globalization;
using Reporting.Domain.Figures;
using Reporting.Domain.Registers;
using Reporting.Domain.Requests;

namespace Reporting.Reports.Monthly;

/// <summary>The monthly summary of a month of a programme year, however it is asked for.</summary>
public sealed record MonthlyRequest(int Year, int Month)
{
    public static MonthlyRequest Parse(string? month, ProgrammePeriod programme)
    {
        var text = (month ?? "").Trim();
        return DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? Of(date.Year, date.Month, programme)
            : throw new InvalidRequestException("month", $"Tháng '{text}' không hợp lệ: nhập dạng 2018-03.", $"'{text}' is not a month like 2018-03.");
    }

    public static MonthlyRequest Of(int year, int month, ProgrammePeriod programme)
    {
        if (month is < 1 or > 12)
            throw new InvalidRequestException("month", $"Tháng {month} không có.", $"{month} is not a month.");
        return programme.Contains(year)
            ? new MonthlyRequest(year, month)
            : throw new InvalidRequestException("month",
                $"Tháng phải thuộc các năm {programme.FirstYear}–{programme.LastYear}.",
                $"the year must fall in {programme.FirstYear}–{programme.LastYear}.");
    }

    public FiguresPeriod Period => FiguresPeriod.AsOfMonth(Year, Month);

    /// <summary><c>2018-03</c>.</summary>
    public string Label => Period.ToString();

    public string LedgerParameters => RunParameters.Of(("month", Label));

    public string Description => $"Báo cáo tháng {Month:00}/{Year}";
}
