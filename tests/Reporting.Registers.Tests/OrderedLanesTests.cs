using Reporting.Registers.Pulling;

namespace Reporting.Registers.Tests;

[TestClass]
public sealed class OrderedLanesTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromMilliseconds(300);

    private sealed class Lane(string name) : IAsyncDisposable
    {
        public string Name => name;
        public bool Disposed { get; private set; }

        public ValueTask DisposeAsync()
        {
            Disposed = true;
            return ValueTask.CompletedTask;
        }
    }

    private static async Task<bool> FinishesSoonAsync(Task task) => await Task.WhenAny(task, Task.Delay(Patience)) == task;

    [TestMethod]
    public async Task Units_of_one_stage_run_side_by_side_and_the_next_stage_waits_for_all_of_them()
    {
        await using var lanes = new OrderedLanes<Lane>([new("a"), new("b")]);
        var slow2019 = new TaskCompletionSource<string>();

        var first = await lanes.EnqueueAsync("23272", 2019, _ => slow2019.Task);
        var second = await lanes.EnqueueAsync("23275", 2019, lane => Task.FromResult(lane.Name));
        var next = lanes.EnqueueAsync("23278", 2020, lane => Task.FromResult(lane.Name));

        Assert.IsTrue(await FinishesSoonAsync(second), "another unit of the same year does not wait");
        Assert.IsFalse(await FinishesSoonAsync(next), "2020 waits while a 2019 register is being stored");
        slow2019.SetResult("a");
        Assert.AreEqual("a", await first);
        Assert.AreEqual("a", await await next, "the third unit goes round to the first lane");
    }

    [TestMethod]
    public async Task One_units_work_runs_on_one_lane_in_the_order_given()
    {
        await using var lanes = new OrderedLanes<Lane>([new("a"), new("b")]);
        var started = new List<string>();
        var firstVersion = new TaskCompletionSource<string>();

        var first = await lanes.EnqueueAsync("23272", 2019, lane => { started.Add($"v1 on {lane.Name}"); return firstVersion.Task; });
        var second = await lanes.EnqueueAsync("23272", 2019, lane => { started.Add($"v2 on {lane.Name}"); return Task.FromResult("v2"); });

        Assert.IsFalse(await FinishesSoonAsync(second), "the second version waits for the first");
        firstVersion.SetResult("v1");
        await Task.WhenAll(first, second);
        CollectionAssert.AreEqual(new[] { "v1 on a", "v2 on a" }, started);
    }

    [TestMethod]
    public async Task A_failure_reaches_whoever_awaits_it_and_every_lane_is_disposed_after_its_work()
    {
        var a = new Lane("a");
        var b = new Lane("b");
        var other = new TaskCompletionSource<string>();
        var lanes = new OrderedLanes<Lane>([a, b]);
        var failing = await lanes.EnqueueAsync<string>("23272", 2019, _ => throw new IOException("disk full"));
        var running = await lanes.EnqueueAsync("23275", 2019, _ => other.Task);

        var disposing = lanes.DisposeAsync().AsTask();
        Assert.IsFalse(await FinishesSoonAsync(disposing), "disposal waits for the lane still working");
        other.SetResult("done");
        await disposing;

        await Assert.ThrowsExactlyAsync<IOException>(() => failing);
        Assert.AreEqual("done", await running);
        Assert.IsTrue(a.Disposed && b.Disposed);
    }
}
