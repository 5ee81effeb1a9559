using Moq;

namespace Reporting.IntegrationTests.Infrastructure;

/// <summary>A clock that reads the time the test sets; timers and the rest behave as the real clock's.</summary>
internal static class FakeClock
{
    public static TimeProvider Reading(Func<DateTimeOffset> now)
    {
        var clock = new Mock<TimeProvider> { CallBase = true };
        clock.Setup(c => c.GetUtcNow()).Returns(now);
        return clock.Object;
    }
}
