namespace Reporting.Registers.Pulling;

/// <summary>
/// A tree laid out as the register format page says: <c>communes/&lt;code&gt;/…</c> and
/// <c>districts/&lt;code&gt;/…</c>. The folder names the unit a file may speak for.
/// </summary>
public sealed class FolderSource(string root)
{
    private static readonly string[] LevelFolders = ["districts", "communes"];

    public string Root => root;

    /// <summary>Register candidates in a stable order, and the other files found (reported, not read).</summary>
    public (IReadOnlyList<SourceFile> Registers, IReadOnlyList<string> Ignored) List(int? year)
    {
        if (!Directory.Exists(root))
            throw new DirectoryNotFoundException($"Source folder '{root}' does not exist.");
        var registers = new List<SourceFile>();
        var ignored = new List<string>();
        foreach (var level in LevelFolders)
        {
            var levelFolder = Path.Combine(root, level);
            if (!Directory.Exists(levelFolder))
                continue;
            foreach (var unitFolder in Directory.EnumerateDirectories(levelFolder).Order(StringComparer.Ordinal))
            {
                var unitCode = Path.GetFileName(unitFolder);
                foreach (var file in Directory.EnumerateFiles(unitFolder).Order(StringComparer.Ordinal))
                {
                    if (!file.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
                        ignored.Add(file);
                    else if (year is null || YearHint(file) is null || YearHint(file) == year)
                        registers.Add(new SourceFile(file, unitCode));
                }
            }
        }
        return (registers, ignored);
    }

    /// <summary>The year in a name like <c>22936_2017.xlsx</c>; only a hint, the workbook decides.</summary>
    private static int? YearHint(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        var underscore = name.LastIndexOf('_');
        return underscore >= 0 && int.TryParse(name[(underscore + 1)..], out var year) ? year : null;
    }
}

public sealed record SourceFile(string Path, string UnitCode);
