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

File.WriteAllLines(Path.Combine(root, "expected.csv"), expected, new UTF8Encoding(false));
Console.WriteLine($"{expected.Count - 1} cases written to {root}");

