using OfficeOpenXml;
using Reporting.Domain.Titles;
using Reporting.Reports.Excel;
using static Reporting.Reports.Excel.TemplateBuilder;

namespace Reporting.Reports.Monthly;

/// <summary>
/// The default template of the monthly summary (<c>templates/monthly/tong-hop-thang.xlsx</c>). Row 7
/// of each table sheet holds the model rows; see templates/README.md for the placeholders.
/// </summary>
public static class MonthlyTemplate
{
    public const string FileName = "tong-hop-thang.xlsx";
    public const string Summary = "Tổng hợp";
    public const string Communes = "Theo xã";
    public const string Progress = "Tiến độ";
    public const string Submissions = "Nộp sổ";
    public const string Errors = "Lỗi dữ liệu";
    public const string Charts = "Biểu đồ";

    /// <summary>The titles the summary follows month by month (the commune-level title is assessed once a year).</summary>
    public static IReadOnlyList<Title> Titles => TitleKeys.Recognized;

    public const int FirstModelRow = 7;
    /// <summary>STT, Mã, Đơn vị: repeated on every printed page of the figure sheets.</summary>
    public const int UnitColumns = 3;
    private const int FiguresWidth = 3 + 7 * 4;
    private const string OrderNote = "Đơn vị xếp theo mã đơn vị hành chính của Tổng cục Thống kê (thứ tự chính thức). ";

    public static string PathIn(string templatesFolder) => Path.Combine(templatesFolder, "monthly", FileName);

    public static void Write(string path)
    {
        var builder = new TemplateBuilder();
        FiguresSheet(builder, Summary, "TỔNG HỢP KẾT QUẢ XÂY DỰNG XÃ HỘI HỌC TẬP NĂM {year} THEO HUYỆN", grouped: false);
        FiguresSheet(builder, Communes, "KẾT QUẢ XÂY DỰNG XÃ HỘI HỌC TẬP NĂM {year} THEO XÃ", grouped: true);
        ProgressSheet(builder);
        SubmissionsSheet(builder);
        ErrorsSheet(builder);
        builder.Sheet(Charts, 16, "BIỂU ĐỒ KẾT QUẢ NĂM {year} THEO HUYỆN", "{cut_off}");
        builder.SaveAs(path);
    }

    private static void FiguresSheet(TemplateBuilder builder, string name, string title, bool grouped)
    {
        var sheet = builder.Sheet(name, FiguresWidth, title, "{cut_off}");
        UnitHeaders(sheet);
        var kinds = grouped ? new[] { TemplateRowKind.Group, TemplateRowKind.Item, TemplateRowKind.Total } : [TemplateRowKind.Item, TemplateRowKind.Total];
        for (var t = 0; t < Titles.Count; t++)
        {
            var first = 4 + 7 * t;
            var key = Titles[t].Key();
            Header(sheet, 5, first, Titles[t].VietnameseName(), columns: 7);
            string[] headers = [Titles[t].Names().TotalHeader, "Đăng ký", "Tỷ lệ đăng ký", "Công nhận", "Tỷ lệ công nhận", "Chỉ tiêu {target_year}", "So với chỉ tiêu"];
            for (var i = 0; i < headers.Length; i++)
                Header(sheet, 6, first + i, headers[i]);
            for (var k = 0; k < kinds.Length; k++)
            {
                var row = FirstModelRow + k;
                var counts = kinds[k] == TemplateRowKind.Item ? null : "{sum}";
                var c = (Func<int, string>)(offset => ExcelCellBase.GetAddress(row, first + offset));
                Model(sheet, row, first, counts ?? $"{{{key}.eligible}}", kinds[k], Count);
                Model(sheet, row, first + 1, counts ?? $"{{{key}.registered}}", kinds[k], Count);
                Model(sheet, row, first + 2, Share(c(1), c(0)), kinds[k], Rate);
                Model(sheet, row, first + 3, counts ?? $"{{{key}.recognized}}", kinds[k], Count);
                Model(sheet, row, first + 4, Share(c(3), c(0)), kinds[k], Rate);
                Model(sheet, row, first + 5, $"{{{key}.target}}", kinds[k], Rate);
                Model(sheet, row, first + 6, $"=IF(OR({c(4)}=\"\",{c(5)}=\"\"),\"\",ROUND({c(4)}-{c(5)},3))", kinds[k], "+0.0%;-0.0%;0.0%");
            }
        }
        for (var k = 0; k < kinds.Length; k++)
            UnitCells(sheet, FirstModelRow + k, kinds[k], kinds[k] == TemplateRowKind.Total ? "Toàn tỉnh" : "{name}");
        sheet.Row(6).Height = 45;
        Widths(sheet, [5, 7, 26, .. Enumerable.Repeat<double[]>([10, 10, 8.5, 10, 8.5, 8, 9], Titles.Count).SelectMany(w => w)]);
        FreezeHeader(sheet, 5, 6, 3);
        // A title a page, beside the unit columns: A4 landscape at a legible scale.
        PrintAcross(sheet, 3, [.. Enumerable.Range(1, Titles.Count - 1).Select(t => 3 + 7 * t)]);
        Note(sheet, FirstModelRow + kinds.Length + 1, OrderNote
            + "Tỷ lệ đăng ký = đăng ký / tổng số; tỷ lệ công nhận = công nhận / tổng số, làm tròn đến 0,1%. "
            + "Chỉ tiêu năm {target_year} theo Quyết định 281/QĐ-TTg (vùng miền núi có chỉ tiêu riêng); \"so với chỉ tiêu\" âm là còn thấp hơn chỉ tiêu. "
            + "Các dòng cộng và tỷ lệ là công thức Excel.", FiguresWidth);
    }

