using Reporting.Domain.Circular44;
using Reporting.Domain.Registers;
using Reporting.Domain.Titles;
using Reporting.Registers.Schema;
using Columns = Reporting.Registers.Schema.RegisterSchema.Columns;

namespace Reporting.Registers.Reading;

/// <summary>The <c>CDHT_Xa</c> sheet of a district register: Circular 44 scores of its communes.</summary>
internal static class AssessmentSheetReader
{
    public static void Read(RegisterHeader header, IRegisterSheet sheet, SheetLayout layout, RegisterReadingContext context, RowCollector collector)
    {
        collector.NoticeUnknownColumns(sheet.Name, layout);
        var spec = RegisterSchema.Assessments(context.Scale.CriterionCount);
        var communes = context.Units.ChildrenOf(header.UnitCode, header.Year).Select(u => u.Code).ToHashSet(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var totals = new List<(int, string)>();
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
            var commune = row.RequiredCode(Columns.CommuneCode);
            var inDistrict = communes.Contains(commune);
            if (commune.Length > 0 && !inDistrict)
                row.Errors.Add(new(Columns.CommuneCode, RowRule.CommuneOutsideDistrict,
                    $"Mã xã \"{commune}\" không thuộc {header.UnitName} năm {header.Year}.",
                    $"Commune \"{commune}\" is not in district {header.UnitCode} in {header.Year}."));
            else if (commune.Length > 0 && !seen.TryAdd(commune, rowNumber))
                row.Errors.Add(new(Columns.CommuneCode, RowRule.DuplicateCode,
                    $"Mã xã \"{commune}\" trùng với dòng {seen[commune]}.",
                    $"Commune \"{commune}\" repeats row {seen[commune]}."));

            var criteria = Enumerable.Range(1, context.Scale.CriterionCount).Select(i => row.RequiredNumber($"TC{i}")).ToList();
            var total = row.RequiredNumber(Columns.Total);
            var classification = ReadClassification(row);
            var evaluatedOn = row.Date(WorkflowColumns.EvaluatedOn);
            if (row.Errors.Count == 0 && classification is { } stated)
                row.Errors.AddRange(context.Scale.Check(criteria, total, stated));
            if (evaluatedOn is { } day && day > header.UpdatedOn)
                row.Errors.Add(new(WorkflowColumns.EvaluatedOn, RowRule.AfterUpdate,
                    $"Ngày đánh giá {day:dd/MM/yyyy} sau ngày cập nhật sổ {header.UpdatedOn:dd/MM/yyyy}.",
                    $"Evaluated on {day:yyyy-MM-dd}, later than the register's update date {header.UpdatedOn:yyyy-MM-dd}."));

            if (row.Warnings.Count > 0)
                collector.Warn(spec.Name, rowNumber, Title.CommuneCommunity, inDistrict ? commune : null, row.Warnings, row.Cells(spec));
            if (row.Errors.Count > 0)
            {
                collector.Reject(spec.Name, rowNumber, Title.CommuneCommunity, inDistrict ? commune : null, row.Errors, row.Cells(spec));
                continue;
            }
            collector.Accept(new CommuneAssessment(commune, row.Text(Columns.CommuneName), criteria, total,
                classification!.Value, evaluatedOn, row.OptionalCode(WorkflowColumns.DecisionNumber), rowNumber));
        }
        collector.NoticeTotalsRows(spec.Name, totals);
    }

    private static Classification? ReadClassification(RowReader row)
    {
        var text = row.Text(Columns.Classification);
        Classification? classification = TextNormalizer.Fold(text) switch
        {
            "tot" => Classification.Good,
            "kha" => Classification.Fair,
            "trung binh" => Classification.Average,
            "khong xep loai" => Classification.Unclassified,
            _ => null,
        };
        if (classification is null)
            row.Errors.Add(new(Columns.Classification, RowRule.Format,
                $"\"{Columns.Classification}\" = \"{text}\" không hợp lệ: cần Tốt, Khá, Trung bình hoặc Không xếp loại.",
                $"\"{Columns.Classification}\" = \"{text}\" is invalid: expected Tốt, Khá, Trung bình or Không xếp loại."));
        return classification;
    }
}
