using Reporting.Data.Model;
using Reporting.Domain.Figures;
using Reporting.Domain.Registers;
using Reporting.Domain.Units;
using Reporting.Figures;
using Reporting.Figures.Queries;
using Reporting.Reports.Output;

namespace Reporting.App.Web.Admin;

public sealed record CompletenessLine(string Code, string Name, bool IsProvince, long Expected, long Submitted, long OnTime, long Late, long Missing, string Rate, decimal RatePercent)
{
    /// <summary>The bar's CSS width, in percent with a dot.</summary>
    public string BarWidth => RatePercent.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
}

public sealed record CompletenessSummary(string Title, IReadOnlyList<CompletenessLine> Lines);

/// <summary>
/// How many communes have sent this year's register, by district: as of today while the year is
/// running, as of 31 December for a programme year already over (the latest one once the
/// programme has ended).
/// </summary>
public static class CompletenessGlance
{
    public static async Task<CompletenessSummary> LoadAsync(ReportingDbContext db, FiguresSettings settings, ProgrammePeriod programme, DateTime vietnamNow, CancellationToken cancellationToken)
    {
        var year = Math.Clamp(vietnamNow.Year, programme.FirstYear, programme.LastYear);
        var period = year == vietnamNow.Year ? FiguresPeriod.AsOfMonth(year, vietnamNow.Month) : FiguresPeriod.Year(year);
        var lines = new List<CompletenessLine>();
        await foreach (var row in CompletenessQuery.RunAsync(db, period, settings, cancellationToken))
        {
            if (row.Level is not (UnitLevel.Province or UnitLevel.District) || row.CommunesExpected is not { } expected)
                continue;
            var submitted = row.CommunesSubmitted ?? 0;
            var onTime = row.CommunesOnTime ?? 0;
            lines.Add(new CompletenessLine(row.UnitCode, row.UnitName, row.Level == UnitLevel.Province, expected, submitted, onTime,
                submitted - onTime, expected - submitted, Vietnamese.Percent(row.ReportingRatePercent), row.ReportingRatePercent ?? 0));
        }
        var asOf = Vietnamese.Date(CompletenessQuery.AsOf(period));
        return new CompletenessSummary($"Tình hình nộp sổ năm {year} (tính đến {asOf})", lines);
    }
}
