using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Reporting.Data.Model;
using Reporting.Domain.Figures;

namespace Reporting.Figures.Snapshots;

/// <summary>
/// What a period's figures and exemplars are computed from: the register versions of its years
/// (each current register's file and update date; its rows, rejected rows and assessments go in and
/// out with it), the units and their changes, the settings, the build of the code that counts and
/// the database's last migration (a migration may mend stored rows).
/// Two equal bases give the same table, so a stored table of the same basis can be read back.
/// </summary>
public sealed class FigureBasis(ReportingDbContext db, FiguresSettings settings)
{
    /// <summary>Any change to the counting code is a new build of this assembly, and a new basis.</summary>
    private static readonly string CodeVersion = typeof(FigureBasis).Assembly.ManifestModule.ModuleVersionId.ToString();

    /// <summary>The units, their changes, the settings, the code and the migration: read once per scope, as none changes while a request runs.</summary>
    private string? _rest;

    /// <summary>JSON: the (unit, year, file SHA-256, update date) of every register version of the period's years.</summary>
    public async Task<string> RegisterVersionsJsonAsync(FiguresPeriod period, CancellationToken cancellationToken)
    {
        var versions = await (
                from version in db.RegisterVersions
                join file in db.RegisterFiles on version.RegisterFileId equals file.Id
                where version.Year >= period.FromYear && version.Year <= period.ToYear
                select new { unit = version.UnitCode, year = version.Year, sha256 = file.Sha256, updated_on = version.UpdatedOn })
            .ToListAsync(cancellationToken);
        return JsonSerializer.Serialize(versions.OrderBy(v => v.year).ThenBy(v => v.unit, StringComparer.Ordinal));
    }

    /// <summary>SHA-256 of the register versions (as <see cref="RegisterVersionsJsonAsync"/> gives them) with everything else counted from.</summary>
    public async Task<string> Sha256Async(string registerVersions, CancellationToken cancellationToken)
    {
        _rest ??= await RestAsync(cancellationToken);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { registerVersions, rest = _rest }))));
    }

    private async Task<string> RestAsync(CancellationToken cancellationToken)
    {
        var units = await db.Units.AsNoTracking().OrderBy(u => u.Id)
            .Select(u => new { u.Code, u.Level, u.Name, u.ParentCode, u.Kind, u.Terrain, u.ValidFrom, u.ValidUntil })
            .ToListAsync(cancellationToken);
        var changes = await db.UnitChanges.AsNoTracking().OrderBy(c => c.Id)
            .Select(c => new { c.EffectiveDate, c.OldCode, c.OldName, c.NewCode, c.NewName, c.DistrictCode })
            .ToListAsync(cancellationToken);
        var migration = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).LastOrDefault();
        return JsonSerializer.Serialize(new
        {
            migration,
            units,
            changes,
            settings.Exemplars,
            general = settings.Targets.General.OrderBy(t => t.Key),
            mountain = settings.Targets.Mountain.OrderBy(t => t.Key),
            targetsYear = settings.Targets.Year,
            code = CodeVersion,
        });
    }
}
