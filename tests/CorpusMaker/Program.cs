using System.IO.Compression;
using System.Text;
using OfficeOpenXml;
using Reporting.Registers.Schema;
using Reporting.Testing;

// The faulty-register corpus: each case is a real file and the exact outcome it must produce,
// declared here by hand (file, outcome, sheet, row, column, rule, a fragment of the Vietnamese
// message). Tests read tests/Corpus/expected.csv; they never run this program.
var root = Path.GetFullPath(args.Length > 0 ? args[0] : "tests/Corpus");
if (Directory.Exists(root))
    Directory.Delete(root, recursive: true);
var expected = new List<string> { "file,outcome,sheet,row,column,rule,message" };
const int Y = 2018;

string Commune(string code, string name) => Path.Combine(root, "communes", code, name);
string District(string code, string name) => Path.Combine(root, "districts", code, name);
void Expect(string path, string outcome, string sheet = "", int row = 0, string column = "", string rule = "", string message = "") =>
    expected.Add(string.Join(',', Path.GetRelativePath(root, path).Replace('\\', '/'), outcome, sheet, row == 0 ? "" : row.ToString(), column, rule, message));
RegisterBuilder Valid(string code = "23272", int year = Y) =>
    RegisterBuilder.Commune(code, year).Village("T01", 10, Steps.Recognized(year)).Household("0001", "T01", Steps.Recognized(year));
string Save(RegisterBuilder builder, string path, Action<ExcelPackage>? edit = null)
{
    builder.SaveAs(path);
    if (edit is not null)
    {
        using var package = new ExcelPackage(new FileInfo(path));
        edit(package);
        package.Save();
    }
    return path;
}
byte[] ValidBytes()
{
    var temporary = Path.GetTempFileName() + ".xlsx";
    Save(Valid(), temporary);
    var bytes = File.ReadAllBytes(temporary);
    File.Delete(temporary);
    return bytes;
}
void Write(string path, byte[] bytes)
{
    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
    File.WriteAllBytes(path, bytes);
}
object?[] Flow(object? registered, object? registeredOn, object? score, object? result, object? evaluatedOn, object? recognized = null, object? decision = null, object? recognizedOn = null) =>
    [registered, registeredOn, score, result, evaluatedOn, recognized, decision, recognizedOn, null];

// Whole files that are not readable registers.
var path = Commune("23272", "23272_2018_f01_text.xlsx");
Write(path, Encoding.UTF8.GetBytes("Mã hộ;Chủ hộ\n0001;Nguyễn Văn An\n"));
Expect(path, "rejected", message: "không phải là sổ Excel");

path = Commune("23272", "23272_2018_f02_corrupt.xlsx");
var corrupt = ValidBytes();
for (var i = corrupt.Length / 3; i < corrupt.Length / 3 + 400; i++)
    corrupt[i] ^= 0x5A;
Write(path, corrupt);
Expect(path, "rejected", message: "bị hỏng");

path = Commune("23272", "23272_2018_f03_truncated.xlsx");
Write(path, ValidBytes()[..(ValidBytes().Length / 2)]);
Expect(path, "rejected", message: "bị hỏng");

path = Commune("23272", "23272_2018_f04_legacy.xlsx");
Write(path, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[4088]]);
Expect(path, "rejected", message: ".xls");

path = Commune("23272", "23272_2018_f05_password.xlsx");
Save(Valid(), path, package => { package.Encryption.IsEncrypted = true; package.Encryption.Password = "khuyenhoc"; });
Expect(path, "rejected", message: "mật khẩu");

path = Commune("23272", "23272_2018_f06_many_entries.xlsx");
using (var zip = new MemoryStream())
{
    using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
    {
        foreach (var name in new[] { "[Content_Types].xml", "xl/workbook.xml" })
            archive.CreateEntry(name);
        for (var i = 0; i < 1_500; i++)
            archive.CreateEntry($"xl/media/image{i}.png");
    }
    Write(path, zip.ToArray());
}
Expect(path, "rejected", message: "nén bất thường");

