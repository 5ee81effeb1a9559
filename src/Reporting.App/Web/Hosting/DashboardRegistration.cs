using Hangfire;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Reporting.App.Web.Admin;
using Reporting.App.Web.Security;
using Reporting.Scheduling.Running;

namespace Reporting.App.Web.Hosting;

internal static class DashboardRegistration
{
    public const string DashboardPath = "/hangfire";

    /// <summary>The dashboard, for the association's staff only; read-only unless the user is an admin.</summary>
    public static IEndpointConventionBuilder MapSchedulerDashboard(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapHangfireDashboard(DashboardPath, new DashboardOptions
        {
            Authorization = [new StaffFilter()],
            IsReadOnlyFunc = context => !context.GetHttpContext().User.IsInRole(Roles.Admin),
            DashboardTitle = "Xã hội học tập — công việc",
            AppPath = "/",
            DisplayStorageConnectionString = false,
            // Jobs named as the run list names them, "Báo cáo tháng 03/2018", not by their C# method.
            DisplayNameFunc = (context, job) => JobCall.Of(job) is { } call
                ? JobRequest.Describe(call, context.GetHttpContext().RequestServices)
                : job.Method.Name,
        }).RequireAuthorization(Roles.StaffPolicy);

    private sealed class StaffFilter : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context)
        {
            var user = context.GetHttpContext().User;
            return user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Viewer);
        }
    }
}
