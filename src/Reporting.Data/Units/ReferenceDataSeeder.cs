using Microsoft.EntityFrameworkCore;
using Reporting.Data.Model;
using Reporting.Domain.Units;

namespace Reporting.Data.Units;

/// <summary>Puts the shipped unit list and unit changes in the database the first time it is opened.</summary>
public static class ReferenceDataSeeder
{
    public static async Task SeedAsync(ReportingDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Units.AnyAsync(cancellationToken))
            return;
        db.Units.AddRange(ReferenceUnits.Versions.Select(u => new UnitVersion
        {
            Code = u.Code,
            Level = u.Level,
            Name = u.Name,
            ParentCode = u.ParentCode,
            Kind = u.Kind,
            Terrain = u.Terrain,
            ValidFrom = u.ValidFrom,
            ValidUntil = u.ValidUntil,
        }));
        db.UnitChanges.AddRange(ReferenceUnits.Changes.Select(c => new UnitChangeRecord
        {
            EffectiveDate = c.EffectiveDate,
            OldCode = c.OldCode,
            OldName = c.OldName,
            NewCode = c.NewCode,
            NewName = c.NewName,
            DistrictCode = c.DistrictCode,
            Source = c.Source,
        }));
        await db.SaveChangesAsync(cancellationToken);
    }
}
