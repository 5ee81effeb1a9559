using Reporting.Domain.Units;

namespace Reporting.Domain.Costs;

/// <summary>What a unit of an item costs over time, and why: its rates by date, and a note where no text sets them (a printing price).</summary>
public sealed record UnitCostDefinition(UnitCostKey Key, string Name, string Unit, DatedSchedule<decimal> Rates, string? Note = null)
{
    public UnitCost On(DateOnly day)
    {
        var rate = Rates.On(day);
        return new UnitCost(Key, Name, rate.Value, Unit, rate.Basis, rate.From, rate.To, Note);
    }
}

/// <summary>A unit cost as an estimate prices it: the rate in force on the estimate's date, its basis and the days it is in force.</summary>
public sealed record UnitCost(UnitCostKey Key, string Name, decimal Amount, string Unit, string? Basis, DateOnly From, DateOnly? To, string? Note = null)
{
    public bool Planned => string.IsNullOrWhiteSpace(Basis);

    /// <summary>What the cost rests on: its text (with how it is worked out), or that it is planned and why.</summary>
    public string Citation => Planned ? "Dự kiến" + (Note is { } note ? $" ({note})" : "") : Basis + (Note is { } formula ? $"; {formula}" : "");
}

/// <summary>
/// The rules that turn figures and the plan's calendar into quantities, and the unit costs they are
/// priced at (section <c>Costs</c> of appsettings.json). An estimate of year Y is drawn up on
/// <see cref="DraftDay"/> of year Y−1 and uses the rates, the base salary and the reward scale in
/// force that day.
/// </summary>
public sealed record CostSettings(
    decimal GrowthPercent,
    IReadOnlyDictionary<UnitCostKey, UnitCostDefinition> UnitCosts,
    DatedSchedule<decimal> BaseSalary,
    DatedSchedule<IReadOnlyDictionary<UnitLevel, RewardGrade>> RewardScale,
    RewardRules Rewards,
    IReadOnlyDictionary<UnitLevel, decimal> NonPayrollShare,
    (int Month, int Day) DraftDay,
    decimal PlausibleChangeFactor,
    int TrainingDays,
    int TraineesPerDistrict,
    int TraineesPerCommune,
    int TraineesPerVillage,
    int DeploymentParticipantsProvince,
    int DeploymentParticipantsDistrict,
    int DeploymentParticipantsCommune,
    int ConferenceParticipantsProvince,
    int ConferenceParticipantsDistrict,
    int ConferenceParticipantsCommune,
    IReadOnlyList<string> FirstReviewDistricts,
    int DiscussionParticipants)
{
    private const string Circular97 = "Thông tư 97/2010/TT-BTC";
    private const string Circular40 = "Thông tư 40/2017/TT-BTC, Điều 12";
    private static readonly DateOnly Circular97InForce = new(2010, 8, 20);
    private static readonly DateOnly Circular40InForce = new(2017, 7, 1);

    private static DatedSchedule<decimal> Meals(decimal before2017, decimal from2017) =>
        new([new(Circular97InForce, before2017, Circular97), new(Circular40InForce, from2017, Circular40)]);

    public static IReadOnlyList<UnitCostDefinition> DefaultUnitCosts { get; } =
    [
        new(UnitCostKey.Materials, "Bộ tài liệu hướng dẫn", "đ/bộ", DatedSchedule.Planned(50_000m), "giá in ấn theo thị trường; chi theo hóa đơn thực tế"),
        new(UnitCostKey.Propaganda, "Tuyên truyền ở một thôn, khu phố trong năm", "đ/thôn", DatedSchedule.Planned(300_000m), "mức hỗ trợ của Hội Khuyến học tỉnh"),
        new(UnitCostKey.RegistrationForm, "Giấy đăng ký", "đ/tờ", DatedSchedule.Planned(2_000m), "giá in ấn theo thị trường"),
        new(UnitCostKey.Certificate, "Giấy công nhận (in, khung)", "đ/giấy", DatedSchedule.Planned(15_000m), "giá in ấn theo thị trường"),
        new(UnitCostKey.MealCommune, "Hỗ trợ tiền ăn đại biểu hội nghị, học viên tập huấn cấp xã", "đ/người/ngày", Meals(50_000m, 100_000m)),
        new(UnitCostKey.MealDistrict, "Hỗ trợ tiền ăn đại biểu hội nghị, học viên tập huấn cấp huyện", "đ/người/ngày", Meals(70_000m, 150_000m)),
        new(UnitCostKey.MealProvince, "Hỗ trợ tiền ăn đại biểu hội nghị, học viên tập huấn cấp tỉnh", "đ/người/ngày", Meals(100_000m, 200_000m)),
        new(UnitCostKey.InspectionDistrict, "Một lượt kiểm tra của huyện tại xã (công tác phí, đi lại)", "đ/lượt", DatedSchedule.Planned(500_000m), "công tác phí chi theo thông tư của Bộ Tài chính đang có hiệu lực"),
        new(UnitCostKey.InspectionProvince, "Một lượt kiểm tra của tỉnh tại huyện (công tác phí, đi lại)", "đ/lượt", DatedSchedule.Planned(1_000_000m), "công tác phí chi theo thông tư của Bộ Tài chính đang có hiệu lực"),
        new(UnitCostKey.ConferenceCommune, "Tổ chức một hội nghị cấp xã (hội trường, tài liệu)", "đ/hội nghị", DatedSchedule.Planned(1_000_000m), "chi theo hợp đồng, hóa đơn thực tế"),
        new(UnitCostKey.ConferenceDistrict, "Tổ chức một hội nghị cấp huyện (hội trường, tài liệu)", "đ/hội nghị", DatedSchedule.Planned(3_000_000m), "chi theo hợp đồng, hóa đơn thực tế"),
        new(UnitCostKey.ConferenceProvince, "Tổ chức một hội nghị cấp tỉnh (hội trường, tài liệu)", "đ/hội nghị", DatedSchedule.Planned(10_000_000m), "chi theo hợp đồng, hóa đơn thực tế"),
        new(UnitCostKey.Discussion, "Tổ chức một buổi tọa đàm (hội trường, tài liệu)", "đ/buổi", DatedSchedule.Planned(5_000_000m), "chi theo hợp đồng, hóa đơn thực tế"),
        new(UnitCostKey.Circular44Inspection, "Kiểm tra, đánh giá một xã theo Thông tư 44/2014/TT-BGDĐT", "đ/xã", DatedSchedule.Planned(1_500_000m), "công tác phí của đoàn kiểm tra"),
    ];

    /// <summary>Participants not on a state payroll, who alone receive meal support (Circular 97/2010 and 40/2017): a share by level.</summary>
    public static IReadOnlyDictionary<UnitLevel, decimal> DefaultNonPayrollShare { get; } =
        new Dictionary<UnitLevel, decimal> { [UnitLevel.Province] = 0.5m, [UnitLevel.District] = 0.6m, [UnitLevel.Commune] = 0.8m };

    public static CostSettings Default { get; } = new(
        5m, DefaultUnitCosts.ToDictionary(c => c.Key), Costs.BaseSalary.Default, RewardRules.DefaultScale, RewardRules.Default,
        DefaultNonPayrollShare, DraftDay: (10, 1), PlausibleChangeFactor: 2m,
        TrainingDays: 1, TraineesPerDistrict: 4, TraineesPerCommune: 3, TraineesPerVillage: 2,
        DeploymentParticipantsProvince: 80, DeploymentParticipantsDistrict: 50, DeploymentParticipantsCommune: 30,
        ConferenceParticipantsProvince: 150, ConferenceParticipantsDistrict: 100, ConferenceParticipantsCommune: 60,
        FirstReviewDistricts: ["593", "599"], DiscussionParticipants: 30);

    /// <summary>The day the estimate of a year is drawn up: in the year before, once that year's figures are in.</summary>
    public DateOnly DraftedOn(int year) => new(year - 1, DraftDay.Month, DraftDay.Day);

    public UnitCost Cost(UnitCostKey key, DateOnly day) =>
        UnitCosts.TryGetValue(key, out var cost) ? cost.On(day) : throw new KeyNotFoundException($"Unit cost '{key.Key()}' is not configured.");

    /// <summary>The share of a level's participants paid meal support: those not on a state payroll.</summary>
    public decimal NonPayroll(UnitLevel level) => NonPayrollShare.TryGetValue(level, out var share) ? share : 1m;
}
