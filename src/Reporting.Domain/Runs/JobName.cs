namespace Reporting.Domain.Runs;

/// <summary>
/// A job of the pipeline, as the run ledger, the manifests and the admin page name it
/// (<c>pull</c>, <c>monthly</c>…). A report of its own adds its name beside its code.
/// </summary>
public readonly record struct JobName(string Key)
{
    public static readonly JobName Pull = new("pull");
    public static readonly JobName Figures = new("figures");
    public static readonly JobName Monthly = new("monthly");
    public static readonly JobName Conference = new("conference");
    public static readonly JobName Costs = new("costs");

    public override string ToString() => Key;
}
