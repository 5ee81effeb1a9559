namespace Reporting.Data.Runs;

/// <summary>
/// The run the calling flow works for, set by <see cref="RunLedger"/> when a run starts, so that
/// whatever writes files can mark them as that run's (and the run taking over from a dead one can
/// tell what it left).
/// </summary>
public static class CurrentRun
{
    private static readonly AsyncLocal<Guid?> Run = new();

    public static Guid? Id => Run.Value;

    /// <summary>Flows into everything the run awaits; the caller's own flow is left as it was.</summary>
    internal static void Set(Guid runId) => Run.Value = runId;
}

/// <summary>Clears what runs that died left on disk; the ledger calls it once it holds the lock they held.</summary>
public interface IDeadRunLeftovers
{
    /// <summary>Removes what the runs left that has not been written to for <paramref name="untouchedFor"/>.</summary>
    void Remove(IReadOnlyCollection<Guid> deadRuns, TimeSpan untouchedFor);
}
