using OfficeOpenXml;
using Reporting.Domain.Registers;
using Reporting.Domain.Titles;
using Reporting.Registers.Schema;
using Reporting.Testing;
using Info = Reporting.Registers.Schema.RegisterSchema.Info;

namespace Reporting.Registers.Tests;

/// <summary>What clerks do to a register in Excel, each read right or refused naming the real cause.</summary>
[TestClass]
public sealed class ClerkHabitsTests
{
    private const int Year = 2018;
    private readonly EditedRegisters _registers = new();

    [TestCleanup]
    public void DeleteFiles() => _registers.Dispose();

    private static RegisterBuilder Commune() => RegisterBuilder.Commune("23272", Year).Village("01", 10, Steps.Recognized(Year));

    private static ExcelWorksheet Families(ExcelPackage package) => package.Workbook.Worksheets[RegisterSchema.FamilySheet];

    [TestMethod]
    public void Household_code_typed_as_a_number_counts_and_is_warned_about()
    {
        var register = _registers.Read(Commune().Household("0001", "01", Steps.Recognized(Year)),
            package => Families(package).Cells[3, 1].Value = 1d);

        var household = register.Entries.Single(e => e.Title == Title.Family);
        Assert.AreEqual("1", household.Code);
        var warning = register.Issues.Single();
        Assert.AreEqual((IssueSeverity.Warning, RowRule.CodeAsNumber, RegisterSchema.FamilySheet, 3, "Mã hộ"),
            (warning.Severity, warning.Error.Rule, warning.Sheet, warning.RowNumber, warning.Error.Column));
        StringAssert.Contains(warning.Error.MessageVi, "\"Mã hộ\" = 1 được gõ dạng số");
    }

    [TestMethod]
    public void Household_naming_its_village_without_the_zeros_is_counted_under_the_village_row()
    {
        var register = _registers.Read(Commune().Household("0001", "01", Steps.Recognized(Year)),
            package => Families(package).Cells[3, 3].Value = 1d);

        Assert.AreEqual("01", register.Entries.Single(e => e.Title == Title.Family).VillageCode);
        Assert.IsEmpty(register.Errors);
    }

    [TestMethod]
    public void Codes_equal_but_for_leading_zeros_are_one_code_twice()
    {
        var register = _registers.Read(Commune().Household("0001", "01", Steps.None).Household("001", "01", Steps.None));

        var duplicate = register.Errors.Single();
        Assert.AreEqual((RowRule.DuplicateCode, 4), (duplicate.Error.Rule, duplicate.RowNumber));
    }

    [TestMethod]
    [DataRow("Tổng cộng")]
    [DataRow("CỘNG")]
    [DataRow("Tổng số:")]
    public void Totals_row_is_skipped_with_a_note_not_an_error(string label)
    {
        var register = _registers.Read(Commune().Household("0001", "01", Steps.Recognized(Year)).Add(RegisterSchema.FamilySheet,
            [label, null, null, null, 1, null, 90]));

        Assert.AreEqual(1, register.Entries.Count(e => e.Title == Title.Family));
        Assert.IsEmpty(register.Issues);
        StringAssert.Contains(register.Notices.Single(), $"dòng cộng 4 (\"{label}\")");
    }

    [TestMethod]
    public void Formula_saved_without_its_value_is_refused_as_such_not_as_missing()
    {
        var register = _registers.Read(Commune(), package =>
        {
            var households = package.Workbook.Worksheets[RegisterSchema.VillageSheet].Cells[3, 4];
            households.Value = null;
            households.Formula = "5+5";
        });

        var error = register.Errors.Single();
        Assert.AreEqual((RowRule.Uncalculated, "Số hộ"), (error.Error.Rule, error.Error.Column));
        StringAssert.Contains(error.Error.MessageVi, "công thức chưa có giá trị: mở tệp bằng Excel và lưu lại");
    }

