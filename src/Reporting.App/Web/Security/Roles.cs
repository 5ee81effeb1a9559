namespace Reporting.App.Web.Security;

public static class Roles
{
    /// <summary>Runs, re-runs and deletes jobs.</summary>
    public const string Admin = "admin";

    /// <summary>Reads the dashboard, the run list and the outputs.</summary>
    public const string Viewer = "viewer";

    /// <summary>A commune's or district's clerk: hands in the registers of the units listed for them, and sees nothing else.</summary>
    public const string Unit = "unit";

    /// <summary>A district's approver: approves or sends back the registers of the communes of the districts listed for them.</summary>
    public const string District = "district";

    public static readonly IReadOnlySet<string> All = new HashSet<string> { Admin, Viewer, Unit, District };

    /// <summary>The authorization policy of everything that changes what the scheduler does.</summary>
    public const string AdminPolicy = "admin";

    /// <summary>The association's staff (admins and viewers): every page but the clerks' own. The fallback of every endpoint.</summary>
    public const string StaffPolicy = "staff";

    /// <summary>The upload page and what it serves.</summary>
    public const string UnitPolicy = "unit";

    /// <summary>The approval page (<c>/duyet-so</c>): the staff read it, district approvers and admins act on it.</summary>
    public const string ApprovalPagePolicy = "approval-page";

    /// <summary>Approving or sending back a register: district approvers (for their communes) and admins.</summary>
    public const string ApproverPolicy = "approver";
}