path = Commune("23272", "23272_2018_f07_bomb.xlsx");
using (var zip = new MemoryStream())
{
    using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
    {
        archive.CreateEntry("[Content_Types].xml");
        archive.CreateEntry("xl/workbook.xml");
        using var entry = archive.CreateEntry("xl/worksheets/sheet1.xml", System.IO.Compression.CompressionLevel.SmallestSize).Open();
        var zeros = new byte[1 << 20];
        for (var i = 0; i < 260; i++)
            entry.Write(zeros);
    }
    Write(path, zip.ToArray());
}
Expect(path, "rejected", message: "nén bất thường");

path = Commune("23272", "23272_2018_f08_empty.xlsx");
Write(path, []);
Expect(path, "rejected", message: "Tệp rỗng");

path = Commune("23272", "23272_2018_f09_docx.xlsx");
using (var zip = new MemoryStream())
{
    using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
    {
        archive.CreateEntry("[Content_Types].xml");
        archive.CreateEntry("word/document.xml");
    }
    Write(path, zip.ToArray());
}
Expect(path, "rejected", message: "không phải là sổ Excel");

// Workbooks that may not speak for this unit or year, or lack what every register must have.
path = Commune("23272", "23272_2018_f10_no_clans.xlsx");
Directory.CreateDirectory(Path.GetDirectoryName(path)!);
Valid().SaveAs(path, RegisterSchema.ClanSheet);
Expect(path, "rejected", message: "Thiếu sheet \"DongHo\"");

path = Save(Valid(), Commune("23272", "23272_2018_f11_no_households_column.xlsx"), p => p.Workbook.Worksheets[RegisterSchema.VillageSheet].DeleteColumn(4));
Expect(path, "rejected", message: "thiếu cột bắt buộc: \"Số hộ\"");

path = Save(Valid("23275"), Commune("23272", "23272_2018_f12_other_commune.xlsx"));
Expect(path, "rejected", message: "Sổ ghi mã đơn vị 23275");

path = Save(Valid(year: 2021), Commune("23272", "23272_2021_f13_year_2021.xlsx"));
Expect(path, "rejected", message: "nằm ngoài thời kỳ 2016–2020");

path = Save(Valid("23002", 2020), Commune("23002", "23002_2020_f14_abolished.xlsx"));
Expect(path, "rejected", message: "không có trong danh mục đơn vị hành chính năm 2020");

path = Save(Valid().WithInfo(RegisterSchema.Info.UpdatedOn, null), Commune("23272", "23272_2018_f15_no_update_date.xlsx"));
Expect(path, "rejected", message: "thiếu \"Ngày cập nhật\"");

path = Save(Valid().WithInfo(RegisterSchema.Info.Level, "Huyện"), Commune("23272", "23272_2018_f16_level.xlsx"));
Expect(path, "rejected", message: "không phải cấp \"Huyện\"");

path = Save(RegisterBuilder.District("602", Y), Commune("23272", "23272_2018_f17_district_register.xlsx"));
Expect(path, "rejected", message: "Sổ ghi mã đơn vị 602");

// Rows that break a rule: the file is partly accepted, the row is rejected.
void RowCase(string name, RegisterBuilder builder, string sheet, int row, string column, string rule, string message, Action<ExcelPackage>? edit = null, string code = "23272")
{
    var file = Save(builder, Commune(code, $"{code}_2018_{name}.xlsx"), edit);
    Expect(file, "partly_accepted", sheet, row, column, rule, message);
}
RowCase("r01_recognised_not_registered", Valid().Household("0002", "T01", Steps.RecognizedWithoutRegistration(Y)),
    "GiaDinh", 4, "Công nhận", "rule-1", "Đã công nhận nhưng chưa đăng ký");
RowCase("r02_evaluated_not_registered", Valid().Household("0002", "T01", Flow(null, null, 50, "Không đạt", new DateTime(Y, 10, 1))),
    "GiaDinh", 4, "Kết quả", "rule-2", "Có kết quả đánh giá nhưng chưa đăng ký");
