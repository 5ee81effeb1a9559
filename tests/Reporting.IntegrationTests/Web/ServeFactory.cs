using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Reporting.App.Web.Hosting;
using Reporting.App.Web.Security;
using Reporting.IntegrationTests.Infrastructure;

namespace Reporting.IntegrationTests.Web;

/// <summary>
/// The host of <c>reporting serve</c>, as the app builds it, on a test server over a test
/// pipeline; an admin, a viewer, two clerks and two district approvers, and the schedules switched off so only the test starts jobs.
/// </summary>
internal sealed class ServeFactory(
    PipelineFixture pipeline, TimeProvider? clock = null, IReadOnlyDictionary<string, string?>? overrides = null, IPAddress? clientAddress = null)
    : WebApplicationFactory<ServeHost>
{
    public const string Admin = "quantri";
    public const string AdminPassword = "mat-khau-quan-tri";
    public const string Viewer = "nguoixem";
    public const string ViewerPassword = "mat-khau-nguoi-xem";

    /// <summary>The clerk of commune <see cref="ClerkUnit"/>, and the clerk of its neighbour <see cref="OtherUnit"/>.</summary>
    public const string Clerk = "vanthu";
    public const string ClerkPassword = "mat-khau-van-thu";
    public const string ClerkUnit = "23272";
    public const string OtherClerk = "vanthu-longhai";
    public const string OtherUnit = "23275";

    /// <summary>The approver of district 602 (Phú Quí, the communes of both clerks), and of district 595 (Tuy Phong).</summary>
    public const string DistrictApprover = "duyet-phuqui";
    public const string DistrictApproverPassword = "mat-khau-duyet-so";
    public const string District = "602";
    public const string OtherDistrictApprover = "duyet-tuyphong";
    public const string OtherDistrict = "595";

    private static readonly string AdminHash = UserDirectory.Hash(AdminPassword);
    private static readonly string ViewerHash = UserDirectory.Hash(ViewerPassword);
    private static readonly string ClerkHash = UserDirectory.Hash(ClerkPassword);
    private static readonly string ApproverHash = UserDirectory.Hash(DistrictApproverPassword);

    protected override IHostBuilder CreateHostBuilder()
    {
        var settings = AppSettings.ForServer(pipeline);
        settings["Web:Users:0:Name"] = Admin;
        settings["Web:Users:0:PasswordHash"] = AdminHash;
        settings["Web:Users:0:Role"] = Roles.Admin;
        settings["Web:Users:1:Name"] = Viewer;
        settings["Web:Users:1:PasswordHash"] = ViewerHash;
        settings["Web:Users:1:Role"] = Roles.Viewer;
        settings["Web:Users:2:Name"] = Clerk;
        settings["Web:Users:2:PasswordHash"] = ClerkHash;
        settings["Web:Users:2:Role"] = Roles.Unit;
        settings["Web:Users:2:Units:0"] = ClerkUnit;
        settings["Web:Users:3:Name"] = OtherClerk;
        settings["Web:Users:3:PasswordHash"] = ClerkHash;
        settings["Web:Users:3:Role"] = Roles.Unit;
        settings["Web:Users:3:Units:0"] = OtherUnit;
        foreach (var (index, name, district) in new[] { (4, DistrictApprover, District), (5, OtherDistrictApprover, OtherDistrict) })
        {
            settings[$"Web:Users:{index}:Name"] = name;
            settings[$"Web:Users:{index}:PasswordHash"] = ApproverHash;
            settings[$"Web:Users:{index}:Role"] = Roles.District;
            settings[$"Web:Users:{index}:Units:0"] = district;
        }
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
            settings[key] = value;
        return ServeHost.CreateHostBuilder(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (clock is not null)
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        if (clientAddress is not null)
            builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter>(new ClientAddressFilter(clientAddress)));
    }

    /// <summary>The test server's requests come from nowhere; this one says where, as a real connection would.</summary>
    private sealed class ClientAddressFilter(IPAddress address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, following) =>
            {
                context.Connection.RemoteIpAddress = address;
                return following(context);
            });
            next(app);
        };
    }

    public WebSession Session(Uri? address = null) => new(CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        HandleCookies = true,
        BaseAddress = address ?? new Uri("http://localhost"),
    }));
}
