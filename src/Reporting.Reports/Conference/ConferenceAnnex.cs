using Reporting.Output;
using Reporting.Reports.Excel;
using static Reporting.Reports.Excel.TableSheet;

namespace Reporting.Reports.Conference;

/// <summary>
/// <c>phu-luc.xlsx</c>: every table of the report down to commune level, and the named exemplars
/// (families too) with the years they were recognised and the decisions that recognised them.
/// </summary>
public static class ConferenceAnnex
{
    private const string Count = TemplateBuilder.Count;
    private const string Rate = TemplateBuilder.Rate;
    private const string NamedSheet = "Tiêu biểu";

    public static void Write(PackModel pack, IReadOnlyList<ChildRow> communes, IReadOnlyList<NamedExemplar> exemplars, string path)
    {
        var package = ReportPackages.New();
        package.Workbook.Properties.Title = $"Phụ lục {pack.ShortTitle} — {pack.UnitName}";
        package.Workbook.Properties.Company = "Hội Khuyến học tỉnh Bình Thuận";

        var summary = NewSheet(package, "Tổng hợp");
        var row = TableSheet.Write(summary, 1, $"Kết quả năm {pack.ToYear} và {pack.Window} — {pack.UnitName}", UnitColumns(pack.TargetYear, pack.ChildLevel),
            [UnitRow(pack.UnitCode, pack.UnitName, "", pack.Titles.Select(Cell).ToList()), .. pack.Children.Select(c => UnitRow(c.Code, c.Name, c.Area, c.Cells))]);
        summary.Cells[row, 1].Value = $"Ghi chú: {pack.YearCutOff}; \"tiêu biểu\" là được công nhận đủ các năm {pack.Window}. {pack.Closing}";
        summary.Cells[row, 1].Style.Font.Italic = true;
        TemplateBuilder.PrintAcross(summary, 3, TitleBreaks(3));

        var years = NewSheet(package, "Theo năm");
        TableSheet.Write(years, 1, $"Kết quả từng năm — {pack.UnitName}",
            [new("Danh hiệu", 24), new("Năm", 8), new("Tổng số", 12, Count), new("Đăng ký", 12, Count), new("Tỷ lệ đăng ký", 10, Rate), new("Công nhận", 12, Count), new("Tỷ lệ công nhận", 10, Rate)],
            pack.Titles.SelectMany(t => t.Series.Select(p => new object?[] { t.Name, p.Year, p.Eligible, p.Registered, Fraction(p.RegisteredPercent), p.Recognized, Fraction(p.RecognizedPercent) })).ToList());

        var areas = NewSheet(package, "Theo vùng");
        TableSheet.Write(areas, 1, $"So sánh theo vùng, năm {pack.ToYear} — {pack.UnitName}", UnitColumns(pack.TargetYear, "vùng", "Số xã"),
            pack.Areas.Select(a => UnitRow("", a.Area, $"{a.Communes} xã", a.Cells)).ToList());

        var communeSheet = NewSheet(package, "Theo xã");
        var communeRows = CommuneRows(pack, communes, out var subtotals);
        List<TableColumn> communeColumns = [new("Huyện", 20), .. UnitColumns(pack.TargetYear, "xã")];
        row = TableSheet.Write(communeSheet, 1, $"Kết quả năm {pack.ToYear} theo xã — {pack.UnitName}", communeColumns, communeRows);
        // Write leaves a blank row after the table.
        var firstBody = row - 1 - communeRows.Count;
        foreach (var subtotal in subtotals)
            communeSheet.Cells[firstBody + subtotal, 1, firstBody + subtotal, communeColumns.Count].Style.Font.Bold = true;
        communeSheet.View.FreezePanes(firstBody, 5);
        TemplateBuilder.PrintAcross(communeSheet, 4, TitleBreaks(4));

        var circular = NewSheet(package, "Thông tư 44");
        row = TableSheet.Write(circular, 1, "Xếp loại cộng đồng học tập cấp xã (Thông tư 44/2014/TT-BGDĐT)",
            [new("Năm", 8), new("Số xã", 10, Count), new("Được đánh giá", 12, Count), new("Tốt", 10, Count), new("Khá", 10, Count), new("Trung bình", 10, Count), new("Không xếp loại", 12, Count)],
            pack.Circular44.Select(c => new object?[] { c.Year, c.Communes, c.Assessed, c.Good, c.Fair, c.Average, c.Unclassified }).ToList());
        TableSheet.Write(circular, row, "Xếp loại từng xã",
            [new("Huyện", 22), new("Mã xã", 8), new("Xã", 24), .. pack.Circular44.Select(c => new TableColumn($"Năm {c.Year}", 14))],
            pack.Circular44Communes.Select(c => (object?[])[c.District, c.Code, c.Name, .. c.Classes]).ToList());

        var costs = NewSheet(package, "Kinh phí");
        TableSheet.Write(costs, 1, $"Dự toán kinh phí {pack.Window} — {pack.UnitName} (chi tiết ở bản dự toán kinh phí của từng năm)",
            [new("Năm", 8), new("Dự toán (đồng)", 20, TemplateBuilder.Count)],
            [.. pack.Costs.Select(c => new object?[] { c.Year, c.Amount }), new object?[] { "Cộng", pack.Costs.Sum(c => c.Amount) }]);

        var named = NewSheet(package, NamedSheet);
        TableSheet.Write(named, 1, $"Danh sách đề nghị khen thưởng tiêu biểu ({pack.Window}) — {pack.UnitName}",
            [new("Danh hiệu", 22), new("Huyện", 22), new("Xã", 24), new("Mã thôn", 9), new("Thôn, khu phố", 22), new("Mã", 10), new("Tên", 30), new("Năm được công nhận", 26), new("Số quyết định", 40)],
            exemplars.Count == 0 ? [] : StreamedRows.Samples(9));
        named.View.FreezePanes(3, 1);

        OutputFile.WriteAtomically(path, temporary =>
        {
            package.SaveAs(new FileInfo(temporary));
            if (exemplars.Count > 0)
                StreamedRows.Write(temporary, NamedSheet, 3, exemplars.Select(e => new[] { e.Title, e.District, e.Commune, e.Village, e.VillageName, e.Code, e.Name, e.Years, e.Decisions }));
        });
    }