RowCase("r03_evaluated_before_registered", Valid().Household("0002", "T01", Flow("x", new DateTime(Y, 9, 1), 80, "Đạt", new DateTime(Y, 3, 1))),
    "GiaDinh", 4, "Ngày đánh giá", "rule-3", "trước ngày đăng ký");
RowCase("r04_recognised_too_late", Valid().Household("0002", "T01", Flow("x", new DateTime(Y, 2, 1), 80, "Đạt", new DateTime(Y, 10, 1), "x", "9/QĐ-UBND", new DateTime(Y + 1, 4, 2))),
    "GiaDinh", 4, "Ngày công nhận", "rule-3", "đến hết 31/03/2019");
// An earlier update date than the other 23272 cases would make it a superseded version: it gets a commune of its own.
RowCase("r05_after_update", Valid("22972").Household("0002", "T01", Flow("x", new DateTime(Y, 2, 1), 80, "Đạt", new DateTime(Y, 10, 1), "x", "9/QĐ-UBND", new DateTime(Y + 1, 3, 30)))
        .WithInfo(RegisterSchema.Info.UpdatedOn, new DateTime(Y + 1, 3, 1)),
    "GiaDinh", 4, "Ngày công nhận", "rule-4", "sau ngày cập nhật sổ", code: "22972");
RowCase("r06_score_120", Valid().Household("0002", "T01", Flow("x", new DateTime(Y, 2, 1), 120, "Đạt", new DateTime(Y, 10, 1))),
    "GiaDinh", 4, "Điểm", "rule-5", "phải từ 0 đến 100");
RowCase("r07_flag_unreadable", Valid().Household("0002", "T01", Flow("có lẽ", new DateTime(Y, 2, 1), null, null, null)),
    "GiaDinh", 4, "Đăng ký", "format", "\"có lẽ\" không đọc được");
RowCase("r08_date_unreadable", Valid().Household("0002", "T01", Flow("x", "32/01/2018", null, null, null)),
    "GiaDinh", 4, "Ngày đăng ký", "format", "\"32/01/2018\" không đọc được");
RowCase("r09_result_unreadable", Valid().Household("0002", "T01", Flow("x", new DateTime(Y, 2, 1), 80, "Tốt", new DateTime(Y, 10, 1))),
    "GiaDinh", 4, "Kết quả", "format", "\"Tốt\" không đọc được");
RowCase("r10_duplicate_household", Valid().Household("0001", "T01", Steps.None),
    "GiaDinh", 4, "Mã hộ", "duplicate-code", "trùng với dòng 3");
RowCase("r11_unknown_village", Valid().Household("0002", "T09", Steps.None),
    "GiaDinh", 4, "Mã thôn", "village-unknown", "Mã thôn \"T09\" không có trong sheet Thon");
RowCase("r12_more_households_than_village", RegisterBuilder.Commune("23272", Y).Village("T01", 10, Steps.None).Village("T02", 1, Steps.None)
        .Household("0001", "T01", Steps.None).Household("0002", "T02", Steps.None).Household("0003", "T02", Steps.None),
    "Thon", 4, "Số hộ", "households-overflow", "Thôn có 1 hộ nhưng sheet GiaDinh liệt kê 2 hộ");
RowCase("r13_registered_without_date", Valid().Household("0002", "T01", Flow("x", null, null, null, null)),
    "GiaDinh", 4, "Ngày đăng ký", "required", "bắt buộc khi đã đăng ký");
RowCase("r14_households_not_a_number", Valid(), "Thon", 3, "Số hộ", "format", "cần một số nguyên không âm",
    p => p.Workbook.Worksheets[RegisterSchema.VillageSheet].Cells[3, 4].Value = "mười");
RowCase("r15_clan_of_unknown_village", Valid().Clan("DH01", "T07", Steps.None),
    "DongHo", 3, "Mã thôn", "village-unknown", "Mã thôn \"T07\"");
