namespace Reporting.App.Web.Security;

public static class Roles
{
    /// <summary>Runs, re-runs and deletes jobs.</summary>
    public const string Admin = "admin";

    /// <summary>Reads the dashboard, the run list and the outputs.</summary>
    public const string Viewer = "viewer";

    public static readonly IReadOnlySet<string> All = new HashSet<string> { Admin, Viewer };

    /// <summary>The authorization policy of everything that changes what the scheduler does.</summary>
    public const string AdminPolicy = "admin";
}
