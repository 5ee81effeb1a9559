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

    /// <summary>The exemplar candidates known when the 2018 estimate is drawn up: recognised in 2016 and 2017.</summary>
    private static readonly FigureRow[] Candidates2018 =
    [
        Commune("2016-2017", "23272", "602", Title.Family, 10, 4, 3, exemplary: 25),
        Commune("2016-2017", "23272", "602", Title.Community, 2, 1, 1, exemplary: 1),
        Commune("2016-2017", "23272", "602", Title.LearningUnit, 3, 2, 2, exemplary: 2),
    ];

    private static ReviewCommendations Commend(CostEstimator estimator, int year, FigureRow[] candidates, ReviewCommendations? earlier = null) =>
        estimator.Commend(ProgrammeCalendar.Default.ReviewIn(year)!, candidates, earlier);

    private static List<(string Item, decimal Quantity, decimal Price, decimal Amount)> LinesOf(IEnumerable<CostLine> lines, string unit) =>
        lines.Where(l => l.UnitCode == unit).Select(l => (l.Item.Name, l.Quantity, l.Price.Amount, l.Amount)).ToList();

    [TestMethod]
    public void Commune_lines_grow_last_years_counts_pay_meals_to_those_off_payroll_and_reward_by_quota()
    {
        var lines = LinesOf(Estimator.Estimate(2018, Base2017, Commend(Estimator, 2018, Candidates2018)), "23272");

        // Drawn up on 1 October 2017: Circular 40/2017 meals, a base salary of 1,300,000 đ.
        CollectionAssert.AreEqual(new (string, decimal, decimal, decimal)[]
        {
            ("Hướng dẫn, tuyên truyền ở thôn, khu phố", 2, 300_000, 600_000),
            // 4 × 1.05 → 5 households, 1 → 1 clan (there is only one), 1 → 2 villages, 2 × 1.05 → 3 units.
            ("Giấy đăng ký danh hiệu", 11, 2_000, 22_000),
            ("Giấy công nhận \"Gia đình hiếu học\"", 4, 15_000, 60_000),
            ("Giấy công nhận \"Dòng họ hiếu học\"", 0, 15_000, 0),
            ("Giấy công nhận \"Cộng đồng học tập\"", 2, 15_000, 30_000),
            ("Giấy công nhận \"Đơn vị học tập\"", 3, 15_000, 45_000),
            // 2 villages × 2 trainees, 80% of them off the payroll: 3.2 → 4; 30 × 0.8 = 24; 60 × 0.8 = 48.
            ("Tập huấn (tiền ăn học viên)", 4, 100_000, 400_000),
            ("Hội nghị triển khai (tiền ăn đại biểu)", 24, 100_000, 2_400_000),
            ("Hội nghị sơ kết, tổng kết (tiền ăn đại biểu)", 48, 100_000, 4_800_000),
            ("Hội nghị sơ kết, tổng kết (hội trường, tài liệu)", 1, 1_000_000, 1_000_000),
            // 5% of 25 candidates, rounded up: 2; one of each collective where there is a candidate.
            // 0.15 × 1,300,000 = 195,000, rounded up to the ten thousand; 0.3 × 1,300,000 = 390,000.
            ("Khen thưởng \"Gia đình hiếu học\" tiêu biểu", 2, 200_000, 400_000),
            ("Khen thưởng \"Dòng họ hiếu học\" tiêu biểu", 0, 390_000, 0),
            ("Khen thưởng \"Cộng đồng học tập\" tiêu biểu", 1, 390_000, 390_000),
            ("Khen thưởng \"Đơn vị học tập\" tiêu biểu", 1, 390_000, 390_000),
        }, lines);
        Assert.AreEqual(10_537_000m, lines.Sum(l => l.Amount));
    }

    [TestMethod]
    public void Basis_of_a_line_says_in_words_where_its_quantity_comes_from()
    {
        var lines = Estimator.Estimate(2018, Base2017, Commend(Estimator, 2018, Candidates2018)).Where(l => l.UnitCode == "23272").ToList();

        Assert.AreEqual("số đăng ký năm 2017: hộ 4, dòng họ 1, thôn 1, đơn vị 2; dự kiến tăng 5%, không quá số hiện có: hộ 5, dòng họ 1 (có 1), thôn 2, đơn vị 3",
            lines.Single(l => l.Item.Kind == CostItemKind.RegistrationForms).Basis);
        Assert.AreEqual("số hộ được công nhận năm 2017: 3; dự kiến tăng 5%: 4", lines.Single(l => l.Item.Kind == CostItemKind.FamilyCertificates).Basis);
        Assert.AreEqual("hội nghị triển khai cấp xã: 30 người; hỗ trợ tiền ăn cho người không hưởng lương từ ngân sách (80%): 24 người × 1 ngày",
            lines.Single(l => l.Item.Kind == CostItemKind.Deployment).Basis);
        Assert.AreEqual("ứng viên: hộ được công nhận đủ các năm 2016–2017: 25; định mức khen cấp xã: 5% số ứng viên mỗi xã, làm tròn lên, tối đa 10 → 2",
            lines.Single(l => l.Item.Kind == CostItemKind.FamilyRewards).Basis);
    }

    [TestMethod]
    public void Each_level_commends_its_quota_of_its_own_candidates_at_its_own_grade()
    {
        FigureRow[] candidates =
        [
            .. Candidates2018,
            Row("2016-2017", UnitLevel.District, "602", "60", Title.Family, 10, 4, 3, exemplary: 2500),
            Row("2016-2017", UnitLevel.Province, "60", null, Title.Family, 10, 4, 3, exemplary: 90_000),
            Row("2016-2017", UnitLevel.Province, "60", null, Title.Clan, 10, 4, 3, exemplary: 4),
        ];

        var lines = Estimator.Estimate(2018, Base2017, Commend(Estimator, 2018, candidates));

        var district = lines.Single(l => l.UnitCode == "602" && l.Item.Kind == CostItemKind.FamilyRewards);
        // 1% of 2,500 is 25, capped at 20; 0.3 × 1,300,000 = 390,000.
        Assert.AreEqual((20m, 390_000m, 7_800_000m), (district.Quantity, district.Price.Amount, district.Amount));
        var province = lines.Where(l => l.UnitCode == "60" && l.Item.Kind is CostItemKind.FamilyRewards or CostItemKind.ClanRewards).ToList();
        // 30 families of 90,000 at 1.0 × 1,300,000; 10 clans asked for, only 4 candidates, at 2.0 × 1,300,000.
        CollectionAssert.AreEqual(new[] { (30m, 1_300_000m), (4m, 2_600_000m) }, province.Select(l => (l.Quantity, l.Price.Amount)).ToList());
        StringAssert.StartsWith(province[0].Price.Name, "Tiền thưởng kèm Bằng khen của Chủ tịch UBND tỉnh");
        Assert.AreEqual("Nghị định 91/2017/NĐ-CP, Điều 76; lương cơ sở theo Nghị định 47/2017/NĐ-CP", province[0].Price.Basis);
        Assert.AreEqual(0, lines.Where(l => l.UnitCode == "593" && l.Item.Kind == CostItemKind.FamilyRewards).Sum(l => l.Quantity), "a district without candidates commends nobody");
    }

    [TestMethod]
    public void Those_commended_at_the_three_year_review_are_not_counted_again_at_the_five_year_review()
    {
        FigureRow[] at2018 = [Commune("2016-2017", "23272", "602", Title.Community, 2, 1, 1, exemplary: 1), Row("2016-2017", UnitLevel.Province, "60", null, Title.Family, 10, 4, 3, exemplary: 40)];
        FigureRow[] at2020 = [Commune("2016-2019", "23272", "602", Title.Community, 2, 1, 1, exemplary: 1), Row("2016-2019", UnitLevel.Province, "60", null, Title.Family, 10, 4, 3, exemplary: 45)];
        var again = new CostEstimator(CostSettings.Default with { Rewards = RewardRules.Default with { CommendAgain = true } }, UnitDirectory.Reference, ProgrammeCalendar.Default);

        var once = Commend(Estimator, 2020, at2020, Commend(Estimator, 2018, at2018));
        var twice = Commend(again, 2020, at2020);

        // 2018 commended the one village and 30 of 40 families; 2020 finds 1 and 45 candidates.
        Assert.AreEqual((0L, 15L), (once.Of("23272", Title.Community)!.Number, once.Of("60", Title.Family)!.Number));
        Assert.AreEqual((1L, 30L), (twice.Of("23272", Title.Community)!.Number, twice.Of("60", Title.Family)!.Number));
        var family = Estimator.Estimate(2020, [], once).Single(l => l.UnitCode == "60" && l.Item.Kind == CostItemKind.FamilyRewards);
        Assert.AreEqual("ứng viên: hộ được công nhận đủ các năm 2016–2019: 45; đã khen ở hội nghị năm 2018, không tính lại: 30; định mức khen cấp tỉnh: 30 hộ toàn tỉnh → 15", family.Basis);
        // Drawn up on 1 October 2019: 1.0 × 1,490,000.
        Assert.AreEqual(15m * 1_490_000, family.Amount);
    }

    [TestMethod]
    public void Rates_are_those_in_force_on_the_day_the_estimate_is_drawn_up()
    {
        decimal Meal(CostEstimator estimator, int year, out UnitCost price)
        {
            price = estimator.Estimate(year, [], null).First(l => l.UnitCode == "23272" && l.Item.Kind == CostItemKind.Deployment).Price;
            return price.Amount;
        }

        // 2016 and 2017 are drawn up in 2015 and 2016, before Circular 40/2017 took effect on 1 July 2017.
        Assert.AreEqual(50_000m, Meal(Estimator, 2016, out var in2016));
        Assert.AreEqual("Thông tư 97/2010/TT-BTC", in2016.Basis);
        Assert.AreEqual(50_000m, Meal(Estimator, 2017, out _));
        Assert.AreEqual(100_000m, Meal(Estimator, 2018, out var in2018));
        Assert.AreEqual(("Thông tư 40/2017/TT-BTC, Điều 12", new DateOnly(2017, 7, 1), (DateOnly?)null), (in2018.Basis, in2018.From, in2018.To));

        var resolution = "Nghị quyết số 99/2018/NQ-HĐND của HĐND tỉnh Bình Thuận";
        var costs = CostSettings.Default.UnitCosts.ToDictionary();
        costs[UnitCostKey.MealCommune] = costs[UnitCostKey.MealCommune] with
        {
            Rates = new([.. costs[UnitCostKey.MealCommune].Rates.Steps, new DatedStep<decimal>(new DateOnly(2018, 8, 1), 80_000m, resolution)]),
        };
        var local = new CostEstimator(CostSettings.Default with { UnitCosts = costs }, UnitDirectory.Reference, ProgrammeCalendar.Default);
        Assert.AreEqual(100_000m, Meal(local, 2018, out var before));
        Assert.AreEqual(new DateOnly(2018, 7, 31), before.To, "Circular 40's rate stays in force until the resolution");
        Assert.AreEqual(80_000m, Meal(local, 2019, out var after));
        Assert.AreEqual(resolution, after.Basis);
    }

    [TestMethod]
    public void A_rate_no_text_sets_is_planned_and_says_why()
    {
        var materials = Estimator.Estimate(2018, [], null).First(l => l.Item.Kind == CostItemKind.Materials).Price;

        Assert.IsTrue(materials.Planned);
        Assert.AreEqual("Dự kiến (giá in ấn theo thị trường; chi theo hóa đơn thực tế)", materials.Citation);
    }

    [TestMethod]
    public void One_year_review_is_held_in_the_configured_districts_only()
    {
        var lines = Estimator.Estimate(2016, [], null);
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

        var inspections = estimator.Estimate(2024, [], null).Where(l => l.Item.Kind == CostItemKind.Circular44Inspections).ToList();
        var discussions = estimator.Estimate(2023, [], null).Where(l => l.Item.Kind == CostItemKind.DiscussionMeals).ToList();

        Assert.HasCount(10, inspections, "each district inspects its communes in the last year but one");
        Assert.AreEqual("Kiểm tra, đánh giá cộng đồng học tập cấp xã (Thông tư 44) năm 2024", inspections[0].Item.Name);
        Assert.AreEqual("60", discussions.Single().UnitCode);
        Assert.AreEqual("Tọa đàm theo vùng năm 2023 (tiền ăn đại biểu)", discussions.Single().Item.Name);
        Assert.IsFalse(estimator.Estimate(2022, [], null).Any(l => l.Item.Kind is CostItemKind.ConferenceMeals or CostItemKind.Circular44Inspections),
            "2022 has neither a review nor an inspection");
    }

    [TestMethod]
    public void Province_holds_one_discussion_per_kind_of_area_of_its_communes()
    {
        var lines = Estimator.Estimate(2018, [], null);
        var meals = lines.Single(l => l.Item.Kind == CostItemKind.DiscussionMeals);
        var kinds = UnitDirectory.Reference.In(2018, UnitLevel.Commune).Select(c => c.Area).OfType<AreaKind>().Distinct().Count();

        Assert.AreEqual(5, kinds, "urban, plain, mixed, mountain and island communes");
        Assert.AreEqual((decimal)kinds * 30 / 2, meals.Quantity, "30 delegates at each, half of them off the payroll");
        Assert.AreEqual(kinds, lines.Single(l => l.Item.Kind == CostItemKind.DiscussionOrganisation).Quantity);
    }
}
