namespace Reporting.Jobs.Scheduling;

/// <summary>The province's calendar: what "last month" and "next year" mean when a schedule fires.</summary>
public static class VietnamTime
{
    public const string TimeZoneId = "Asia/Ho_Chi_Minh";

    // Viet Nam has kept UTC+7 without daylight saving since 1975.
    private static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateTime Now(TimeProvider clock) => clock.GetUtcNow().UtcDateTime + Offset;

    public static (int Year, int Month) PreviousMonth(TimeProvider clock)
    {
        var previous = Now(clock).AddMonths(-1);
        return (previous.Year, previous.Month);
    }
}
