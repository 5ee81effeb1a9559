using Reporting.Domain.Registers;
using Reporting.Domain.Titles;
using Reporting.Registers.Schema;
using Columns = Reporting.Registers.Schema.RegisterSchema.Columns;

namespace Reporting.Registers.Reading;

/// <summary>The four title sheets of a commune register, villages first since the others point at them.</summary>
internal static class CommuneSheetReader
{
    public static void Read(
        RegisterHeader header,
        IReadOnlyDictionary<string, SheetLayout> layouts,
        Func<string, IRegisterSheet> sheetNamed,
        RowCollector collector)
    {
        var villages = new HashSet<string>(StringComparer.Ordinal);
        ReadSheet(RegisterSchema.Villages, row =>
        {
            var code = row.RequiredCode(Columns.VillageCode);
            return (code, new TitleEntry(Title.Community, code, row.Text(Columns.VillageName), code,
                row.WholeNumber(Columns.Households), NullIfEmpty(row.Text(Columns.VillageKind)),
                row.OptionalCode(Columns.OldCode), row.Workflow(), row.Row));
        }, accepted => villages.Add(accepted.Code));

        ReadSheet(RegisterSchema.Families, row =>
        {
            var code = row.RequiredCode(Columns.HouseholdCode);
            return (code, new TitleEntry(Title.Family, code, row.Text(Columns.HouseholdHead), Village(row),
                null, null, row.OptionalCode(Columns.OldCode), row.Workflow(), row.Row));
        });

        ReadSheet(RegisterSchema.Clans, row =>
        {
            var code = row.RequiredCode(Columns.ClanCode);
            return (code, new TitleEntry(Title.Clan, code, row.Text(Columns.ClanName), Village(row),
                row.WholeNumber(Columns.Households), null, row.OptionalCode(Columns.OldCode), row.Workflow(), row.Row));
        });

        ReadSheet(RegisterSchema.Units, row =>
        {
            var code = row.RequiredCode(Columns.UnitCode);
            return (code, new TitleEntry(Title.LearningUnit, code, row.Text(Columns.UnitName), null,
                null, NullIfEmpty(row.Text(Columns.UnitType)), row.OptionalCode(Columns.OldCode), row.Workflow(), row.Row));
        });

        string Village(RowReader row)
        {
            var village = row.RequiredCode(Columns.VillageCode);
            if (village.Length > 0 && !villages.Contains(village))
                row.Errors.Add(new(Columns.VillageCode, "village-unknown",
                    $"Mã thôn \"{village}\" không có trong sheet {RegisterSchema.VillageSheet} (hoặc dòng thôn đó bị lỗi).",
                    $"Village \"{village}\" is not a valid row of sheet {RegisterSchema.VillageSheet}."));
            return village;
        }

        void ReadSheet(SheetSpec spec, Func<RowReader, (string Code, TitleEntry Entry)> readRow, Action<TitleEntry>? onAccepted = null)
        {
            var sheet = sheetNamed(spec.Name);
            var layout = layouts[spec.Name];
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var rowNumber = layout.HeaderRow + 1; rowNumber <= sheet.LastRow; rowNumber++)
            {
                var row = new RowReader(sheet, layout, rowNumber);
                if (row.IsBlank)
                    continue;
                var (code, entry) = readRow(row);
                if (code.Length > 0 && !seen.TryAdd(code, rowNumber))
                    row.Errors.Add(new(spec.Columns[0].Header, "duplicate-code",
                        $"Mã \"{code}\" trùng với dòng {seen[code]}.",
                        $"Code \"{code}\" repeats row {seen[code]}."));
                if (row.Errors.Count == 0)
                    row.Errors.AddRange(RowRules.Check(entry.Workflow, header.Year, header.UpdatedOn));
                if (row.Errors.Count > 0)
                {
                    collector.Reject(spec.Name, rowNumber, spec.Title, header.UnitCode, row.Errors);
                    continue;
                }
                collector.Accept(entry);
                onAccepted?.Invoke(entry);
            }
        }
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
