using Microsoft.EntityFrameworkCore;
using Reporting.Data.Model;
using Reporting.Domain.Registers;

namespace Reporting.Data.Ledger;

/// <summary>
/// A <c>Mã cũ</c> must read <c>&lt;oldCommuneCode&gt;/&lt;oldCode&gt;</c> and name an entity of the
/// same title that an earlier register of that commune listed. Otherwise the row is still counted,
/// with a warning: its history will not join up.
/// </summary>
internal static class OldCodeCheck
{
    public static async Task<List<RowIssue>> FindAsync(ReportingDbContext db, ParsedRegister register, CancellationToken cancellationToken)
    {
        var withOldCode = register.Entries.Where(e => e.OldCode is not null).ToList();
        if (withOldCode.Count == 0)
            return [];
        var parsed = withOldCode.Select(e => (Entry: e, Old: Split(e.OldCode!))).ToList();
        var communes = parsed.Where(p => p.Old is not null).Select(p => p.Old!.Value.Commune).Distinct().ToList();
        var known = (await db.TitleEntries
                .Where(e => communes.Contains(e.CommuneCode) && e.Year < register.Header.Year)
                .Select(e => new { e.CommuneCode, e.Code, e.Title })
                .Distinct()
                .ToListAsync(cancellationToken))
            .Select(e => (e.CommuneCode, e.Code, e.Title))
            .ToHashSet();

        var warnings = new List<RowIssue>();
        foreach (var (entry, old) in parsed)
        {
            RowError? error = old is null
                ? new(OldCodeColumn, "old-code-format",
                    $"Mã cũ \"{entry.OldCode}\" phải có dạng <mã xã cũ>/<mã cũ>.",
                    $"Old code \"{entry.OldCode}\" must read <old commune code>/<old code>.")
                : !known.Contains((old.Value.Commune, old.Value.Code, entry.Title))
                    ? new(OldCodeColumn, "old-code-unknown",
                        $"Mã cũ \"{entry.OldCode}\" không khớp với đối tượng nào trong sổ các năm trước của xã {old.Value.Commune}.",
                        $"Old code \"{entry.OldCode}\" names nothing in earlier registers of commune {old.Value.Commune}.")
                    : null;
            if (error is not null)
                warnings.Add(new RowIssue(SheetOf(entry), entry.SourceRow, entry.Title, register.Header.UnitCode, IssueSeverity.Warning, error, []));
        }
        return warnings;
    }

    private const string OldCodeColumn = "Mã cũ";

    private static (string Commune, string Code)? Split(string oldCode)
    {
        var slash = oldCode.IndexOf('/');
        return slash > 0 && slash < oldCode.Length - 1 ? (oldCode[..slash], oldCode[(slash + 1)..]) : null;
    }

    private static string SheetOf(TitleEntry entry) => entry.Title switch
    {
        Domain.Titles.Title.Community => "Thon",
        Domain.Titles.Title.Family => "GiaDinh",
        Domain.Titles.Title.Clan => "DongHo",
        _ => "DonVi",
    };
}
