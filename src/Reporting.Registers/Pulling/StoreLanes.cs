using Reporting.Data.Ledger;

namespace Reporting.Registers.Pulling;

/// <summary>
/// Stores registers on several connections at once and keeps what the order of a pull means: one
/// unit's registers are stored one after another on the same lane, and nothing of the next stage
/// (another source, a later year) starts before everything of the one before is stored, since a
/// register's entity history reads the years before its own. A lane waiting on the server leaves
/// the cores to the others, which is where a single writer lost its time.
/// </summary>
internal sealed class StoreLanes : IAsyncDisposable
{
    private readonly IReadOnlyList<RegisterStore> _stores;
    private readonly Task[] _tails;
    private readonly Dictionary<string, int> _laneOfUnit = new(StringComparer.Ordinal);
    private readonly Queue<Task> _inFlight = new();
    private object? _stage;

    private StoreLanes(IReadOnlyList<RegisterStore> stores)
    {
        _stores = stores;
        _tails = stores.Select(_ => Task.CompletedTask).ToArray();
    }

    /// <summary>The given store alone when it has one writer, else as many lanes as it allows, each on a connection of its own.</summary>
    public static StoreLanes Open(RegisterStore store) =>
        new(store.Lanes == 1 ? [store] : Enumerable.Range(0, store.Lanes).Select(_ => store.OpenLane()).ToList());

    /// <summary>
    /// Queues one register's storing behind the earlier ones of its unit. Waits first for every lane
    /// when the stage changes, and for the oldest store when as many are in flight as the lanes hold.
    /// </summary>
    public async Task<Task<FileResult>> EnqueueAsync(string unit, object stage, Func<RegisterStore, Task<FileResult>> work)
    {
        if (_stage is not null && !_stage.Equals(stage))
            await Task.WhenAll(_tails);
        _stage = stage;
        while (_inFlight.Count >= 2 * _stores.Count)
            await _inFlight.Dequeue();
        if (!_laneOfUnit.TryGetValue(unit, out var lane))
            _laneOfUnit[unit] = lane = _laneOfUnit.Count % _stores.Count;
        var stored = AfterAsync(_tails[lane], _stores[lane], work);
        _tails[lane] = stored;
        _inFlight.Enqueue(stored);
        return stored;
    }

    private static async Task<FileResult> AfterAsync(Task previous, RegisterStore lane, Func<RegisterStore, Task<FileResult>> work)
    {
        await previous;
        return await work(lane);
    }

    /// <summary>Lets every lane finish (a failed pull's other lanes too) before their connections close.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await Task.WhenAll(_tails);
        }
        catch (Exception)
        {
            // Whoever awaits the failed store reports its exception; closing must not hide it.
        }
        foreach (var store in _stores)
            await store.DisposeAsync();
    }
}
