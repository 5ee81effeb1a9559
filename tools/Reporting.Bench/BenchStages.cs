using Reporting.App.Hosting;

namespace Reporting.Bench;

/// <summary>
/// The stages a run measures (<c>--stages read-limit,parse</c>), always in the bench's own order.
/// A stage that measures the database needs the registers ingested first, and says so.
/// </summary>
internal sealed class BenchStages
{
    public const string ReadLimit = "read-limit";
    public const string Parse = "parse";
    public const string Ingest = "ingest";
    public const string Figures = "figures";
    public const string Reports = "reports";
    public const string Incremental = "incremental";
    public const string Servers = "servers";
    public const string LoadBaseline = "load-baseline";
    public const string EndToEnd = "end-to-end";

    public static readonly IReadOnlyList<string> All = [ReadLimit, Parse, Ingest, Figures, Reports, Incremental, Servers, LoadBaseline, EndToEnd];

    private static readonly string[] NeedIngest = [Figures, Reports, Incremental, LoadBaseline];

    private readonly HashSet<string> _chosen;

    private BenchStages(IEnumerable<string> chosen) => _chosen = chosen.ToHashSet(StringComparer.Ordinal);

    public static BenchStages Every { get; } = new(All);

    public bool IsEverything => _chosen.Count == All.Count;

    public bool Runs(string stage) => _chosen.Contains(stage);

    public static BenchStages Of(string? list)
    {
        if (string.IsNullOrWhiteSpace(list))
            return Every;
        var names = list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (names.FirstOrDefault(n => !All.Contains(n)) is { } unknown)
            throw new UsageException($"--stages: no stage '{unknown}'; the stages are {string.Join(", ", All)}.");
        if (!names.Contains(Ingest) && names.FirstOrDefault(NeedIngest.Contains) is { } needy)
            throw new UsageException($"--stages: {needy} measures the ingested registers; add {Ingest}.");
        if (names.Contains(Incremental) && !names.Contains(Figures))
            throw new UsageException($"--stages: {Incremental} is a share of ingest and figures; add {Figures}.");
        return new BenchStages(names);
    }
}
