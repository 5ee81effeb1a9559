using Reporting.Domain.Costs;
using Reporting.Domain.Programme;
using Reporting.Domain.Registers;
using Reporting.Domain.Titles;
using Reporting.Domain.Units;
using Reporting.Figures;
using Reporting.Reports.Costs;
using static Reporting.Reports.Tests.FigureRows;

namespace Reporting.Reports.Tests.Costs;

/// <summary>
/// The estimate's arithmetic on figure rows written by hand, with the default unit costs and the
/// plan's calendar; every amount below is worked out on paper from those rows.
/// </summary>
[TestClass]
public sealed class CostEstimatorTests
{
    private static readonly CostEstimator Estimator = new(CostSettings.Default, UnitDirectory.Reference, ProgrammeCalendar.Default);

    /// <summary>Commune 23272 (Phú Quí) in 2017, the base year of the 2018 estimate.</summary>
    private static readonly FigureRow[] Base2017 =
    [
        Commune("2017", "23272", "602", Title.Community, eligible: 2, registered: 1, recognized: 1),
        Commune("2017", "23272", "602", Title.Family, eligible: 10, registered: 4, recognized: 3),
        Commune("2017", "23272", "602", Title.Clan, eligible: 1, registered: 1, recognized: 0),
        Commune("2017", "23272", "602", Title.LearningUnit, eligible: 3, registered: 2, recognized: 2),
    ];

    /// <summary>The exemplars of 2016–2018 in 23272, whom the 2018 review rewards.</summary>
    private static readonly FigureRow[] Window2018 =
    [
        Commune("2016-2018", "23272", "602", Title.Family, 10, 4, 3, exemplary: 2),
        Commune("2016-2018", "23272", "602", Title.Community, 2, 1, 1, exemplary: 1),
        Commune("2016-2018", "23272", "602", Title.LearningUnit, 3, 2, 2, exemplary: 1),
    ];

    private static List<(string Item, decimal Quantity, decimal Price, decimal Amount)> LinesOf(IEnumerable<CostLine> lines, string unit) =>
        lines.Where(l => l.UnitCode == unit).Select(l => (l.Item.Name, l.Quantity, l.Price.Amount, l.Amount)).ToList();

    [TestMethod]
    public void Commune_lines_grow_last_years_counts_and_price_them_at_the_default_costs()
    {
        var lines = LinesOf(Estimator.Estimate(2018, Base2017, Window2018), "23272");

        CollectionAssert.AreEqual(new (string, decimal, decimal, decimal)[]
        {
            ("Hướng dẫn, tuyên truyền ở thôn, khu phố", 2, 300_000, 600_000),
            // 4 × 1.05 → 5 households, 1 → 1 clan (there is only one), 1 → 2 villages, 2 × 1.05 → 3 units.
            ("Giấy đăng ký danh hiệu", 11, 2_000, 22_000),
            ("Giấy công nhận \"Gia đình hiếu học\"", 4, 15_000, 60_000),
            ("Giấy công nhận \"Dòng họ hiếu học\"", 0, 15_000, 0),
            ("Giấy công nhận \"Cộng đồng học tập\"", 2, 15_000, 30_000),
            ("Giấy công nhận \"Đơn vị học tập\"", 3, 15_000, 45_000),
            ("Tập huấn (tiền ăn học viên)", 4, 100_000, 400_000),
            ("Hội nghị triển khai (tiền ăn đại biểu)", 30, 100_000, 3_000_000),
            ("Hội nghị sơ kết, tổng kết (tiền ăn đại biểu)", 60, 100_000, 6_000_000),
            ("Hội nghị sơ kết, tổng kết (hội trường, tài liệu)", 1, 1_000_000, 1_000_000),
            // 0.15 and 0.3 × the base salary of 31 December 2018, 1,390,000 đ.
            ("Khen thưởng \"Gia đình hiếu học\" tiêu biểu", 2, 208_500, 417_000),
            ("Khen thưởng \"Dòng họ hiếu học\" tiêu biểu", 0, 417_000, 0),
            ("Khen thưởng \"Cộng đồng học tập\" tiêu biểu", 1, 417_000, 417_000),
            ("Khen thưởng \"Đơn vị học tập\" tiêu biểu", 1, 417_000, 417_000),
        }, lines);
        Assert.AreEqual(12_408_000m, lines.Sum(l => l.Amount));
    }

