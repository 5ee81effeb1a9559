namespace Reporting.Domain.Costs;

/// <summary>A unit cost and the text that justifies it (a circular, a decree, or a local price).</summary>
public sealed record UnitCost(UnitCostKey Key, string Name, decimal Amount, string Unit, string Basis);

/// <summary>
/// The rules that turn figures and the plan's calendar into quantities, and the unit costs they are
/// priced at (section <c>Costs</c> of appsettings.json).
/// </summary>
public sealed record CostSettings(
    decimal GrowthPercent,
    IReadOnlyDictionary<UnitCostKey, UnitCost> UnitCosts,
    BaseSalarySchedule BaseSalary,
    decimal PersonCoefficient,
    decimal CollectiveCoefficient,
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
    public static IReadOnlyList<UnitCost> DefaultUnitCosts { get; } =
    [
        new(UnitCostKey.Materials, "Bộ tài liệu hướng dẫn", 50_000m, "đ/bộ", "Giá in ấn dự kiến theo thị trường; chi theo hóa đơn thực tế"),
        new(UnitCostKey.Propaganda, "Tuyên truyền ở một thôn, khu phố trong năm", 300_000m, "đ/thôn", "Mức hỗ trợ dự kiến của Hội Khuyến học tỉnh"),
        new(UnitCostKey.RegistrationForm, "Giấy đăng ký", 2_000m, "đ/tờ", "Giá in ấn dự kiến"),
        new(UnitCostKey.Certificate, "Giấy công nhận (in, khung)", 15_000m, "đ/giấy", "Giá in ấn dự kiến"),
        new(UnitCostKey.MealCommune, "Tiền ăn đại biểu hội nghị, tập huấn cấp xã", 100_000m, "đ/người/ngày", "Thông tư 40/2017/TT-BTC, Điều 12"),
        new(UnitCostKey.MealDistrict, "Tiền ăn đại biểu hội nghị, tập huấn cấp huyện", 150_000m, "đ/người/ngày", "Thông tư 40/2017/TT-BTC, Điều 12"),
        new(UnitCostKey.MealProvince, "Tiền ăn đại biểu hội nghị, tập huấn cấp tỉnh", 200_000m, "đ/người/ngày", "Thông tư 40/2017/TT-BTC, Điều 12"),
        new(UnitCostKey.InspectionDistrict, "Một lượt kiểm tra của huyện tại xã", 500_000m, "đ/lượt", "Thông tư 40/2017/TT-BTC (công tác phí), dự kiến"),
        new(UnitCostKey.InspectionProvince, "Một lượt kiểm tra của tỉnh tại huyện", 1_000_000m, "đ/lượt", "Thông tư 40/2017/TT-BTC (công tác phí), dự kiến"),
        new(UnitCostKey.ConferenceCommune, "Tổ chức một hội nghị cấp xã (hội trường, tài liệu)", 1_000_000m, "đ/hội nghị", "Thông tư 40/2017/TT-BTC, dự kiến"),
        new(UnitCostKey.ConferenceDistrict, "Tổ chức một hội nghị cấp huyện (hội trường, tài liệu)", 3_000_000m, "đ/hội nghị", "Thông tư 40/2017/TT-BTC, dự kiến"),
        new(UnitCostKey.ConferenceProvince, "Tổ chức một hội nghị cấp tỉnh (hội trường, tài liệu)", 10_000_000m, "đ/hội nghị", "Thông tư 40/2017/TT-BTC, dự kiến"),
        new(UnitCostKey.Discussion, "Tổ chức một buổi tọa đàm (hội trường, tài liệu)", 5_000_000m, "đ/buổi", "Kế hoạch 493/KH-UBND năm 2018, dự kiến"),
        new(UnitCostKey.Circular44Inspection, "Kiểm tra, đánh giá một xã theo Thông tư 44", 1_500_000m, "đ/xã", "Thông tư 44/2014/TT-BGDĐT; công tác phí theo Thông tư 40/2017/TT-BTC"),
    ];

    public static CostSettings Default { get; } = new(
        5m, DefaultUnitCosts.ToDictionary(c => c.Key), BaseSalarySchedule.Default, 0.15m, 0.3m,
        TrainingDays: 1, TraineesPerDistrict: 4, TraineesPerCommune: 3, TraineesPerVillage: 2,
        DeploymentParticipantsProvince: 80, DeploymentParticipantsDistrict: 50, DeploymentParticipantsCommune: 30,
        ConferenceParticipantsProvince: 150, ConferenceParticipantsDistrict: 100, ConferenceParticipantsCommune: 60,
        FirstReviewDistricts: ["593", "599"], DiscussionParticipants: 30);

    public UnitCost Cost(UnitCostKey key) => UnitCosts.TryGetValue(key, out var cost) ? cost : throw new KeyNotFoundException($"Unit cost '{key.Key()}' is not configured.");
}
