namespace Reporting.Domain.Runs;

/// <summary>The jobs of the pipeline, as the run ledger, the manifests and the admin page name them.</summary>
public enum JobName
{
    Pull,
    Figures,
    Monthly,
    Conference,
    Costs,
}

public static class JobNames
{
    /// <summary>The name stored in the ledger and manifests: <c>pull</c>, <c>figures</c>, <c>monthly</c>, <c>conference</c>, <c>costs</c>.</summary>
    public static string Key(this JobName job) => job.ToString().ToLowerInvariant();

    public static bool TryParse(string? key, out JobName job)
    {
        job = Enum.GetValues<JobName>().FirstOrDefault(j => j.Key() == key);
        return key is not null && job.Key() == key;
    }
}
