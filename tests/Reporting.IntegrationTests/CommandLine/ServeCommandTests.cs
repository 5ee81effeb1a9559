using Microsoft.Extensions.Options;
using Npgsql;
using Reporting.App.Web.Security;
using Reporting.Data.Model;
using Reporting.IntegrationTests.Infrastructure;
using Reporting.Testing;

namespace Reporting.IntegrationTests.CommandLine;

/// <summary><c>reporting serve</c> and <c>reporting hash-password</c> through the real executable.</summary>
[TestClass]
[TestCategory(Categories.Slow)]
public sealed class ServeCommandTests
{
    private string _folder = null!;

    [TestInitialize]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("serve-").FullName;

    [TestCleanup]
    public void DeleteFolder()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [TestMethod]
    public async Task Serve_without_users_exits_2_naming_the_setting()
    {
        var serve = await Cli.RunAsync(_folder, "serve", "--urls", "http://127.0.0.1:0");

        Assert.AreEqual(2, serve.ExitCode, serve.Error);
        StringAssert.Contains(serve.Error, "Web:Users");
        StringAssert.Contains(serve.Error, "hash-password");
    }

    [TestMethod]
    public async Task Serve_with_a_password_hash_it_did_not_make_exits_2_naming_the_user()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "users.json"),
            """{ "Web": { "Users": [ { "Name": "quantri", "PasswordHash": "mat-khau-de-tran", "Role": "admin" } ] } }""");

        var serve = await Cli.RunAsync(_folder, "serve", "--config", "users.json", "--urls", "http://127.0.0.1:0");

        Assert.AreEqual(2, serve.ExitCode, serve.Error);
        StringAssert.Contains(serve.Error, "the PasswordHash of 'quantri'");
    }

    [TestMethod]
    public async Task Serve_on_a_PostgreSQL_database_that_does_not_exist_exits_2_saying_so()
    {
        await using var database = await TestDatabases.CreateAsync(DatabaseProvider.PostgreSql);
        var missing = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Database = "khong_co_csdl_nay" }.ConnectionString;
        await File.WriteAllTextAsync(Path.Combine(_folder, "users.json"),
            $$"""{ "Web": { "Users": [ { "Name": "quantri", "PasswordHash": "{{UserDirectory.Hash("mat-khau-quan-tri")}}", "Role": "admin" } ] } }""");

        var serve = await Cli.RunAsync(_folder, "serve", "--config", "users.json", "--db", missing, "--urls", "http://127.0.0.1:0");

        Assert.AreEqual(2, serve.ExitCode, serve.Error);
        StringAssert.Contains(serve.Error, "The PostgreSQL database 'khong_co_csdl_nay' does not exist");
    }

    [TestMethod]
    public async Task Serve_answers_health_and_sends_everyone_else_to_sign_in()
    {
        await using var serve = await ServeProcess.StartAsync(_folder, new Dictionary<string, string?>());
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = serve.Address };

        using var health = await http.GetAsync("/health");
        using var admin = await http.GetAsync("/");
        using var dashboard = await http.GetAsync("/hangfire");

        Assert.AreEqual(System.Net.HttpStatusCode.OK, health.StatusCode);
        Assert.AreEqual("/login", admin.Headers.Location!.AbsolutePath);
        Assert.AreEqual("/login", dashboard.Headers.Location!.AbsolutePath);
        Assert.IsTrue(File.Exists(Path.Combine(_folder, "data", "reporting.db")), "the embedded database was created and migrated");
    }

    [TestMethod]
    public async Task Hash_password_reads_standard_input_and_prints_a_hash_sign_in_accepts()
    {
        var hashed = await Cli.RunWithInputAsync(_folder, "mật khẩu rất dài\n", "hash-password");
        var tooShort = await Cli.RunWithInputAsync(_folder, "ngan\n", "hash-password");

        Assert.AreEqual(0, hashed.ExitCode, hashed.Error);
        var hash = hashed.Output.Trim();
        Assert.DoesNotContain("mật khẩu", hash);
        var users = new UserDirectory(Options.Create(new WebOptions { Users = [new WebUser { Name = "quantri", PasswordHash = hash, Role = Roles.Admin }] }));
        Assert.AreEqual("quantri", users.Verify("QuanTri", "mật khẩu rất dài")?.Name);
        Assert.IsNull(users.Verify("quantri", "mật khẩu rất dài "));
        Assert.AreEqual(2, tooShort.ExitCode);
    }
}