RowCase("r16_recognised_without_decision", Valid().Unit("DV01", Flow("x", new DateTime(Y, 2, 1), 90, "Đạt", new DateTime(Y, 10, 1), "x", null, new DateTime(Y, 12, 1))),
    "DonVi", 3, "Số quyết định", "required", "bắt buộc khi đã công nhận");
RowCase("r17_missing_code", Valid().Unit("", Steps.None), "DonVi", 3, "Mã đơn vị", "required", "Thiếu \"Mã đơn vị\"");

// District registers: Circular 44 rows.
decimal[] Fair() => [5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5];
void DistrictCase(string name, RegisterBuilder builder, int row, string column, string rule, string message)
{
    var file = Save(builder, District("602", $"602_2018_{name}.xlsx"));
    Expect(file, "partly_accepted", "CDHT_Xa", row, column, rule, message);
}
DistrictCase("d01_total", RegisterBuilder.District("602", Y).Assessment("23275", Fair(), "Khá").Assessment("23272", Fair(), "Khá", total: 80),
    4, "Tổng điểm", "circular44-total", "khác tổng các tiêu chí 75");
DistrictCase("d02_class", RegisterBuilder.District("602", Y).Assessment("23272", Fair(), "Tốt"),
    3, "Xếp loại", "circular44-class", "75 điểm là \"Khá\"");
DistrictCase("d03_criterion", RegisterBuilder.District("602", Y).Assessment("23272", [8, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5], "Khá"),
    3, "TC1", "circular44-criterion", "vượt quá khoảng 0–7 điểm");
DistrictCase("d04_outside_district", RegisterBuilder.District("602", Y).Assessment("23231", Fair(), "Khá"),
    3, "Mã xã", "commune-outside-district", "không thuộc Huyện Phú Quí");
DistrictCase("d05_class_unreadable", RegisterBuilder.District("602", Y).Assessment("23272", Fair(), "Xuất sắc"),
    3, "Xếp loại", "format", "\"Xuất sắc\" không hợp lệ");

// Registers sent as CSV, one file per sheet.
void Csv(string folder, string register, string sheet, string text, Encoding encoding)
{
    var file = Path.Combine(folder, $"{register}_{sheet}.csv");
    Write(file, [.. encoding.GetPreamble(), .. encoding.GetBytes(text)]);
}
var csvFolder = Path.Combine(root, "communes", "23275");
Csv(csvFolder, "23275_2018", "ThongTin", "Mã đơn vị;23275\nCấp;Xã\nNăm;2018\nNgày cập nhật;15/04/2019\n", new UTF8Encoding(true));
Csv(csvFolder, "23275_2018", "Thon", "Mã thôn;Tên thôn;Loại;Số hộ;Đăng ký;Ngày đăng ký;Kết quả;Ngày đánh giá;Công nhận;Số quyết định;Ngày công nhận\nT01;\"Thôn 1; Long Hải\";thôn;5;x;01/02/2018;Đạt;15/10/2018;x;12/QĐ-UBND;20/12/2018\n", new UTF8Encoding(true));
Csv(csvFolder, "23275_2018", "GiaDinh", "Mã hộ;Chủ hộ;Mã thôn;Đăng ký;Ngày đăng ký;Kết quả;Ngày đánh giá;Công nhận;Số quyết định;Ngày công nhận\n0001;Lê Văn Hải;T01;x;2018-02-01;Đạt;2018-10-15;x;12/QĐ-UBND;2018-12-20\n0002;Phạm Thị Lan;T01;có lẽ;;;;;;\n", new UTF8Encoding(false));
Csv(csvFolder, "23275_2018", "DongHo", "Mã dòng họ,Tên dòng họ,Mã thôn,Số hộ,Đăng ký,Ngày đăng ký,Kết quả,Ngày đánh giá,Công nhận,Số quyết định,Ngày công nhận\n", new UTF8Encoding(false));
Csv(csvFolder, "23275_2018", "DonVi", "Mã đơn vị,Tên đơn vị,Loại hình,Đăng ký,Ngày đăng ký,Kết quả,Ngày đánh giá,Công nhận,Số quyết định,Ngày công nhận\n", new UTF8Encoding(false));
expected.Add("communes/23275/23275_2018_*.csv,partly_accepted,GiaDinh,3,Đăng ký,format,\"có lẽ\" không đọc được");