    /// <summary>
    /// A share rounded to 0.1% half away from zero, as figures.md rounds it. Rounding the share ×1000,
    /// a quotient of integers that is exact at .5, keeps every engine — Excel, LibreOffice, EPPlus's
    /// cached values — on the same side of a half.
    /// </summary>
    private static string Share(string part, string whole) => $"=IF({whole}=0,\"\",ROUND(1000*{part}/{whole},0)/1000)";

    private static void UnitHeaders(ExcelWorksheet sheet)
    {
        Header(sheet, 5, 1, "STT", rows: 2);
        Header(sheet, 5, 2, "Mã", rows: 2);
        Header(sheet, 5, 3, "Đơn vị", rows: 2);
    }

    private static void UnitCells(ExcelWorksheet sheet, int row, TemplateRowKind kind, string name)
    {
        Model(sheet, row, 1, kind switch { TemplateRowKind.Group => "{#group}", TemplateRowKind.Total => "{#total}", _ => "{#item}" }, kind);
        Model(sheet, row, 2, "{code}", kind, text: true);
        Model(sheet, row, 3, name, kind, text: true);
    }

    private static void ProgressSheet(TemplateBuilder builder)
    {
        var width = 3 + 3 * Titles.Count;
        var sheet = builder.Sheet(Progress, width, "TIẾN ĐỘ TRONG THÁNG {month}/{year} THEO HUYỆN", "Những gì mới trong tháng: từ ngày {from} đến ngày {as_of}");
        UnitHeaders(sheet);
        TemplateRowKind[] kinds = [TemplateRowKind.Item, TemplateRowKind.Total];
        for (var t = 0; t < Titles.Count; t++)
        {
            var first = 4 + 3 * t;
            var key = Titles[t].Key();
            Header(sheet, 5, first, Titles[t].VietnameseName(), columns: 3);
            Header(sheet, 6, first, "Đăng ký mới");
            Header(sheet, 6, first + 1, "Đánh giá mới");
            Header(sheet, 6, first + 2, "Công nhận mới");
            for (var k = 0; k < kinds.Length; k++)
            {
                foreach (var (offset, field) in new[] { (0, "new_registered"), (1, "new_evaluated"), (2, "new_recognized") })
                    Model(sheet, FirstModelRow + k, first + offset, kinds[k] == TemplateRowKind.Item ? $"{{{key}.{field}}}" : "{sum}", kinds[k], Count);
            }
        }
        for (var k = 0; k < kinds.Length; k++)
            UnitCells(sheet, FirstModelRow + k, kinds[k], kinds[k] == TemplateRowKind.Total ? "Toàn tỉnh" : "{name}");
        sheet.Row(6).Height = 30;
        Widths(sheet, [5, 7, 26, .. Enumerable.Repeat(11d, 3 * Titles.Count)]);
        FreezeHeader(sheet, 5, 6, 3);
        Note(sheet, FirstModelRow + 3, OrderNote
            + "Số mới trong tháng = số tính đến cuối tháng này trừ số tính đến cuối tháng trước, theo ngày đăng ký, ngày đánh giá, ngày công nhận ghi trong sổ.", width);
    }

