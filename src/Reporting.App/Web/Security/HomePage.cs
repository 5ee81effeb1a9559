using System.Security.Claims;
using Reporting.App.Web.Approval;
using Reporting.App.Web.Submissions;

namespace Reporting.App.Web.Security;

/// <summary>Where each role starts: a clerk and a district approver each have one page, the staff the admin page.</summary>
internal static class HomePage
{
    public static string Of(string role) => role switch
    {
        Roles.Unit => SubmissionPaths.Page,
        Roles.District => ApprovalPaths.Page,
        _ => "/",
    };

    public static string Of(ClaimsPrincipal user) =>
        Of(user.FindFirstValue(ClaimTypes.Role) ?? Roles.Viewer);
}
