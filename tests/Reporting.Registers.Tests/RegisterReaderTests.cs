using System.Text;
using OfficeOpenXml;
using Reporting.Domain.Circular44;
using Reporting.Domain.Registers;
using Reporting.Domain.Titles;
using Reporting.Registers.Reading;
using Reporting.Registers.Schema;
using Reporting.Testing;

namespace Reporting.Registers.Tests;

[TestClass]
public sealed class RegisterReaderTests
{
    private const string Commune = "23272";
    private const int Year = 2018;
    private static readonly RegisterReader Reader = new(RegisterReadingContext.Default);
    private readonly EditedRegisters _registers = new();
    private string _folder = null!;

    [TestInitialize]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("reader-").FullName;

    [TestCleanup]
    public void DeleteFolders()
    {
        Directory.Delete(_folder, recursive: true);
        _registers.Dispose();
    }

    private static RegisterBuilder OneVillage() =>
        RegisterBuilder.Commune(Commune, Year).Village("T01", 10, Steps.Recognized(Year));

    private ParsedRegister Read(RegisterBuilder builder, string? expectedUnit = Commune, Action<ExcelPackage>? edit = null) =>
        _registers.Read(builder, edit, expectedUnit);

    private static ExpectedUnit? Expected(string? code) => EditedRegisters.Expected(code);

    private RegisterRejectedException ReadRejected(RegisterBuilder builder, string? expectedUnit = Commune, Action<ExcelPackage>? edit = null) =>
        _registers.ReadRejected(builder, edit, expectedUnit);

    [TestMethod]
    public void Valid_register_yields_every_row_with_its_title()
    {
        var register = Read(OneVillage()
            .Household("0001", "T01", Steps.Recognized(Year))
            .Household("0002", "T01", Steps.None)
            .Clan("DH01", "T01", Steps.Registered(Year))
            .Unit("DV01", Steps.Evaluated(Year, passed: false)));

        Assert.AreEqual(new RegisterHeader(Commune, "Xã Ngũ Phụng", Domain.Units.UnitLevel.Commune, Year, new DateOnly(2019, 4, 15), null), register.Header);
        Assert.IsEmpty(register.Issues);
        CollectionAssert.AreEqual(
            new[] { (Title.Community, "T01"), (Title.Family, "0001"), (Title.Family, "0002"), (Title.Clan, "DH01"), (Title.LearningUnit, "DV01") },
            register.Entries.Select(e => (e.Title, e.Code)).ToArray());
        var household = register.Entries[1];
        Assert.AreEqual("T01", household.VillageCode);
        Assert.AreEqual(new Workflow(true, new DateOnly(2018, 2, 1), 90, EvaluationResult.Passed, new DateOnly(2018, 10, 15),
            true, "15/QĐ-UBND", new DateOnly(2018, 12, 20), null), household.Workflow);
        Assert.AreEqual(10, register.Entries[0].HouseholdCount);
    }

    [TestMethod]
    public void Code_typed_as_a_number_keeps_the_zeros_its_format_shows()
    {
        var register = Read(OneVillage().Household("placeholder", "T01", Steps.None), edit: package =>
        {
            var cell = package.Workbook.Worksheets[RegisterSchema.FamilySheet].Cells[3, 1];
            cell.Value = 12d;
            cell.Style.Numberformat.Format = "0000";
        });
        Assert.AreEqual("0012", register.Entries.Single(e => e.Title == Title.Family).Code);
    }

    [TestMethod]
    public void Names_typed_in_NFD_are_stored_in_NFC()
    {
        var register = Read(OneVillage(), edit: package =>
            package.Workbook.Worksheets[RegisterSchema.VillageSheet].Cells[3, 2].Value = "Thôn Ngũ Phụng".Normalize(NormalizationForm.FormD));
        Assert.AreEqual("Thôn Ngũ Phụng", register.Entries.Single().Name);
        Assert.IsTrue(register.Entries.Single().Name.IsNormalized(NormalizationForm.FormC));
    }

