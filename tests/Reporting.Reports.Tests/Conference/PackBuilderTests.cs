using Reporting.Domain.Figures;
using Reporting.Domain.Programme;
using Reporting.Domain.Registers;
using Reporting.Domain.Titles;
using Reporting.Domain.Units;
using Reporting.Figures;
using Reporting.Reports.Conference;
using static Reporting.Reports.Tests.FigureRows;

namespace Reporting.Reports.Tests.Conference;

/// <summary>
/// A pack and its findings from figure rows written by hand: the province (60) with two districts,
/// Phú Quí (602, island) doing well and La Gi (594, urban) below its target.
/// </summary>
[TestClass]
public sealed class PackBuilderTests
{
    private static ConferenceFigures Figures(int reviewYear, int laGiRecognized = 45)
    {
        var kind = ConferenceKind.For(reviewYear, ProgrammeCalendar.Default)!;
        var window = kind.Window.ToString();
        var years = Enumerable.Range(kind.Window.FromYear, kind.Window.WindowYears).Union(kind.Circular44Years).ToDictionary(y => y, y =>
        {
            var first = y == kind.Window.FromYear;
            IReadOnlyList<FigureRow> rows =
            [
                Row($"{y}", UnitLevel.Province, "60", null, Title.Family, 200, 150, first ? 90 : 120),
                Row($"{y}", UnitLevel.District, "602", "60", Title.Family, 100, 80, first ? 50 : 75, "Huyện Phú Quí", "island"),
                Row($"{y}", UnitLevel.District, "594", "60", Title.Family, 100, 70, first ? 40 : laGiRecognized, "Thị xã La Gi", "urban"),
                Row($"{y}", UnitLevel.Commune, "23272", "602", Title.Family, 100, 80, 75, "Xã Ngũ Phụng", "island"),
                Row($"{y}", UnitLevel.Commune, "23231", "594", Title.Family, 100, 70, 45, "Phường Phước Hội", "urban"),
                Classes($"{y}", UnitLevel.Province, "60", communes: 127, assessed: y == 2019 ? 120 : 0, good: 30, fair: 50, average: 30, unclassified: 10),
            ];
            return rows;
        });
        IReadOnlyList<FigureRow> windowRows =
        [
            Row(window, UnitLevel.Province, "60", null, Title.Family, 200, 150, 120, target: 70, exemplary: 40),
            Row(window, UnitLevel.District, "602", "60", Title.Family, 100, 80, 75, "Huyện Phú Quí", "island", target: 70, exemplary: 30),
            Row(window, UnitLevel.District, "594", "60", Title.Family, 100, 70, laGiRecognized, "Thị xã La Gi", "urban", target: 70, exemplary: 10),
        ];
        return new ConferenceFigures(kind, windowRows, years, []);
    }

    private static PackModel Province(int reviewYear, int laGiRecognized = 45) =>
        new PackBuilder(Figures(reviewYear, laGiRecognized), UnitDirectory.Reference, ReferenceUnits.Changes, TargetTable.Default, new Dictionary<int, Reports.Costs.CostPlan>(), ProgrammePeriod.Default)
            .Build("60");

    [TestMethod]
    public void Findings_state_the_packs_own_numbers_in_Vietnamese()
    {
        var findings = Province(2018).Findings;

        Assert.AreEqual(string.Join("\n", new[]
        {
            "Năm 2018, toàn tỉnh có 150 trên 200 hộ đăng ký \"Gia đình hiếu học\" (75,0%) và 120 hộ được công nhận (60,0% số hộ).",
            "Tỷ lệ công nhận \"Gia đình hiếu học\" năm 2018 là 60,0% (120/200 hộ), còn thấp hơn chỉ tiêu 70,0% của năm 2020 là 10,0 điểm phần trăm.",
            "1/2 huyện có số liệu chưa đạt chỉ tiêu công nhận \"Gia đình hiếu học\": thị xã La Gi (45,0%, thấp hơn 25,0 điểm phần trăm).",
            "Huyện Phú Quí có tỷ lệ công nhận \"Gia đình hiếu học\" tăng nhiều nhất: từ 50,0% năm 2016 lên 75,0% năm 2018 (tăng 25,0 điểm phần trăm).",
            "So sánh theo vùng, tỷ lệ công nhận \"Gia đình hiếu học\": vùng hải đảo 75,0% (1 xã, đạt chỉ tiêu 70,0% của vùng) và vùng đô thị 45,0% (1 xã, thấp hơn chỉ tiêu 70,0% của vùng 25,0 điểm phần trăm).",
            "Được công nhận liên tục 3 năm 2016–2018, đề nghị biểu dương, khen thưởng tiêu biểu: 40 gia đình, 0 dòng họ, 0 cộng đồng học tập thôn, khu phố và 0 đơn vị học tập.",
        }), string.Join("\n", findings));
    }

