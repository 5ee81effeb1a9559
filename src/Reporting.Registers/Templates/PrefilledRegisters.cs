using Microsoft.EntityFrameworkCore;
using Reporting.Data.Model;
using Reporting.Domain.Circular44;
using Reporting.Domain.Titles;
using Reporting.Domain.Units;
using Reporting.Registers.Schema;
using Reporting.Registers.Workbooks;
using Info = Reporting.Registers.Schema.RegisterSchema.Info;

namespace Reporting.Registers.Templates;

/// <summary>
/// A unit's register of a year, filled in advance from its accepted register of the year before:
/// the unit named in <c>ThongTin</c>, and for a commune its villages with <c>Số hộ</c>, its
/// households, clans and learning units with their codes and names, the workflow columns blank —
/// so codes stay stable because nobody retypes them. A commune created by a merger that year also
/// gets the entities of the communes it absorbed, coded <c>&lt;old commune&gt;-&lt;old code&gt;</c> and
/// with <c>Mã cũ</c> = <c>&lt;old commune&gt;/&lt;old code&gt;</c>, so their history joins up. A district's
/// register names the district only: its communes' scores are new each year.
/// </summary>
public sealed class PrefilledRegisters(ReportingDbContext db, UnitDirectory units, Circular44Scale scale)
{
    /// <summary>Tells the clerk, in <c>ThongTin</c>, what is already filled in and what is left to do.</summary>
    public const string NoteLabel = "Ghi chú";

    /// <summary>Every commune's and district's register of <paramref name="year"/>, laid out as a folder source reads them.</summary>
    public async Task<IReadOnlyList<string>> WriteAllAsync(string folder, int year, CancellationToken cancellationToken)
    {
        var written = new List<string>();
        foreach (var unit in units.In(year, UnitLevel.District).Concat(units.In(year, UnitLevel.Commune)).OrderBy(u => u.Level).ThenBy(u => u.Code, StringComparer.Ordinal))
        {
            var path = Path.Combine(folder, unit.Level == UnitLevel.District ? "districts" : "communes", unit.Code, $"{unit.Code}_{year}.xlsx");
            using var writer = await WriteAsync(unit, year, cancellationToken);
            writer.SaveAs(path);
            written.Add(path);
        }
        return written;
    }

    /// <summary>One unit's register of <paramref name="year"/>, as a workbook to save or serve.</summary>
    public async Task<RegisterWorkbookWriter> WriteAsync(AdministrativeUnit unit, int year, CancellationToken cancellationToken)
    {
        var writer = new RegisterWorkbookWriter();
        var previous = unit.Level == UnitLevel.Commune ? await EntitiesAsync(unit.Code, year - 1, cancellationToken) : [];
        foreach (var absorbed in ReferenceUnits.Changes.Where(c => c.IsAbsorption && c.NewCode == unit.Code && c.EffectiveDate.Year == year))
            previous = [.. previous, .. (await EntitiesAsync(absorbed.OldCode, year - 1, cancellationToken)).Select(e => Renumbered(e, absorbed.OldCode))];
        writer.WriteInfo(
        [
            (Info.UnitCode, unit.Code),
            (Info.UnitName, unit.Name),
            (Info.Level, unit.Level == UnitLevel.District ? "Huyện" : "Xã"),
            (Info.Year, year),
            // The first day of the year: any register the unit has really updated since is newer and wins over this one.
            (Info.UpdatedOn, new DateTime(year, 1, 1)),
            (Info.PreparedBy, null),
            (NoteLabel, previous.Count == 0
                ? "Sổ trống của đơn vị. Điền các sheet, sửa Ngày cập nhật thành ngày lập sổ."
                : $"Lập sẵn từ sổ năm {year - 1} đã được nhận. Giữ nguyên các mã; điền các cột đăng ký, đánh giá, công nhận; thêm dòng mới nếu có; sửa Ngày cập nhật thành ngày cập nhật sổ."),
        ]);
        if (unit.Level == UnitLevel.District)
        {
            writer.WriteSheet(RegisterSchema.Assessments(scale.CriterionCount), []);
            return writer;
        }
        writer.WriteSheet(RegisterSchema.Villages, Rows(previous, Title.Community, e => [e.Code, e.Name, e.Kind, e.HouseholdCount, e.OldCode]));
        writer.WriteSheet(RegisterSchema.Families, Rows(previous, Title.Family, e => [e.Code, e.Name, e.VillageCode, e.OldCode]));
        writer.WriteSheet(RegisterSchema.Clans, Rows(previous, Title.Clan, e => [e.Code, e.Name, e.VillageCode, e.HouseholdCount, e.OldCode]));
        writer.WriteSheet(RegisterSchema.Units, Rows(previous, Title.LearningUnit, e => [e.Code, e.Name, e.Kind, e.OldCode]));
        return writer;
    }

    private sealed record Entity(Title Title, string Code, string Name, string? VillageCode, int? HouseholdCount, string? Kind, string? OldCode);

    /// <summary>The entities of a commune's current register of a year, in the order the register listed them.</summary>
    private async Task<List<Entity>> EntitiesAsync(string commune, int year, CancellationToken cancellationToken) =>
        (await db.TitleEntries.AsNoTracking()
            .Where(e => e.CommuneCode == commune && e.Year == year && e.Title != Title.CommuneCommunity)
            .OrderBy(e => e.SourceRow)
            .Select(e => new { e.Title, e.Code, e.Name, e.VillageCode, e.HouseholdCount, e.Kind })
            .ToListAsync(cancellationToken))
        // Mã cũ joined last year's register to the year before; this year the code itself does.
        .Select(e => new Entity(e.Title, e.Code, e.Name, e.VillageCode, e.HouseholdCount, e.Kind, null))
        .ToList();

    private static Entity Renumbered(Entity entity, string oldCommune) => entity with
    {
        Code = $"{oldCommune}-{entity.Code}",
        VillageCode = entity.VillageCode is { } village ? $"{oldCommune}-{village}" : null,
        OldCode = $"{oldCommune}/{entity.Code}",
    };

    private static List<object?[]> Rows(IEnumerable<Entity> entities, Title title, Func<Entity, object?[]> row) =>
        entities.Where(e => e.Title == title).Select(row).ToList();
}
