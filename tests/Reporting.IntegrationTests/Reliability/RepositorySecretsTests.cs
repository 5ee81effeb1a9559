using System.Text.RegularExpressions;
using Reporting.Testing;

namespace Reporting.IntegrationTests.Reliability;

/// <summary>
/// Nothing secret ships: in the code, templates, settings, scripts and documents, connection strings
/// and mail passwords come from configuration or the environment, no user or password hash is a
/// default, no key is in the tree.
/// </summary>
[TestClass]
public sealed partial class RepositorySecretsTests
{
    // The tests hold made-up credentials of their own users and servers (and plant secrets here, to show they are found).
    private static readonly string[] Skipped = ["tests", "bin", "obj", ".git", "TestResults", "reports-output", "data"];
    private static readonly string[] TextFiles =
        [".cs", ".json", ".md", ".sh", ".yml", ".yaml", ".xml", ".props", ".targets", ".csproj", ".config", ".sbn", ".html", ".txt", ".env", ".ini", ".sql", ""];
    private static readonly string[] KeyFiles = [".pem", ".key", ".pfx", ".p12", ".snk"];

    [TestMethod]
    public void No_password_connection_string_user_or_key_is_in_the_repository()
    {
        var files = Files(RepositoryFolder.Root).ToList();
        var findings = files.Where(path => KeyFiles.Contains(Path.GetExtension(path))).Select(path => $"{path}: a key file")
            .Concat(files.Where(path => TextFiles.Contains(Path.GetExtension(path))).SelectMany(path => Findings(path, File.ReadAllText(path)))).ToList();

        Assert.IsGreaterThan(100, files.Count, "the tree was read");
        Assert.IsTrue(files.Any(f => Path.GetFileName(f) == "appsettings.json"), "the settings were read");
        Assert.IsEmpty(findings, string.Join("\n", findings));
        ReliabilityLog.Write($"secrets: {files.Count} files of the repository read, no password, password hash or key found (tests/ holds made-up ones)");
    }

    [TestMethod]
    public void The_scan_finds_what_it_looks_for()
    {
        string[] planted =
        [
            """ "Reporting": "Host=db;Username=reporting;Password=s3cret;Database=reporting" """,
            """ "Password": "hop-thu-123" """,
            """ "PasswordHash": "AQAAAAIAAYagAAAAE" """,
            "-----BEGIN RSA PRIVATE KEY-----",
            "smtp:\n  password: hop-thu-123\n",
        ];
        string[] placeholders = ["Password=…;", """ "Password": "" """, "Password={password}", """ "PasswordHash": "AQAAAAIAAYag…" """, "password = Console.ReadLine()"];

        Assert.IsTrue(planted.All(text => Findings("planted", text).Any()), "every planted secret is found");
        Assert.IsTrue(placeholders.All(text => !Findings("placeholder", text).Any()), "placeholders are not secrets");
    }

    private static IEnumerable<string> Files(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(folder).Where(f => TextFiles.Contains(Path.GetExtension(f)) || KeyFiles.Contains(Path.GetExtension(f))))
            yield return file;
        foreach (var child in Directory.EnumerateDirectories(folder).Where(d => !Skipped.Contains(Path.GetFileName(d))))
        {
            foreach (var file in Files(child))
                yield return file;
        }
    }

    private static IEnumerable<string> Findings(string path, string text)
    {
        foreach (var pattern in new[] { ConnectionStringPassword(), ConfiguredPassword(), PrivateKey() })
        {
            foreach (Match match in pattern.Matches(text))
                yield return $"{Path.GetRelativePath(RepositoryFolder.Root, path)}: {match.Value.Trim()}";
        }
    }

    // A value that is not a placeholder (…, {name}, <name>, $NAME).
    [GeneratedRegex("""(?i)\b(password|pwd)=[^;"'\s…{<$]+""")]
    private static partial Regex ConnectionStringPassword();

    // JSON ("Password": "x") and YAML (password: x).
    [GeneratedRegex("""(?im)"\w*password\w*"\s*:\s*"[^"…]+"(?!\w)|^\s*\w*password\w*\s*:\s*[^\s"'…{<$#][^\s#]*\s*$""")]
    private static partial Regex ConfiguredPassword();

    [GeneratedRegex("-----BEGIN [A-Z ]*PRIVATE KEY-----")]
    private static partial Regex PrivateKey();
}
