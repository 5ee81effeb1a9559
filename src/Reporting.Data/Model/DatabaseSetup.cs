using Microsoft.EntityFrameworkCore;
using Reporting.Data.Units;

namespace Reporting.Data.Model;

public static class DatabaseSetup
{
    /// <summary>Applies the provider's migrations and the reference data; safe to call on every start.</summary>
    public static async Task MigrateAsync(this ReportingDbContext db, CancellationToken cancellationToken = default)
    {
        await db.Database.MigrateAsync(cancellationToken);
        await ReferenceDataSeeder.SeedAsync(db, cancellationToken);
    }
}
