using Microsoft.EntityFrameworkCore;
using Reporting.Data.Model;

namespace Reporting.Data.Approval;

/// <summary>
/// Keeps storing a register and closing its year apart. On PostgreSQL a store takes the year's
/// advisory lock shared and a closing takes it exclusive, each until its transaction ends, so a
/// register is either counted before the closing or held after it, never counted into a closed
/// year. SQLite has one writer, whose transactions are serial already.
/// </summary>
internal static class ClosingLock
{
    // The first key of the two-key advisory lock: this lock's own space, apart from any other use.
    private const int Space = 0x7965_6172;

    public static async Task ShareAsync(ReportingDbContext db, int year, CancellationToken cancellationToken)
    {
        if (db.Provider == DatabaseProvider.PostgreSql)
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock_shared({Space}, {year})", cancellationToken);
    }

    public static async Task TakeAsync(ReportingDbContext db, int year, CancellationToken cancellationToken)
    {
        if (db.Provider == DatabaseProvider.PostgreSql)
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({Space}, {year})", cancellationToken);
    }

    /// <summary>The closing in force for the year, if it is closed.</summary>
    public static Task<YearClosing?> InForceAsync(ReportingDbContext db, int year, CancellationToken cancellationToken) =>
        db.YearClosings.FirstOrDefaultAsync(c => c.Year == year && c.ReopenedAt == null, cancellationToken);
}
