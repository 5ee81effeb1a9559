using System.Globalization;
using Reporting.App.Hosting;

namespace Reporting.App.Features.Figures;

/// <summary><c>--period</c>: a year (<c>2018</c>), a month (<c>2018-03</c>) or a window (<c>2016-2018</c>).</summary>
internal sealed record FiguresPeriod(int FromYear, int ToYear, int? Month)
{
    public bool IsYear => Month is null && FromYear == ToYear;

    public static FiguresPeriod Parse(string text)
    {
        var parts = text.Split('-');
        if (parts.Length == 1 && IsYearText(parts[0], out var year))
            return new FiguresPeriod(year, year, null);
        if (parts.Length == 2 && IsYearText(parts[0], out var first) && parts[1].Length == 2
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12)
            return new FiguresPeriod(first, first, month);
        if (parts.Length == 2 && IsYearText(parts[0], out var from) && IsYearText(parts[1], out var to) && from <= to)
            return new FiguresPeriod(from, to, null);
        throw new UsageException($"--period: '{text}' is not a year (2018), a month (2018-03) or a window (2016-2018).");
    }

    private static bool IsYearText(string text, out int year) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year) && text.Length == 4;
}
