using System.Runtime.CompilerServices;
using Reporting.Domain.Units;
using Reporting.Registers.Reading;

namespace Reporting.Registers.Pulling.Sources;

/// <summary>
/// A folder of one level laid out as <c>&lt;unitCode&gt;/&lt;unitCode&gt;_&lt;year&gt;.xlsx</c> (or the CSV
/// files <c>&lt;unitCode&gt;_&lt;year&gt;_&lt;Sheet&gt;.csv</c>). The folder names the unit a file may
/// speak for. Registers come out by year, then path, so earlier years are stored first.
/// </summary>
public sealed class FolderSource(string name, UnitLevel level, string root, FileVault vault, FileLimits limits) : IRegisterSource
{
    public string Name => name;

    public string Root => root;

    /// <summary>The two level folders of a tree laid out as the register format page says, those that exist.</summary>
    public static IEnumerable<FolderSource> ForTree(string tree, FileVault vault, FileLimits limits)
    {
        foreach (var (folder, level) in new[] { ("districts", UnitLevel.District), ("communes", UnitLevel.Commune) })
        {
            var path = Path.Combine(tree, folder);
            if (Directory.Exists(path))
                yield return new FolderSource(folder, level, path, vault, limits);
        }
    }

    public async IAsyncEnumerable<SourceEvent> ReadAsync(SourceQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (!Directory.Exists(root))
        {
            yield return new SourceEvent.Failed(name, $"Thư mục nguồn '{root}' không tồn tại.");
            yield break;
        }
        var candidates = new List<(int Year, string Path, Func<Task<SourceEvent>> Read)>();
        var ignored = new List<SourceEvent>();
        foreach (var unitFolder in Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal))
        {
            if (!query.Filter.TakesUnit(Path.GetFileName(unitFolder)))
                continue;
            if (IsLink(unitFolder))
            {
                ignored.Add(new SourceEvent.Ignored(name, unitFolder, LinkReason));
                continue;
            }
            var expected = new ExpectedUnit(Path.GetFileName(unitFolder), level);
            var csvGroups = new Dictionary<string, List<(string Sheet, string Path)>>(StringComparer.Ordinal);
            foreach (var file in FilesUnder(unitFolder, ignored).Order(StringComparer.Ordinal))
            {
                switch (FolderFiles.Classify(Path.GetFileName(file)))
                {
                    case FolderFile.Workbook:
                        var year = RegisterFileNames.YearHint(Path.GetFileName(file));
                        if (query.Filter.TakesYear(year))
                            candidates.Add((year ?? 0, file, () => ReadWorkbookAsync(file, expected, cancellationToken)));
                        break;
                    case FolderFile.CsvSheet(var register, var sheet):
                        var key = Path.Combine(Path.GetDirectoryName(file)!, register);
                        if (!csvGroups.TryGetValue(key, out var parts))
                            csvGroups[key] = parts = [];
                        parts.Add((sheet, file));
                        break;
                    case FolderFile.NotARegister(var reason):
                        ignored.Add(new SourceEvent.Ignored(name, file, reason));
                        break;
                }
            }
            foreach (var (key, parts) in csvGroups)
            {
                var register = Path.GetFileName(key);
                var year = RegisterFileNames.YearHint(register);
                if (query.Filter.TakesYear(year))
                    candidates.Add((year ?? 0, parts[0].Path, () => ReadCsvAsync(register, parts, expected, cancellationToken)));
            }
        }
        foreach (var candidate in candidates.OrderBy(c => c.Year).ThenBy(c => c.Path, StringComparer.Ordinal))
            yield return await ReadOrIgnoreAsync(candidate.Path, candidate.Read);
        foreach (var stray in ignored)
            yield return stray;
    }

    /// <summary>
    /// The files of a unit's folder and its subfolders (a register kept in <c>2017/</c> or <c>cu/</c> is
    /// still that unit's); a link, to a file or a folder, is listed as ignored and never followed.
    /// </summary>
    private List<string> FilesUnder(string folder, List<SourceEvent> ignored)
    {
        var files = new List<string>();
        var folders = new Stack<string>([folder]);
        while (folders.TryPop(out var current))
        {
            foreach (var entry in Directory.EnumerateFileSystemEntries(current))
            {
                if (IsLink(entry))
                    ignored.Add(new SourceEvent.Ignored(name, entry, LinkReason));
                else if (Directory.Exists(entry))
                    folders.Push(entry);
                else
                    files.Add(entry);
            }
        }
        return files;
    }

    private const string LinkReason = "là liên kết (symlink): chỉ đọc tệp và thư mục thật nằm trong thư mục nguồn";

    // A link may lead anywhere on the machine (/etc/shadow, another province's folder); what is read
    // and kept must be what was put in the source folder.
    private static bool IsLink(string path) => new FileInfo(path).LinkTarget is not null;

    /// <summary>A file that vanishes or cannot be opened between listing and reading is reported, and the pull goes on.</summary>
    private async Task<SourceEvent> ReadOrIgnoreAsync(string path, Func<Task<SourceEvent>> read)
    {
        try
        {
            return await read();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new SourceEvent.Ignored(name, path, $"không mở được tệp để đọc ({e.Message}); sẽ thử lại ở lần lấy sau");
        }
    }

    private async Task<SourceEvent> ReadWorkbookAsync(string path, ExpectedUnit expected, CancellationToken cancellationToken)
    {
        var size = new FileInfo(path).Length;
        if (size > limits.MaxFileBytes)
            return new SourceEvent.TooLarge(name, path, Path.GetFileName(path), expected, size, await vault.KeepFileAsync(path, cancellationToken), Kept: true);
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        return new SourceEvent.Received(new IncomingRegister(name, path, Path.GetFileName(path), expected, RegisterFormat.Workbook,
            [new IncomingPart(Path.GetFileName(path), bytes)]));
    }

    private async Task<SourceEvent> ReadCsvAsync(string register, List<(string Sheet, string Path)> files, ExpectedUnit expected, CancellationToken cancellationToken)
    {
        var size = files.Sum(f => new FileInfo(f.Path).Length);
        var origin = Path.Combine(Path.GetDirectoryName(files[0].Path)!, $"{register}_*.csv");
        if (size > limits.MaxFileBytes)
        {
            var kept = new List<(string, string)>();
            foreach (var (sheet, path) in files)
                kept.Add((sheet, await vault.KeepFileAsync(path, cancellationToken)));
            return new SourceEvent.TooLarge(name, origin, $"{register}_*.csv", expected, size, IncomingRegister.CombinedHash(kept), Kept: true);
        }
        var parts = new List<IncomingPart>();
        foreach (var (sheet, path) in files)
            parts.Add(new IncomingPart(sheet, await File.ReadAllBytesAsync(path, cancellationToken)));
        return new SourceEvent.Received(new IncomingRegister(name, origin, $"{register}_*.csv", expected, RegisterFormat.Csv, parts));
    }

}
