using Microsoft.Extensions.Options;

namespace Reporting.App.Web.Security;

/// <summary>
/// Counts sign-in attempts per user name and, separately, per client address, each against its own
/// limit; past a limit within the window, that name or address may not try again until its oldest
/// attempt has aged out. A name locked by one person's mistakes leaves the others behind the same
/// address free. An
/// attempt is counted when it begins, under one lock with the check, so requests sent all at once
/// cannot slip past the limit while their passwords are being hashed; a success takes its own
/// attempt back and clears the name.
/// </summary>
public sealed class LoginThrottle(IOptions<WebOptions> options, TimeProvider clock)
{
    // Past this many keys, those with no attempt left in the window are dropped.
    private const int SweepAbove = 10_000;
    private readonly Dictionary<string, List<DateTimeOffset>> _attempts = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _lock = new();

    private TimeSpan Window => TimeSpan.FromMinutes(options.Value.LockoutMinutes);

    /// <summary>Counts an attempt and returns zero, or returns how long until this name and address may try again.</summary>
    public TimeSpan TryBegin(string name, string address)
    {
        lock (_lock)
        {
            var now = clock.GetUtcNow();
            if (_attempts.Count > SweepAbove)
                Sweep(now);
            var byName = Attempts($"name:{name}", now);
            var byAddress = Attempts($"address:{address}", now);
            var wait = new[] { Wait(byName, options.Value.FailedLoginLimit, now), Wait(byAddress, options.Value.FailedLoginLimitPerAddress, now) }.Max();
            if (wait > TimeSpan.Zero)
                return wait;
            byName.Add(now);
            byAddress.Add(now);
            return TimeSpan.Zero;
        }
    }

    public void Succeeded(string name, string address)
    {
        lock (_lock)
        {
            _attempts.Remove($"name:{name}");
            if (_attempts.TryGetValue($"address:{address}", out var byAddress) && byAddress.Count > 0)
                byAddress.RemoveAt(byAddress.Count - 1);
        }
    }

    private List<DateTimeOffset> Attempts(string key, DateTimeOffset now)
    {
        if (!_attempts.TryGetValue(key, out var attempts))
            _attempts[key] = attempts = [];
        attempts.RemoveAll(at => at <= now - Window);
        return attempts;
    }

    private TimeSpan Wait(List<DateTimeOffset> attempts, int limit, DateTimeOffset now) =>
        attempts.Count < limit ? TimeSpan.Zero : attempts[^limit] + Window - now;

    private void Sweep(DateTimeOffset now)
    {
        foreach (var key in _attempts.Where(p => p.Value.All(at => at <= now - Window)).Select(p => p.Key).ToList())
            _attempts.Remove(key);
    }
}
