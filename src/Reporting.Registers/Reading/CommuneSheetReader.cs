using Reporting.Domain.Registers;
using Reporting.Domain.Titles;
using Reporting.Registers.Schema;
using Columns = Reporting.Registers.Schema.RegisterSchema.Columns;

namespace Reporting.Registers.Reading;

/// <summary>
/// The four title sheets of a commune register. Every row is read first; then the checks across
/// rows (a village with more households listed than its <c>Số hộ</c>, a household or clan whose
/// village is not a valid row of <c>Thon</c>) decide which rows are accepted.
/// </summary>
internal static class CommuneSheetReader
{
    /// <summary>A row read but not yet judged; its cells are copied out only if it is rejected.</summary>
    private sealed record Candidate(int Row, TitleEntry Entry, RowReader Reader)
    {
        public List<RowError> Errors => Reader.Errors;
    }

    public static void Read(
        RegisterHeader header,
        IReadOnlyDictionary<string, SheetLayout> layouts,
        Func<string, IRegisterSheet> sheetNamed,
        RowCollector collector)
    {
        List<Candidate> ReadSheet(SheetSpec spec, Func<RowReader, TitleEntry> readRow)
        {
            var sheet = sheetNamed(spec.Name);
            var layout = layouts[spec.Name];
            collector.NoticeUnknownColumns(spec.Name, layout);
            var rows = Math.Max(0, sheet.LastRow - layout.HeaderRow);
            var candidates = new List<Candidate>(rows);
            var totals = new List<(int, string)>();
            var seen = new Dictionary<string, int>(rows, StringComparer.Ordinal);
            for (var rowNumber = layout.HeaderRow + 1; rowNumber <= sheet.LastRow; rowNumber++)
            {
                var row = new RowReader(sheet, layout, rowNumber);
                if (row.IsBlank)
                    continue;
                if (row.TotalsLabel is { } label)
                {
                    totals.Add((rowNumber, label));
                    continue;
                }
                var entry = readRow(row);
                if (entry.Code.Length > 0 && !seen.TryAdd(EntityCodes.Canonical(entry.Code), rowNumber))
                    row.Errors.Add(new(spec.Columns[0].Header, RowRule.DuplicateCode,
                        $"Mã \"{entry.Code}\" trùng với dòng {seen[EntityCodes.Canonical(entry.Code)]}.",
                        $"Code \"{entry.Code}\" repeats row {seen[EntityCodes.Canonical(entry.Code)]}."));
                if (row.Errors.Count == 0)
                    row.Errors.AddRange(RowRules.Check(entry.Workflow, header.Year, header.UpdatedOn));
                candidates.Add(new Candidate(rowNumber, entry, row));
            }
            collector.NoticeTotalsRows(spec.Name, totals);
            return candidates;
        }

        var villages = ReadSheet(RegisterSchema.Villages, row =>
        {
            var code = row.RequiredCode(Columns.VillageCode);
            return new TitleEntry(Title.Community, code, row.Text(Columns.VillageName), code,
                row.WholeNumber(Columns.Households), NullIfEmpty(row.Text(Columns.VillageKind)),
                row.OptionalCode(Columns.OldCode), row.Workflow(), row.Row);
        });
        var families = ReadSheet(RegisterSchema.Families, row => new TitleEntry(Title.Family,
            row.RequiredCode(Columns.HouseholdCode), row.Text(Columns.HouseholdHead), row.RequiredCode(Columns.VillageCode),
            null, null, row.OptionalCode(Columns.OldCode), row.Workflow(), row.Row));
        var clans = ReadSheet(RegisterSchema.Clans, row => new TitleEntry(Title.Clan,
            row.RequiredCode(Columns.ClanCode), row.Text(Columns.ClanName), row.RequiredCode(Columns.VillageCode),
            row.WholeNumber(Columns.Households), null, row.OptionalCode(Columns.OldCode), row.Workflow(), row.Row));
        var units = ReadSheet(RegisterSchema.Units, row => new TitleEntry(Title.LearningUnit,
            row.RequiredCode(Columns.UnitCode), row.Text(Columns.UnitName), null,
            null, NullIfEmpty(row.Text(Columns.UnitType)), row.OptionalCode(Columns.OldCode), row.Workflow(), row.Row));

        // A household's village is the village row it names, however its zeros were typed: it is
        // counted under the code the village row gives, so a village is never split in two.
        var listedVillages = villages.GroupBy(v => EntityCodes.Canonical(v.Entry.Code)).ToDictionary(g => g.Key, g => g.First());
        families = families.Select(f => WithVillageOfRow(f, listedVillages)).ToList();
        clans = clans.Select(c => WithVillageOfRow(c, listedVillages)).ToList();
        CheckHouseholdCounts(villages, families);
        foreach (var member in families.Concat(clans))
        {
            var village = member.Entry.VillageCode!;
            var listed = listedVillages.GetValueOrDefault(EntityCodes.Canonical(village));
            if (village.Length == 0 || listed is { Errors.Count: 0 })
                continue;
            member.Errors.Add(listed is not null
                ? new(Columns.VillageCode, RowRule.VillageRejected,
                    $"Dòng của thôn \"{village}\" trong sheet {RegisterSchema.VillageSheet} bị lỗi; sửa dòng thôn trước.",
                    $"The row of village \"{village}\" in sheet {RegisterSchema.VillageSheet} is rejected; fix it first.")
                : new(Columns.VillageCode, RowRule.VillageUnknown,
                    $"Mã thôn \"{village}\" không có trong sheet {RegisterSchema.VillageSheet}.",
                    $"Village \"{village}\" is not listed in sheet {RegisterSchema.VillageSheet}."));
        }

        Collect(RegisterSchema.Villages, villages);
        Collect(RegisterSchema.Families, families);
        Collect(RegisterSchema.Clans, clans);
        Collect(RegisterSchema.Units, units);

        void Collect(SheetSpec spec, List<Candidate> candidates)
        {
            foreach (var candidate in candidates)
            {
                if (candidate.Reader.Warnings.Count > 0)
                    collector.Warn(spec.Name, candidate.Row, spec.Title, header.UnitCode, candidate.Reader.Warnings, candidate.Reader.Cells(spec));
                if (candidate.Errors.Count == 0)
                    collector.Accept(candidate.Entry);
                else
                    collector.Reject(spec.Name, candidate.Row, spec.Title, header.UnitCode, candidate.Errors, candidate.Reader.Cells(spec));
            }
        }
    }

    /// <summary>Households not listed are allowed; more listed than the village has is an error of the village row.</summary>
    private static void CheckHouseholdCounts(List<Candidate> villages, List<Candidate> families)
    {
        var listed = families.GroupBy(f => f.Entry.VillageCode!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var village in villages)
        {
            if (village.Entry.HouseholdCount is { } households && listed.TryGetValue(village.Entry.Code, out var count) && count > households)
                village.Errors.Add(new(Columns.Households, RowRule.HouseholdsOverflow,
                    $"Thôn có {households} hộ nhưng sheet {RegisterSchema.FamilySheet} liệt kê {count} hộ.",
                    $"The village has {households} households but sheet {RegisterSchema.FamilySheet} lists {count}."));
        }
    }

    private static Candidate WithVillageOfRow(Candidate member, IReadOnlyDictionary<string, Candidate> villages) =>
        villages.GetValueOrDefault(EntityCodes.Canonical(member.Entry.VillageCode!)) is { } village && village.Entry.Code != member.Entry.VillageCode
            ? member with { Entry = member.Entry with { VillageCode = village.Entry.Code } }
            : member;

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
