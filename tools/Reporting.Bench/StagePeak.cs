using System.Diagnostics;

namespace Reporting.Bench;

/// <summary>
/// The process's peak working set during one stage. Linux keeps the peak in VmHWM and resets it to
/// the current size when 5 is written to <c>/proc/self/clear_refs</c>; the heap is compacted first,
/// so that a stage does not inherit what the one before it left for the collector. Elsewhere the
/// peak cannot be reset and each stage reports the peak so far.
/// </summary>
internal static class StagePeak
{
    private const string ClearRefs = "/proc/self/clear_refs";

    public static void Reset()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        if (File.Exists(ClearRefs))
            File.WriteAllText(ClearRefs, "5");
    }

    public static long Read()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }
}