    [TestMethod]
    public void Basis_of_a_line_says_where_its_quantity_comes_from()
    {
        var forms = Estimator.Estimate(2018, Base2017, Window2018).Single(l => l.UnitCode == "23272" && l.Item.Kind == CostItemKind.RegistrationForms);

        Assert.AreEqual("đăng ký năm 2017 × (1 + 5%), không quá tổng số: hộ 4 → 5; dòng họ 1 → 1 (tối đa 1); thôn 1 → 2; đơn vị 2 → 3", forms.Basis);
    }

    [TestMethod]
    public void One_year_review_is_held_in_the_configured_districts_only()
    {
        var lines = Estimator.Estimate(2016, [], []);
        var conferences = lines.Where(l => l.Item.Kind == CostItemKind.ConferenceOrganisation).Select(l => l.UnitCode).ToHashSet();

        Assert.IsTrue(conferences.Contains("593") && conferences.Contains("599"), "Phan Thiết and Tánh Linh hold the 2016 review");
        Assert.IsFalse(conferences.Contains("602") || conferences.Contains("60"), "no other district, and not the province");
        var communesOf593 = UnitDirectory.Reference.ChildrenOf("593", 2016).Select(c => c.Code).ToList();
        Assert.IsTrue(communesOf593.All(conferences.Contains), "the communes of a reviewing district hold theirs");
        Assert.IsFalse(lines.Any(l => l.Item.Kind is CostItemKind.FamilyRewards), "the one-year review rewards nobody");
    }

    [TestMethod]
    public void First_year_is_estimated_from_its_own_figures_later_years_from_the_year_before()
    {
        Assert.AreEqual(2016, Estimator.BaseYear(2016));
        Assert.AreEqual(2018, Estimator.BaseYear(2019));
    }

    [TestMethod]
    public void Calendar_items_follow_the_configured_programme_not_fixed_years()
    {
        var calendar = ProgrammeCalendar.Plan493(new ProgrammePeriod(2021, 2025));
        var estimator = new CostEstimator(CostSettings.Default, UnitDirectory.Reference, calendar);

        var inspections = estimator.Estimate(2024, [], []).Where(l => l.Item.Kind == CostItemKind.Circular44Inspections).ToList();
        var discussions = estimator.Estimate(2023, [], []).Where(l => l.Item.Kind == CostItemKind.DiscussionMeals).ToList();

        Assert.HasCount(10, inspections, "each district inspects its communes in the last year but one");
        Assert.AreEqual("Kiểm tra, đánh giá cộng đồng học tập cấp xã (Thông tư 44) năm 2024", inspections[0].Item.Name);
        Assert.AreEqual("60", discussions.Single().UnitCode);
        Assert.AreEqual("Tọa đàm theo vùng năm 2023 (tiền ăn đại biểu)", discussions.Single().Item.Name);
        Assert.IsFalse(estimator.Estimate(2022, [], []).Any(l => l.Item.Kind is CostItemKind.ConferenceMeals or CostItemKind.Circular44Inspections),
            "2022 has neither a review nor an inspection");
    }

    [TestMethod]
    public void Province_holds_one_discussion_per_kind_of_area_of_its_communes()
    {
        var lines = Estimator.Estimate(2018, [], []);
        var meals = lines.Single(l => l.Item.Kind == CostItemKind.DiscussionMeals);
        var kinds = UnitDirectory.Reference.In(2018, UnitLevel.Commune).Select(c => c.Area).OfType<AreaKind>().Distinct().Count();

        Assert.AreEqual(5, kinds, "urban, plain, mixed, mountain and island communes");
        Assert.AreEqual((decimal)kinds * 30, meals.Quantity);
        Assert.AreEqual(kinds, lines.Single(l => l.Item.Kind == CostItemKind.DiscussionOrganisation).Quantity);
    }
}