var latin = Encoding.Latin1;
var badCsv = Path.Combine(root, "communes", "23278");
Csv(badCsv, "23278_2018", "ThongTin", "Mã đơn vị;23278\nCấp;Xã\nNăm;2018\nNgày cập nhật;15/04/2019\n", latin);
expected.Add("communes/23278/23278_2018_*.csv,rejected,,,,,không phải mã UTF-8");

// A commune typed on several machines: NFD text, Ð for Đ, non-breaking spaces and zero-width
// characters around codes. All of it must read as if typed cleanly.
path = Save(RegisterBuilder.Commune("23278", 2019).Village("T01", 10, Steps.Recognized(2019)).Household("0001", "T01", Steps.Recognized(2019)),
    Commune("23278", "23278_2019_u01_unicode.xlsx"), p =>
    {
        var villages = p.Workbook.Worksheets[RegisterSchema.VillageSheet];
        villages.Cells[2, 6].Value = "Ðăng ký";
        villages.Cells[3, 2].Value = "Thôn Tam Thanh".Normalize(NormalizationForm.FormD);
        var households = p.Workbook.Worksheets[RegisterSchema.FamilySheet];
        households.Cells[2, 1].Value = "MÃ HỘ".Normalize(NormalizationForm.FormD);
        households.Cells[3, 1].Value = "\u200B0001\u00A0";
        households.Cells[3, 2].Value = "Nguyễn\u00A0Thị  Ánh".Normalize(NormalizationForm.FormD);
        households.Cells[3, 3].Value = "T01\uFEFF";
    });
Expect(path, "accepted");

// Registers as other programs save them, and as clerks type them (issue 18). Each case has a
// commune of its own, so that no case is another's newer version when the corpus is pulled.
const int R = ClerkRegister.Year;
RegisterBuilder Rich(string code) => ClerkRegister.Of(code);
void Names(ExcelPackage p, Func<string, string> typed, string font) => ClerkRegister.RetypeNames(p, typed, font);
void ExpectNotice(string file, string message) => Expect(file, "accepted", rule: "notice", message: message);
var scratch = Directory.CreateTempSubdirectory("corpus-").FullName;
string Scratch(string name) => Path.Combine(scratch, name);

// o: the same register written by LibreOffice Calc (as .xls, .ods and .xlsx) and by the Open XML SDK.
foreach (var (code, name, filter) in new[]
{
    ("22915", "o01_libreoffice.xls", "xls:MS Excel 97"),
    ("22918", "o02_libreoffice.ods", "ods"),
    ("22921", "o03_libreoffice.xlsx", "xlsx:Calc MS Excel 2007 XML"),
})
{
    var source = Save(Rich(code), Scratch($"{code}.xlsx"));
    path = Commune(code, $"{code}_{R}_{name}");
    LibreOfficeWriter.SaveAs(source, filter, path);
    Expect(path, "accepted");
}
path = Commune("22924", $"22924_{R}_o04_openxml_sdk.xlsx");
string D(int month, int day) => $"{day:00}/{month:00}/{R}";
OpenXmlSdkWriter.Save(path,
[
    ("ThongTin", [["Mã đơn vị", "22924"], ["Cấp", "Xã"], ["Năm", R], ["Ngày cập nhật", $"15/04/{R + 1}"]]),
    ("Thon", [["Danh sách thôn"], [.. RegisterSchema.Villages.Columns.Select(c => c.Header)],
        ["01", "Thôn Phú Hòa", "thôn", 12, null, "x", D(2, 1), 90, "Đạt", D(10, 15), "x", "15/QĐ-UBND", D(12, 20)]]),
    ("GiaDinh", [["Danh sách hộ"], [.. RegisterSchema.Families.Columns.Select(c => c.Header)],
        ["0001", new OpenXmlSdkWriter.RichText("Nguyễn", " Văn An"), "01", null, "x", D(2, 1), 90, "Đạt", D(10, 15), "x", "15/QĐ-UBND", D(12, 20)]]),
    ("DongHo", [["Danh sách dòng họ"], [.. RegisterSchema.Clans.Columns.Select(c => c.Header)]]),
    ("DonVi", [["Danh sách đơn vị"], [.. RegisterSchema.Units.Columns.Select(c => c.Header)]]),
]);
Expect(path, "accepted");

