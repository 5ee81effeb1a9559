using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace Reporting.IntegrationTests.Infrastructure;

/// <summary>
/// What a pipeline's database holds, as two runs over the same registers must agree on it: files,
/// register versions, rows and their issues, figure snapshots — without the ids, times and run
/// ledger that differ from one run to another.
/// </summary>
internal static partial class DatabaseState
{
    public static async Task<List<string>> DescribeAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        var state = new List<string>();
        state.AddRange((await db.RegisterFiles.Select(f => new { f.Sha256, f.Outcome, f.RowsAccepted, f.RowsRejected }).ToListAsync())
            .Select(f => $"file {f.Sha256} {f.Outcome} {f.RowsAccepted}/{f.RowsRejected}").Order(StringComparer.Ordinal));
        state.AddRange((await (from version in db.RegisterVersions
                               join file in db.RegisterFiles on version.RegisterFileId equals file.Id
                               select new { version.UnitCode, version.Year, file.Sha256, version.UpdatedOn }).ToListAsync())
            .Select(v => $"version {v.UnitCode} {v.Year} {v.Sha256} {v.UpdatedOn:O}").Order(StringComparer.Ordinal));
        var entries = (await (from entry in db.TitleEntries
                              join file in db.RegisterFiles on entry.RegisterFileId equals file.Id
                              select new { file.Sha256, entry.SourceRow, entry.Title, entry.EntityKey, entry.Registered, entry.Recognized, entry.Score }).ToListAsync())
            .Select(e => $"{e.Sha256} {e.SourceRow} {e.Title} {e.EntityKey} {e.Registered} {e.Recognized} {e.Score}").Order(StringComparer.Ordinal).ToList();
        state.Add($"title entries {entries.Count}, SHA-256 {Digest(entries)}");
        var issues = (await (from issue in db.RowIssues
                             join file in db.RegisterFiles on issue.RegisterFileId equals file.Id
                             select new { file.Sha256, issue.Sheet, issue.RowNumber, issue.Severity }).ToListAsync())
            .Select(i => $"{i.Sha256} {i.Sheet} {i.RowNumber} {i.Severity}").Order(StringComparer.Ordinal).ToList();
        state.Add($"row issues {issues.Count}, SHA-256 {Digest(issues)}");
        // Completeness lists when each register was received, which differs from one pull to another.
        state.AddRange((await db.FigureSnapshots.Select(s => new { s.Period, s.Table, s.Content }).ToListAsync())
            .Select(s => $"snapshot {s.Period} {s.Table} {Digest([Timestamp().Replace(s.Content, "<time>")])}").Order(StringComparer.Ordinal));
        return state;
    }

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d+)?Z?")]
    private static partial Regex Timestamp();

    private static string Digest(IEnumerable<string> lines) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', lines))));
}
