namespace Reporting.Testing;

/// <summary>One line of tests/Corpus/expected.csv: a faulty register and exactly what it must produce.</summary>
public sealed record CorpusCase(string RelativePath, string Outcome, string Sheet, int? Row, string Column, string Rule, string Message)
{
    public static IReadOnlyList<CorpusCase> All { get; } = File.ReadAllLines(Path.Combine(RepositoryFolder.Corpus, "expected.csv"))
        .Skip(1)
        .Where(line => line.Length > 0)
        .Select(line => line.Split(',', 7))
        .Select(f => new CorpusCase(f[0], f[1], f[2], f[3].Length == 0 ? null : int.Parse(f[3]), f[4], f[5], f[6]))
        .ToList();

    public string FullPath => Path.Combine(RepositoryFolder.Corpus, RelativePath);

    /// <summary>The unit folder the file sits in, and so the unit it may speak for.</summary>
    public string UnitCode => RelativePath.Split('/')[1];

    public bool IsDistrict => RelativePath.StartsWith("districts/", StringComparison.Ordinal);

    public bool IsCsv => RelativePath.EndsWith("_*.csv", StringComparison.Ordinal);

    /// <summary>The sheet files of a CSV case, keyed by sheet name.</summary>
    public Dictionary<string, byte[]> CsvSheets()
    {
        var prefix = Path.GetFileName(RelativePath)[..^"*.csv".Length];
        return Directory.GetFiles(Path.GetDirectoryName(FullPath)!, $"{prefix}*.csv")
            .ToDictionary(path => Path.GetFileNameWithoutExtension(path)[prefix.Length..], File.ReadAllBytes);
    }

    public override string ToString() => RelativePath;
}