    [TestMethod]
    public void Headers_without_diacritics_in_capitals_are_accepted()
    {
        var register = Read(OneVillage().Household("0001", "T01", Steps.Recognized(Year)), edit: package =>
        {
            var sheet = package.Workbook.Worksheets[RegisterSchema.FamilySheet];
            sheet.Cells[2, 1].Value = "MA HO";
            sheet.Cells[2, 5].Value = "dang ky";
            sheet.Cells[2, 10].Value = "CÔNG NHẬN".Normalize(NormalizationForm.FormD);
        });
        Assert.IsTrue(register.Entries.Single(e => e.Title == Title.Family).Workflow.Recognized);
    }

    [TestMethod]
    public void Title_rows_and_blank_rows_are_skipped()
    {
        var register = Read(OneVillage().Household("0001", "T01", Steps.None), edit: package =>
        {
            var sheet = package.Workbook.Worksheets[RegisterSchema.FamilySheet];
            sheet.InsertRow(1, 3);
            sheet.Cells[1, 1].Value = "SỔ THEO DÕI GIA ĐÌNH HIẾU HỌC";
            sheet.InsertRow(7, 2);
        });
        Assert.AreEqual(1, register.Entries.Count(e => e.Title == Title.Family));
        Assert.IsEmpty(register.Issues);
    }

    [TestMethod]
    public void Header_below_the_tenth_row_is_not_found()
    {
        var rejection = ReadRejected(OneVillage(), edit: package => package.Workbook.Worksheets[RegisterSchema.UnitSheet].InsertRow(1, 9));
        StringAssert.Contains(rejection.MessageVi, "DonVi");
    }

    [TestMethod]
    public void Missing_required_column_rejects_the_file_naming_the_column()
    {
        var rejection = ReadRejected(OneVillage(), edit: package => package.Workbook.Worksheets[RegisterSchema.VillageSheet].DeleteColumn(4));
        StringAssert.Contains(rejection.MessageVi, "\"Số hộ\"");
    }

    [TestMethod]
    public void Missing_sheet_rejects_the_file()
    {
        var path = Path.Combine(_folder, "no-clans.xlsx");
        OneVillage().SaveAs(path, RegisterSchema.ClanSheet);
        var rejection = Assert.ThrowsExactly<RegisterRejectedException>(() => Reader.ReadWorkbook(File.ReadAllBytes(path), Expected(Commune)));
        StringAssert.Contains(rejection.MessageVi, "DongHo");
    }

    [TestMethod]
    public void Register_naming_another_unit_than_its_folder_is_rejected() =>
        StringAssert.Contains(ReadRejected(OneVillage(), expectedUnit: "23275").MessageVi, "23275");

    [TestMethod]
    public void Register_of_a_commune_abolished_that_year_is_rejected() =>
        StringAssert.Contains(ReadRejected(RegisterBuilder.Commune("23002", 2020), expectedUnit: "23002").Message, "not an administrative unit in 2020");

    [TestMethod]
    public void Register_of_a_year_outside_the_programme_is_rejected() =>
        StringAssert.Contains(ReadRejected(RegisterBuilder.Commune(Commune, 2021)).Message, "outside the programme");

    [TestMethod]
    public void Register_without_update_date_is_rejected() =>
        StringAssert.Contains(ReadRejected(OneVillage().WithInfo(RegisterSchema.Info.UpdatedOn, null)).MessageVi, "Ngày cập nhật");

    [TestMethod]
    public void Unreadable_file_is_rejected_as_not_a_workbook()
    {
        var text = Encoding.UTF8.GetBytes("Mã hộ,Chủ hộ\n0001,An");
        StringAssert.Contains(Assert.ThrowsExactly<RegisterRejectedException>(() => Reader.ReadWorkbook(text, Expected(Commune))).MessageVi, "không phải là sổ Excel");
    }

