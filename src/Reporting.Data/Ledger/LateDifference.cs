using Microsoft.EntityFrameworkCore;
using Reporting.Data.Model;
using Reporting.Domain.Circular44;
using Reporting.Domain.Registers;
using Reporting.Domain.Titles;
using Reporting.Domain.Units;

namespace Reporting.Data.Ledger;

/// <summary>One count of a unit's register as closed and as a register received after closing would make it.</summary>
public sealed record CountChange(string What, long Closed, long Late);

/// <summary>
/// How a register received after its year was closed differs from what the closing counted for
/// its unit: per title the entities, registrations and recognitions, or per class the communes a
/// district assessed. Only the counts that differ.
/// </summary>
internal static class LateDifference
{
    public static async Task<IReadOnlyList<CountChange>> OfAsync(ReportingDbContext db, ParsedRegister register, CancellationToken cancellationToken)
    {
        var header = register.Header;
        var changes = new List<CountChange>();
        void Compare(string what, long closed, long late)
        {
            if (closed != late)
                changes.Add(new CountChange(what, closed, late));
        }

        if (header.Level == UnitLevel.Commune)
        {
            var closed = await db.TitleEntries.Where(e => e.CommuneCode == header.UnitCode && e.Year == header.Year)
                .GroupBy(e => e.Title)
                .Select(g => new { Title = g.Key, Entities = g.Count(), Registered = g.Count(e => e.Registered), Recognized = g.Count(e => e.Recognized) })
                .ToDictionaryAsync(g => g.Title, cancellationToken);
            foreach (var title in TitleKeys.Recognized)
            {
                var late = register.Entries.Where(e => e.Title == title).ToList();
                var was = closed.GetValueOrDefault(title);
                var names = title.Names();
                Compare($"{names.Name}: số {names.Counted}", was?.Entities ?? 0, late.Count);
                Compare($"{names.Name}: đăng ký", was?.Registered ?? 0, late.Count(e => e.Workflow.Registered));
                Compare($"{names.Name}: công nhận", was?.Recognized ?? 0, late.Count(e => e.Workflow.Recognized));
            }
        }
        else
        {
            var closed = await db.CommuneAssessments.Where(a => a.DistrictCode == header.UnitCode && a.Year == header.Year)
                .GroupBy(a => a.Classification).Select(g => new { Class = g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.Class, g => (long)g.Count, cancellationToken);
            foreach (var classification in Enum.GetValues<Classification>())
                Compare(classification == Classification.Unclassified ? "Xã không xếp loại" : $"Xã xếp loại {classification.Vietnamese()}", closed.GetValueOrDefault(classification),
                    register.Assessments.Count(a => a.Classification == classification));
        }
        return changes;
    }
}