    /// <summary>A title a printed page, beside the unit columns.</summary>
    private static int[] TitleBreaks(int unitColumns) => [.. Enumerable.Range(1, PackBuilder.Titles.Count - 1).Select(t => unitColumns + 6 * t)];

    private static TitleCell Cell(TitleSummary title) =>
        new(title.Key, title.Eligible, title.Registered, title.Recognized, title.RecognizedPercent, title.Target, title.Gap, title.Exemplary);

    private static List<TableColumn> UnitColumns(int targetYear, string level, string third = "Vùng") =>
    [
        new("Mã", 8), new(char.ToUpperInvariant(level[0]) + level[1..], 26), new(third, 16),
        .. PackBuilder.Titles.SelectMany(t =>
        {
            var title = Domain.Titles.TitleKeys.VietnameseName(t);
            return new TableColumn[]
            {
                new("Tổng số", 11, Count, title), new("Đăng ký", 10, Count, title), new("Công nhận", 10, Count, title),
                new("Tỷ lệ công nhận", 10, Rate, title), new($"Chỉ tiêu {targetYear}", 10, Rate, title), new("Tiêu biểu", 10, Count, title),
            };
        }),
    ];

    /// <summary>
    /// The communes under their district's name, each district closed by its subtotal (the district's
    /// own figures), and the unit's total; <paramref name="subtotals"/> are those rows' indexes.
    /// </summary>
    private static List<object?[]> CommuneRows(PackModel pack, IReadOnlyList<ChildRow> communes, out List<int> subtotals)
    {
        var rows = new List<object?[]>();
        subtotals = [];
        var districts = pack.IsProvince ? pack.Children : [new ChildRow(pack.UnitCode, pack.UnitName, "", pack.Titles.Select(Cell).ToList(), null)];
        foreach (var district in districts)
        {
            foreach (var commune in communes.Where(c => !pack.IsProvince || c.District == district.Code))
                rows.Add([district.Name, .. UnitRow(commune.Code, commune.Name, commune.Area, commune.Cells)]);
            subtotals.Add(rows.Count);
            rows.Add([$"Cộng {district.Name}", .. UnitRow(district.Code, "", "", district.Cells)]);
        }
        if (pack.IsProvince)
        {
            subtotals.Add(rows.Count);
            rows.Add(["Toàn tỉnh", .. UnitRow(pack.UnitCode, pack.UnitName, "", pack.Titles.Select(Cell).ToList())]);
        }
        return rows;
    }

    private static object?[] UnitRow(string code, string name, string area, IReadOnlyList<TitleCell> cells) =>
        [code, name, area, .. cells.SelectMany(c => new object?[] { c.Eligible, c.Registered, c.Recognized, Fraction(c.RecognizedPercent), Fraction(c.Target), c.Exemplary })];
}