    [TestMethod]
    public void Row_breaking_a_rule_is_rejected_with_sheet_row_column_and_reason()
    {
        var register = Read(OneVillage()
            .Household("0001", "T01", Steps.Recognized(Year))
            .Household("0002", "T01", Steps.RecognizedWithoutRegistration(Year)));

        Assert.AreEqual(1, register.Entries.Count(e => e.Title == Title.Family));
        Assert.AreEqual(1, register.RejectedRowCount);
        var error = register.Issues.First();
        Assert.AreEqual((RegisterSchema.FamilySheet, 4, Title.Family, Commune), (error.Sheet, error.RowNumber, error.Title, error.CommuneCode));
        Assert.AreEqual("rule-1", error.Error.Rule.Code());
        Assert.AreEqual(WorkflowColumns.Recognized, error.Error.Column);
    }

    [TestMethod]
    public void Unreadable_flag_rejects_the_row()
    {
        var register = Read(OneVillage().Household("0001", "T01", ["có lẽ", new DateTime(Year, 2, 1), null, null, null, null, null, null, null]));
        var error = register.Issues.Single().Error;
        Assert.AreEqual(("format", WorkflowColumns.Registered), (error.Rule.Code(), error.Column));
        StringAssert.Contains(error.MessageVi, "có lẽ");
    }

    [TestMethod]
    public void Household_of_a_village_not_in_Thon_is_rejected() =>
        Assert.AreEqual("village-unknown", Read(OneVillage().Household("0001", "T09", Steps.None)).Issues.Single().Error.Rule.Code());

    [TestMethod]
    public void Repeated_code_in_a_sheet_rejects_the_later_row()
    {
        var register = Read(OneVillage().Household("0001", "T01", Steps.None).Household("0001", "T01", Steps.Registered(Year)));
        Assert.AreEqual(("duplicate-code", 4), (register.Issues.Single().Error.Rule.Code(), register.Issues.Single().RowNumber));
        Assert.IsFalse(register.Entries.Single(e => e.Title == Title.Family).Workflow.Registered);
    }

    [TestMethod]
    public void Households_count_must_be_a_whole_number() =>
        Assert.AreEqual(RegisterSchema.Columns.Households,
            Read(RegisterBuilder.Commune(Commune, Year).Village("T01", 10, Steps.None), edit: package =>
                package.Workbook.Worksheets[RegisterSchema.VillageSheet].Cells[3, 4].Value = "mười").Issues.Single().Error.Column);

    [TestMethod]
    public void District_register_yields_its_communes_classification()
    {
        decimal[] good = [7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 6, 6, 6, 6, 6];
        var register = Read(RegisterBuilder.District("602", Year).Assessment("23272", good, "Tốt"), expectedUnit: "602");
        var assessment = register.Assessments.Single();
        Assert.AreEqual(("23272", 100m, Classification.Good), (assessment.CommuneCode, assessment.Total, assessment.Classification));
    }

    [TestMethod]
    public void Assessment_of_a_commune_outside_the_district_is_rejected_and_attributed_to_no_commune()
    {
        decimal[] fair = [5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5];
        var rejected = Read(RegisterBuilder.District("602", Year).Assessment("23231", fair, "Khá"), expectedUnit: "602").Issues.Single();
        Assert.AreEqual(("commune-outside-district", (string?)null), (rejected.Error.Rule.Code(), rejected.CommuneCode));
    }

    [TestMethod]
    public void Assessment_whose_total_disagrees_with_its_criteria_is_rejected()
    {
        decimal[] fair = [5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5];
        var rejected = Read(RegisterBuilder.District("602", Year).Assessment("23272", fair, "Khá", total: 80), expectedUnit: "602").Issues.Single();
        Assert.AreEqual(("circular44-total", "23272"), (rejected.Error.Rule.Code(), rejected.CommuneCode));
    }

    [TestMethod]
    public void Csv_register_with_one_sheet_sent_twice_in_different_case_is_rejected_by_name()
    {
        var sheet = Encoding.UTF8.GetBytes("Mã xã;Năm\n23272;2018\n");

        var rejection = Assert.ThrowsExactly<RegisterRejectedException>(() =>
            Reader.ReadCsv(new Dictionary<string, byte[]> { ["ThongTin"] = sheet, ["thongtin"] = sheet }, Expected(Commune)));

        StringAssert.Contains(rejection.MessageVi, "được gửi hai lần");
    }
}
