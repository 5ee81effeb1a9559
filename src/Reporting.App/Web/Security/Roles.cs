namespace Reporting.App.Web.Security;

public static class Roles
{
    /// <summary>Runs, re-runs and deletes jobs.</summary>
    public const string Admin = "admin";

    /// <summary>Reads the dashboard, the run list and the outputs.</summary>
    public const string Viewer = "viewer";

    /// <summary>A commune's or district's clerk: hands in the registers of the units listed for them, and sees nothing else.</summary>
    public const string Unit = "unit";

    public static readonly IReadOnlySet<string> All = new HashSet<string> { Admin, Viewer, Unit };

    /// <summary>The authorization policy of everything that changes what the scheduler does.</summary>
    public const string AdminPolicy = "admin";

    /// <summary>The association's staff (admins and viewers): every page but the clerks' own. The fallback of every endpoint.</summary>
    public const string StaffPolicy = "staff";

    /// <summary>The upload page and what it serves.</summary>
    public const string UnitPolicy = "unit";
}
