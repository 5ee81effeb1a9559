namespace Reporting.Domain.Costs;

/// <summary>The base salary (<i>lương cơ sở</i>) over time: rewards are multiples of it (Decree 91/2017/NĐ-CP).</summary>
public static class BaseSalary
{
    public static DatedSchedule<decimal> Default { get; } = new(
    [
        new(new DateOnly(2013, 7, 1), 1_150_000m, "Nghị định 66/2013/NĐ-CP"),
        new(new DateOnly(2016, 5, 1), 1_210_000m, "Nghị định 47/2016/NĐ-CP"),
        new(new DateOnly(2017, 7, 1), 1_300_000m, "Nghị định 47/2017/NĐ-CP"),
        new(new DateOnly(2018, 7, 1), 1_390_000m, "Nghị định 72/2018/NĐ-CP"),
        new(new DateOnly(2019, 7, 1), 1_490_000m, "Nghị định 38/2019/NĐ-CP"),
    ]);
}
