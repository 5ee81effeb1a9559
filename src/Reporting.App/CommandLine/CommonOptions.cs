using System.CommandLine;

namespace Reporting.App.CommandLine;

/// <summary>The options every verb takes (specs/cli.md).</summary>
public static class CommonOptions
{
    public static readonly Option<string?> Config = new("--config")
    {
        Description = "Extra JSON configuration on top of appsettings.json",
        Recursive = true,
    };

    public static readonly Option<string?> Database = new("--db")
    {
        Description = "Connection string: PostgreSQL, or 'Data Source=FILE' for SQLite (default: the embedded SQLite file under data/)",
        Recursive = true,
    };

    public static readonly Option<string?> Output = new("--out")
    {
        Description = "Output folder (default: reports-output/)",
        Recursive = true,
    };

    public static RootCommand WithCommonOptions(this RootCommand root)
    {
        root.Options.Add(Config);
        root.Options.Add(Database);
        root.Options.Add(Output);
        return root;
    }
}