// t: names typed in the legacy encodings, by font and (in .xls, which keeps no font we read) by character.
string Tcvn3(string text) => LegacyTyping.Tcvn3(text);
path = Save(Rich("22927"), Commune("22927", $"22927_{R}_t01_tcvn3.xlsx"), p => Names(p, Tcvn3, ".VnTime"));
ExpectNotice(path, "Sheet Thon: 2 ô gõ bằng bảng mã TCVN3 — đã chuyển sang Unicode");
var tcvn3Source = Save(Rich("22930"), Scratch("tcvn3.xlsx"), p =>
{
    Names(p, Tcvn3, ".VnTime");
    p.Workbook.Worksheets[RegisterSchema.FamilySheet].Name = Tcvn3("Gia đình");
});
path = Commune("22930", $"22930_{R}_t02_tcvn3.xls");
LibreOfficeWriter.SaveAs(tcvn3Source, "xls:MS Excel 97", path);
ExpectNotice(path, "Sheet Gia đình (tên gõ là \"Gia ®×nh\"): 5 ô gõ bằng bảng mã TCVN3");
path = Commune("22933", $"22933_{R}_t03_tcvn3.ods");
LibreOfficeWriter.SaveAs(Save(Rich("22933"), Scratch("tcvn3-ods.xlsx"), p => Names(p, Tcvn3, ".VnTime")), "ods", path);
ExpectNotice(path, "Sheet GiaDinh: 5 ô gõ bằng bảng mã TCVN3");
path = Save(Rich("22936"), Commune("22936", $"22936_{R}_t04_vni.xlsx"), p => Names(p, LegacyTyping.Vni, "VNI-Times"));
ExpectNotice(path, "Sheet GiaDinh: 5 ô gõ bằng bảng mã VNI-Windows");

// h: clerks' habits.
path = Save(Rich("22939"), Commune("22939", $"22939_{R}_h01_numeric_codes.xlsx"), p =>
{
    var families = p.Workbook.Worksheets[RegisterSchema.FamilySheet];
    for (var row = 3; row <= 6; row++)
        families.Cells[row, 1].Value = (double)(row - 2);
});
Expect(path, "accepted", "GiaDinh", 3, "Mã hộ", "code-as-number", "\"Mã hộ\" = 1 được gõ dạng số");
path = Save(Rich("22942").Add(RegisterSchema.FamilySheet, ["Tổng cộng", null, null, null, 3, null, null, null, null, 1]),
    Commune("22942", $"22942_{R}_h02_totals_row.xlsx"));
