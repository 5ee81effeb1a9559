namespace Reporting.Registers.Pulling;

/// <summary>
/// Work spread over a few lanes (a connection each, for the pull's stores) in the order that
/// matters: the work of one key (a unit) runs on the same lane, one item after another, in the
/// order given; nothing of the next stage (another source, a later year) starts before everything
/// of the stage before has finished; at most two items per lane are in flight.
/// </summary>
public sealed class OrderedLanes<TLane>(IReadOnlyList<TLane> lanes) : IAsyncDisposable where TLane : IAsyncDisposable
{
    private readonly Task[] _tails = lanes.Select(_ => Task.CompletedTask).ToArray();
    private readonly Dictionary<string, int> _laneOfKey = new(StringComparer.Ordinal);
    private readonly Queue<Task> _inFlight = new();
    private object? _stage;

    /// <summary>
    /// Queues one item behind the earlier ones of its key, and returns its task once queued. Waits
    /// first for every lane when the stage changes, and for the oldest item when the lanes are full.
    /// </summary>
    public async Task<Task<TResult>> EnqueueAsync<TResult>(string key, object stage, Func<TLane, Task<TResult>> work)
    {
        if (_stage is not null && !_stage.Equals(stage))
            await Task.WhenAll(_tails);
        _stage = stage;
        while (_inFlight.Count >= 2 * lanes.Count)
            await _inFlight.Dequeue();
        if (!_laneOfKey.TryGetValue(key, out var lane))
            _laneOfKey[key] = lane = _laneOfKey.Count % lanes.Count;
        var queued = AfterAsync(_tails[lane], lanes[lane], work);
        _tails[lane] = queued;
        _inFlight.Enqueue(queued);
        return queued;
    }

    private static async Task<TResult> AfterAsync<TResult>(Task previous, TLane lane, Func<TLane, Task<TResult>> work)
    {
        await previous;
        return await work(lane);
    }

    /// <summary>Lets every lane finish (a failed pull's other lanes too) before the lanes are disposed.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await Task.WhenAll(_tails);
        }
        catch (Exception)
        {
            // Whoever awaits the failed item gets its exception; disposing must not replace it.
        }
        foreach (var lane in lanes)
            await lane.DisposeAsync();
    }
}
