namespace Reporting.Domain.Calendar;

/// <summary>The province's clock: times shown to readers, and what "last month" and "next year" mean when a schedule fires.</summary>
public static class VietnamTime
{
    public const string TimeZoneId = "Asia/Ho_Chi_Minh";

    // Viet Nam has kept UTC+7 without daylight saving since 1975.
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateTime Now(TimeProvider clock) => Of(clock.GetUtcNow().UtcDateTime);

    /// <summary>A UTC instant as the province's clocks show it.</summary>
    public static DateTime Of(DateTime utc) => utc + Offset;

    public static (int Year, int Month) PreviousMonth(TimeProvider clock)
    {
        var previous = Now(clock).AddMonths(-1);
        return (previous.Year, previous.Month);
    }
}
