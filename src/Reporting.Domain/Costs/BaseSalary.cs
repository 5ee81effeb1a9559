namespace Reporting.Domain.Costs;

/// <summary>The base salary (lương cơ sở) from a date: commendation amounts are multiples of it (Decree 91/2017).</summary>
public sealed record BaseSalaryStep(DateOnly From, decimal Amount);

public sealed record BaseSalarySchedule(IReadOnlyList<BaseSalaryStep> Steps)
{
    public static BaseSalarySchedule Default { get; } = new(
    [
        new(new DateOnly(2016, 5, 1), 1_210_000m),
        new(new DateOnly(2017, 7, 1), 1_300_000m),
        new(new DateOnly(2018, 7, 1), 1_390_000m),
        new(new DateOnly(2019, 7, 1), 1_490_000m),
    ]);

    /// <summary>The amount in force on a day; before the first step, the first amount.</summary>
    public decimal On(DateOnly day) => Steps.OrderBy(s => s.From).LastOrDefault(s => s.From <= day)?.Amount ?? Steps.OrderBy(s => s.From).First().Amount;
}
