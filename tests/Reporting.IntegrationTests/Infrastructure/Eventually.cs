namespace Reporting.IntegrationTests.Infrastructure;

/// <summary>Waiting on another process (a server, a database) for something it will do in its own time.</summary>
internal static class Eventually
{
    public static async Task WaitUntilAsync(Func<Task<bool>> condition, string what, Func<string> diagnostics, int minutes = 3)
    {
        var deadline = DateTime.UtcNow.AddMinutes(minutes);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
                throw new AssertFailedException($"Waited in vain for {what}.\n{diagnostics()}");
            await Task.Delay(100);
        }
    }
}
