using Microsoft.EntityFrameworkCore;
using Reporting.Data.Model;
using Reporting.Domain.Registers;
using Reporting.Domain.Titles;

namespace Reporting.Data.Ledger;

/// <summary>
/// Joins a register's entities to their history. An entity is known across years by its entity
/// key: <c>&lt;commune&gt;/&lt;code&gt;</c>, or, for a row whose <c>Mã cũ</c> reads
/// <c>&lt;oldCommune&gt;/&lt;oldCode&gt;</c>, the key of that older entity (or the old code itself when the
/// older register has not arrived yet, which is the same key for an entity first registered there).
/// A <c>Mã cũ</c> that is malformed or names nothing earlier is a warning: the row still counts.
/// Codes are keyed by <see cref="EntityCodes.Canonical"/>, so a code whose zeros Excel dropped one
/// year is still the same entity.
/// </summary>
internal static class EntityHistory
{
    public sealed record Result(IReadOnlyDictionary<TitleEntry, string> Keys, IReadOnlyList<RowIssue> Warnings);

    public static string KeyOf(string communeCode, string code) => $"{communeCode}/{EntityCodes.Canonical(code)}";

    public static async Task<Result> ResolveAsync(ReportingDbContext db, ParsedRegister register, IRegisterWording wording, CancellationToken cancellationToken)
    {
        var commune = register.Header.UnitCode;
        var keys = new Dictionary<TitleEntry, string>(ReferenceEqualityComparer.Instance);
        var warnings = new List<RowIssue>();
        var withOldCode = register.Entries.Where(e => e.OldCode is not null).Select(e => (Entry: e, Old: Split(e.OldCode!))).ToList();
        var communes = withOldCode.Where(p => p.Old is not null).Select(p => p.Old!.Value.Commune).Distinct().ToList();
        var known = new Dictionary<(string, string, Title), string>();
        if (communes.Count > 0)
        {
            var earlier = await db.TitleEntries
                .Where(e => communes.Contains(e.CommuneCode) && e.Year < register.Header.Year)
                .Select(e => new { e.CommuneCode, e.Code, e.Title, e.EntityKey })
                .Distinct()
                .ToListAsync(cancellationToken);
            foreach (var e in earlier)
                known.TryAdd((e.CommuneCode, EntityCodes.Canonical(e.Code), e.Title), e.EntityKey);
        }

        foreach (var entry in register.Entries)
            keys[entry] = KeyOf(commune, entry.Code);
        foreach (var (entry, old) in withOldCode)
        {
            if (old is not { } previous)
            {
                warnings.Add(wording.OldCodeWarning(commune, entry, OldCodeProblem.Malformed, null));
                continue;
            }
            if (known.TryGetValue((previous.Commune, EntityCodes.Canonical(previous.Code), entry.Title), out var key))
            {
                keys[entry] = key;
                continue;
            }
            keys[entry] = KeyOf(previous.Commune, previous.Code);
            warnings.Add(wording.OldCodeWarning(commune, entry, OldCodeProblem.Unknown, previous.Commune));
        }
        return new Result(keys, warnings);
    }

    private static (string Commune, string Code)? Split(string oldCode)
    {
        var slash = oldCode.IndexOf('/');
        return slash > 0 && slash < oldCode.Length - 1 ? (oldCode[..slash], oldCode[(slash + 1)..]) : null;
    }
}