ExpectNotice(path, "Sheet GiaDinh: bỏ qua dòng cộng 7 (\"Tổng cộng\")");
path = Save(Rich("22945"), Commune("22945", $"22945_{R}_h03_uncalculated.xlsx"), p =>
{
    var households = p.Workbook.Worksheets[RegisterSchema.VillageSheet].Cells[3, 4];
    households.Value = null;
    households.Formula = "6+6";
});
Expect(path, "partly_accepted", "Thon", 3, "Số hộ", "uncalculated", "công thức chưa có giá trị: mở tệp bằng Excel và lưu lại");
path = Save(Rich("22948"), Commune("22948", $"22948_{R}_h04_sheet_names.xlsx"), p =>
{
    foreach (var (sheet, typed) in new[] { ("ThongTin", "Thông tin"), ("Thon", "Thôn"), ("GiaDinh", "GIA DINH"), ("DongHo", "Dòng họ"), ("DonVi", "don vi") })
        p.Workbook.Worksheets[sheet].Name = typed;
});
Expect(path, "accepted");
path = Save(Rich("22951"), Commune("22951", $"22951_{R}_h05_merged_cells.xlsx"), p =>
{
    var families = p.Workbook.Worksheets[RegisterSchema.FamilySheet];
    families.Cells[4, 3].Value = null;
    families.Cells[3, 3, 4, 3].Merge = true;
    families.InsertRow(2, 1);
    foreach (var column in Enumerable.Range(1, RegisterSchema.Families.Columns.Count).Where(c => families.Cells[3, c].Text is not ("Điểm" or "Kết quả" or "Ngày đánh giá")))
    {
        families.Cells[2, column].Value = families.Cells[3, column].Value;
        families.Cells[3, column].Value = null;
        families.Cells[2, column, 3, column].Merge = true;
    }
    families.Cells[2, 7].Value = "Đánh giá";
    families.Cells[2, 7, 2, 9].Merge = true;
});
Expect(path, "accepted");
path = Save(Rich("22954").WithInfo(RegisterSchema.Info.Year, $"Năm {R}").WithInfo(RegisterSchema.Info.UpdatedOn, "15-04-20"), Commune("22954", $"22954_{R}_h06_dates_as_text.xlsx"), p =>
{
    var villages = p.Workbook.Worksheets[RegisterSchema.VillageSheet];
    villages.Cells[3, 7].Value = "01.02.2019";
    villages.Cells[3, 10].Value = "15-10-19";
    villages.Cells[3, 13].Value = "2019/12/20";
});
Expect(path, "accepted");
path = Save(Rich("22957"), Commune("22957", $"22957_{R}_h07_ticks.xlsx"), p =>
{
    var families = p.Workbook.Worksheets[RegisterSchema.FamilySheet];
    families.Cells[3, 5].Value = "✔";
    families.Cells[3, 10].Value = "☑";
    families.Cells[4, 5].Value = " v ";
});
Expect(path, "accepted");
path = Save(Rich("22960").WithInfo(RegisterSchema.Info.Year, "hai không một chín"), Commune("22960", $"22960_{R}_h08_year_unreadable.xlsx"));
Expect(path, "rejected", message: "\"Năm\" = \"hai không một chín\" không đọc được");

// x: files a clerk takes for a register that we do not read, each answered with how to save it.
void Zip(string file, params string[] entries)
{
    using var zip = new MemoryStream();
    using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
    {
        foreach (var entry in entries)
            archive.CreateEntry(entry);
    }
    Write(file, zip.ToArray());
}
path = Commune("22963", $"22963_{R}_x01_binary.xlsb");
Zip(path, "[Content_Types].xml", "xl/workbook.bin", "xl/worksheets/sheet1.bin");
Expect(path, "rejected", message: ".xlsb");
path = Commune("22963", $"22963_{R}_x02_numbers.numbers");
Zip(path, "Index/Document.iwa", "Metadata/Properties.plist");
Expect(path, "rejected", message: "Apple Numbers");
path = Commune("22966", "gia dinh 2019.csv");
Write(path, Encoding.UTF8.GetBytes("Mã hộ;Chủ hộ;Mã thôn\n0001;Nguyễn Văn An;01\n"));
Expect(path, "rejected", message: "văn bản CSV");
path = Commune("22966", $"22966_{R}_x04_web_page.xls");
Write(path, Encoding.UTF8.GetBytes("<html><body><table><tr><td>Mã hộ</td><td>Chủ hộ</td></tr></table></body></html>"));
Expect(path, "rejected", message: "trang web (HTML)");

// Files that cannot be registers: listed as ignored, never read.
foreach (var stray in new[] { "desktop.ini", ".DS_Store", "huong-dan.docx", "anh-hop.png", "~$22966_2019.xlsx" })
{
    path = Commune("22966", stray);
    Write(path, Encoding.UTF8.GetBytes("not a register"));
    Expect(path, "ignored");
}

Directory.Delete(scratch, recursive: true);

File.WriteAllLines(Path.Combine(root, "expected.csv"), expected, new UTF8Encoding(false));
Console.WriteLine($"{expected.Count - 1} cases written to {root}");