    private static void SubmissionsSheet(TemplateBuilder builder)
    {
        const int width = 12;
        var sheet = builder.Sheet(Submissions, width, "TÌNH HÌNH NỘP SỔ THEO DÕI NĂM {year}", "Tính đến ngày {as_of}; sổ cập nhật quá {max_days} ngày là chậm");
        UnitHeaders(sheet);
        string[] headers = ["Ngày cập nhật sổ", "Ngày nhận sổ", "Số ngày từ lần cập nhật", "Tình trạng", "Số dòng bị loại"];
        for (var i = 0; i < headers.Length; i++)
            Header(sheet, 5, 4 + i, headers[i], rows: 2);
        Header(sheet, 5, 9, "Số xã", columns: 4);
        Header(sheet, 6, 9, "Đã nộp");
        Header(sheet, 6, 10, "Chậm");
        Header(sheet, 6, 11, "Chưa nộp");
        Header(sheet, 6, 12, "Tỷ lệ đã nộp");
        TemplateRowKind[] kinds = [TemplateRowKind.Group, TemplateRowKind.Item, TemplateRowKind.Total];
        for (var k = 0; k < kinds.Length; k++)
        {
            var row = FirstModelRow + k;
            var kind = kinds[k];
            var own = kind != TemplateRowKind.Total;
            UnitCells(sheet, row, kind, kind == TemplateRowKind.Total ? "Toàn tỉnh" : "{name}");
            Model(sheet, row, 4, own ? "{updated_on}" : "", kind, Date);
            Model(sheet, row, 5, own ? "{received_at}" : "", kind, TemplateBuilder.DateTime);
            Model(sheet, row, 6, own ? "{days_since_update}" : "", kind, Count);
            Model(sheet, row, 7, own ? "{status}" : "", kind, text: true);
            Model(sheet, row, 8, own ? "{rejected_rows}" : "{sum}", kind, Count);
            Model(sheet, row, 9, kind == TemplateRowKind.Item ? "{submitted}" : "{sum}", kind, Count);
            Model(sheet, row, 10, kind == TemplateRowKind.Item ? "{late}" : "{sum}", kind, Count);
            Model(sheet, row, 11, kind == TemplateRowKind.Item ? "{missing}" : "{sum}", kind, Count);
            var rate = Share($"(I{row}+J{row})", $"SUM(I{row}:K{row})");
            Model(sheet, row, 12, kind == TemplateRowKind.Item ? "" : rate, kind, Rate);
        }
        sheet.Row(6).Height = 30;
        Widths(sheet, 5, 7, 26, 12, 16, 12, 12, 10, 9, 9, 9, 10);
        FreezeHeader(sheet, 5, 6, 3);
        Note(sheet, FirstModelRow + 4, OrderNote
            + "Dòng huyện: sổ đánh giá cộng đồng học tập cấp xã của huyện, và số xã đã nộp. \"Đã nộp\": sổ năm nay đã nhận, cập nhật trong vòng {max_days} ngày; "
            + "\"Chậm\": đã nhận nhưng cập nhật lâu hơn; \"Chưa nộp\": chưa nhận được sổ nào đọc được.", width);
    }

    private static void ErrorsSheet(TemplateBuilder builder)
    {
        const int width = 10;
        var sheet = builder.Sheet(Errors, width, "CÁC DÒNG BỊ LOẠI TRONG SỔ THEO DÕI NĂM {year}", "Theo sổ đang được dùng để tính số liệu đến ngày {as_of}");
        string[] headers = ["STT", "Huyện", "Mã", "Đơn vị", "Tệp", "Sheet", "Quy tắc", "Lý do (ví dụ)", "Số dòng vi phạm", "Báo cáo lỗi"];
        for (var i = 0; i < headers.Length; i++)
            Header(sheet, 5, 1 + i, headers[i], rows: 2);
        Model(sheet, FirstModelRow, 1, "{#item}", TemplateRowKind.Item);
        string[] fields = ["{district}", "{code}", "{name}", "{file}", "{sheet}", "{rule}", "{reason}"];
        for (var i = 0; i < fields.Length; i++)
            Model(sheet, FirstModelRow, 2 + i, fields[i], TemplateRowKind.Item, text: true);
        Model(sheet, FirstModelRow, 9, "{rows}", TemplateRowKind.Item, Count);
        Model(sheet, FirstModelRow, 10, "{report}", TemplateRowKind.Item, text: true);
        sheet.Cells[FirstModelRow, 8].Style.WrapText = true;
        Widths(sheet, 5, 18, 7, 22, 20, 10, 18, 50, 10, 34);
        FreezeHeader(sheet, 5, 6, 4);
        Note(sheet, FirstModelRow + 2, "Mỗi dòng là một quy tắc bị vi phạm trong sổ của một đơn vị; một dòng sổ có thể vi phạm nhiều quy tắc, "
            + "nên số dòng bị loại của mỗi xã xem ở sheet Nộp sổ. Chi tiết từng dòng, ô và lý do ở báo cáo lỗi (bấm vào đường dẫn). "
            + "\"Cả tệp bị từ chối\": tệp gửi sau cùng không đọc được, đơn vị cần gửi lại.", width);
    }
}