    [TestMethod]
    public void Districts_grown_within_half_a_point_of_each_other_are_level_not_one_first()
    {
        // Phú Quí 50% → 75% (+25 points); La Gi 40% → 65% (+25, level, named in code order) or → 64% (+24, behind).
        var level = Province(2018, laGiRecognized: 65).Findings;
        var behind = Province(2018, laGiRecognized: 64).Findings;

        CollectionAssert.Contains(level.ToList(), "Tỷ lệ công nhận \"Gia đình hiếu học\" tăng nhiều nhất và ngang nhau (chênh lệch dưới 0,5 điểm phần trăm) ở thị xã La Gi (từ 40,0% lên 65,0%) và huyện Phú Quí (từ 50,0% lên 75,0%), từ năm 2016 đến năm 2018.");
        Assert.IsFalse(level.Any(f => f.Contains("tăng nhiều nhất:", StringComparison.Ordinal)), "no district singled out");
        CollectionAssert.Contains(behind.ToList(), "Huyện Phú Quí có tỷ lệ công nhận \"Gia đình hiếu học\" tăng nhiều nhất: từ 50,0% năm 2016 lên 75,0% năm 2018 (tăng 25,0 điểm phần trăm).");
    }

    [TestMethod]
    public void Fewer_communes_in_2020_are_explained_by_the_mergers()
    {
        var findings = Province(2020).Findings;

        CollectionAssert.Contains(findings.ToList(), "Năm 2020, toàn tỉnh còn 124 xã, phường, thị trấn (127 năm 2019) do sắp xếp đơn vị hành chính theo Nghị quyết 820/NQ-UBTVQH14 ngày 21/11/2019: "
            + "xã Hòa Phú và thị trấn Phan Rí Cửa nhập thành thị trấn Phan Rí Cửa; xã Măng Tố và xã Đức Tân nhập thành xã Măng Tố; xã Đức Chính và xã Nam Chính nhập thành xã Nam Chính.");
        Assert.IsFalse(Province(2018).Findings.Any(f => f.Contains("sắp xếp đơn vị hành chính", StringComparison.Ordinal)), "no merger within 2016–2018");
    }

    [TestMethod]
    public void Shortfalls_are_the_titles_and_districts_below_their_targets()
    {
        CollectionAssert.AreEqual(new[]
        {
            "Tỷ lệ công nhận \"Gia đình hiếu học\" năm 2018 là 60,0% (120/200 hộ), còn thấp hơn chỉ tiêu 70,0% của năm 2020 là 10,0 điểm phần trăm.",
            "1/2 huyện có số liệu chưa đạt chỉ tiêu công nhận \"Gia đình hiếu học\": thị xã La Gi (45,0%, thấp hơn 25,0 điểm phần trăm).",
        }, Province(2018).Shortfalls.ToArray());
    }

    [TestMethod]
    public void Province_pack_lists_its_districts_in_code_order_with_their_kind_of_area()
    {
        var pack = Province(2018);

        CollectionAssert.AreEqual(new[] { ("594", "Đô thị", 45L, -25.0m), ("602", "Hải đảo", 75L, 5.0m) },
            pack.Children.Select(c => (c.Code, c.Area, c.Cells[0].Recognized, c.Cells[0].Gap!.Value)).ToArray());
        Assert.AreEqual((200L, 150L, 120L, 60.0m, 40L), (pack.Titles[0].Eligible, pack.Titles[0].Registered, pack.Titles[0].Recognized, pack.Titles[0].RecognizedPercent!.Value, pack.Titles[0].Exemplary));
        CollectionAssert.AreEqual(new[] { 45.0m, 60.0m, 60.0m }, pack.Titles[0].Series.Select(p => p.RecognizedPercent!.Value).ToArray(), "90, 120 and 120 of 200");
    }

    [TestMethod]
    public void Only_the_review_of_the_regional_discussions_compares_kinds_of_area()
    {
        Assert.IsTrue(Province(2018).ComparesAreas);
        var final = Province(2020);
        Assert.IsFalse(final.ComparesAreas);
        Assert.IsFalse(final.Findings.Any(f => f.StartsWith("So sánh theo vùng", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void Final_review_reports_the_Circular_44_inspection_and_the_years_beside_it()
    {
        var pack = Province(2020);

        CollectionAssert.AreEqual(new[] { 2018, 2019, 2020 }, pack.Circular44.Select(c => c.Year).ToArray());
        Assert.AreEqual(2019, pack.Circular44Year);
        CollectionAssert.Contains(pack.Findings.ToList(),
            "Năm 2019, 120/127 xã được đánh giá \"Cộng đồng học tập\" cấp xã theo Thông tư 44/2014/TT-BGDĐT: 30 xã loại Tốt, 50 Khá, 30 Trung bình, 10 không xếp loại.");
    }

    [TestMethod]
    public void Review_titles_name_the_length_of_their_window()
    {
        var titles = ConferenceKind.All(ProgrammeCalendar.Default).Select(k => (k.Year, k.Title, k.ShortTitle, k.Template)).ToArray();

        CollectionAssert.AreEqual(new[]
        {
            (2016, "BÁO CÁO SƠ KẾT MỘT NĂM", "sơ kết một năm", "bao-cao-so-ket-nam-dau.html"),
            (2018, "BÁO CÁO SƠ KẾT BA NĂM", "sơ kết 3 năm", "bao-cao-so-ket.html"),
            (2020, "BÁO CÁO TỔNG KẾT NĂM NĂM", "tổng kết 5 năm", "bao-cao-tong-ket.html"),
        }, titles);
    }
}
