namespace Reporting.Domain.Figures;

/// <summary>
/// Who is proposed as exemplary (<i>tiêu biểu</i>) for a window: recognised in at least
/// <see cref="MinimumYears"/> years of it (null: every year), and, when <see cref="LastYearRequired"/>,
/// recognised in its last year too.
/// </summary>
public sealed record ExemplarRule(int? MinimumYears, bool LastYearRequired)
{
    public static ExemplarRule Default { get; } = new(null, true);

    public int MinimumYearsIn(int windowYears) => Math.Min(MinimumYears ?? windowYears, windowYears);

    public bool IsExemplary(int recognisedYears, bool recognisedLastYear, int windowYears) =>
        recognisedYears >= MinimumYearsIn(windowYears) && (!LastYearRequired || recognisedLastYear);
}
