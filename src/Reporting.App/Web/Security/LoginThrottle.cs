using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Reporting.App.Web.Security;

/// <summary>
/// Counts failed sign-ins per user name and per client address; past the limit, that name or
/// address may not try again until its oldest failure in the window has aged out.
/// </summary>
public sealed class LoginThrottle(IOptions<WebOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _failures = new(StringComparer.OrdinalIgnoreCase);

    private TimeSpan Window => TimeSpan.FromMinutes(options.Value.LockoutMinutes);

    /// <summary>How long until this name and address may try again; zero when they may now.</summary>
    public TimeSpan RetryAfter(string name, string address) =>
        new[] { Wait($"name:{name}"), Wait($"address:{address}") }.Max();

    public void Failed(string name, string address)
    {
        Record($"name:{name}");
        Record($"address:{address}");
    }

    public void Succeeded(string name) => _failures.TryRemove($"name:{name}", out _);

    private TimeSpan Wait(string key)
    {
        if (!_failures.TryGetValue(key, out var failures))
            return TimeSpan.Zero;
        lock (failures)
        {
            Prune(failures);
            return failures.Count < options.Value.FailedLoginLimit ? TimeSpan.Zero : failures.Peek() + Window - clock.GetUtcNow();
        }
    }

    private void Record(string key)
    {
        var failures = _failures.GetOrAdd(key, _ => new Queue<DateTimeOffset>());
        lock (failures)
        {
            Prune(failures);
            failures.Enqueue(clock.GetUtcNow());
        }
    }

    private void Prune(Queue<DateTimeOffset> failures)
    {
        var since = clock.GetUtcNow() - Window;
        while (failures.Count > 0 && failures.Peek() <= since)
            failures.Dequeue();
    }
}