    [TestMethod]
    public void Info_value_typed_with_its_label_is_read()
    {
        var register = _registers.Read(Commune().WithInfo(Info.Year, "Năm 2018").WithInfo(Info.Level, "Cấp: Xã"));

        Assert.AreEqual(Year, register.Header.Year);
    }

    [TestMethod]
    public void Info_label_and_value_typed_in_one_cell_are_read()
    {
        var register = _registers.Read(Commune(), package =>
        {
            var info = package.Workbook.Worksheets[RegisterSchema.InfoSheet];
            info.Cells[4, 1].Value = "Năm: 2018";
            info.Cells[4, 2].Value = null;
        });

        Assert.AreEqual(Year, register.Header.Year);
    }

    [TestMethod]
    [DataRow(Info.Year, "hai nghìn mười tám")]
    [DataRow(Info.UpdatedOn, "cuối tháng 4")]
    public void Unreadable_info_value_is_quoted_not_called_missing(string label, string typed)
    {
        var rejection = _registers.ReadRejected(Commune().WithInfo(label, typed));

        StringAssert.Contains(rejection.MessageVi, $"\"{label}\" = \"{typed}\" không đọc được");
    }

    [TestMethod]
    public void Info_date_typed_as_text_with_dashes_is_read()
    {
        var register = _registers.Read(Commune().WithInfo(Info.UpdatedOn, "15-04-2019"));

        Assert.AreEqual(new DateOnly(2019, 4, 15), register.Header.UpdatedOn);
    }

    [TestMethod]
    public void Village_code_merged_down_its_households_counts_for_each()
    {
        var register = _registers.Read(Commune().Household("0001", "01", Steps.None).Household("0002", null!, Steps.None).Household("0003", null!, Steps.None),
            package => Families(package).Cells[3, 3, 5, 3].Merge = true);

        CollectionAssert.AreEqual(new[] { "01", "01", "01" }, register.Entries.Where(e => e.Title == Title.Family).Select(e => e.VillageCode).ToArray());
    }

    [TestMethod]
    public void Two_row_header_with_a_merged_group_above_the_column_names_is_read()
    {
        var plain = _registers.Read(Commune().Household("0001", "01", Steps.Recognized(Year)));
        var grouped = _registers.Read(Commune().Household("0001", "01", Steps.Recognized(Year)), package =>
        {
            var sheet = Families(package);
            sheet.InsertRow(2, 1);
            var headers = Enumerable.Range(1, RegisterSchema.Families.Columns.Count).ToDictionary(c => sheet.Cells[3, c].Text, c => c);
            foreach (var (header, column) in headers)
            {
                if (header is "Điểm" or "Kết quả" or "Ngày đánh giá")
                    continue;
                sheet.Cells[2, column].Value = header;
                sheet.Cells[3, column].Value = null;
                sheet.Cells[2, column, 3, column].Merge = true;
            }
            sheet.Cells[2, headers["Điểm"]].Value = "Đánh giá";
            sheet.Cells[2, headers["Điểm"], 2, headers["Ngày đánh giá"]].Merge = true;
        });

        Assert.IsEmpty(grouped.Issues);
        var families = grouped.Entries.Where(e => e.Title == Title.Family).Select(e => e with { SourceRow = e.SourceRow - 1 });
        CollectionAssert.AreEqual(plain.Entries.Where(e => e.Title == Title.Family).ToArray(), families.ToArray());
    }

    [TestMethod]
    [DataRow("v")]
    [DataRow("✔")]
    [DataRow("☑")]
    [DataRow("  x ")]
    public void Flags_typed_the_ways_clerks_tick_are_read(string tick)
    {
        var register = _registers.Read(Commune().Household("0001", "01", ["x", new DateTime(Year, 2, 1), null, null, null, null, null, null, null]),
            package => Families(package).Cells[3, 5].Value = tick);

        Assert.IsTrue(register.Entries.Single(e => e.Title == Title.Family).Workflow.Registered);
    }
}
