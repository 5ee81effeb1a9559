namespace Reporting.Domain.Costs;

/// <summary>The line items of the plan's estimate (section II.3 of plan 493/KH-UBND).</summary>
public enum CostItemKind
{
    Materials,
    Propaganda,
    RegistrationForms,
    FamilyCertificates,
    ClanCertificates,
    CommunityCertificates,
    UnitCertificates,
    Training,
    Deployment,
    Inspection,
    ConferenceMeals,
    ConferenceOrganisation,
    FamilyRewards,
    ClanRewards,
    CommunityRewards,
    UnitRewards,
    DiscussionMeals,
    DiscussionOrganisation,
    Circular44Inspections,
}

/// <summary>A line item as the estimate names it; the items of one year of the calendar carry that year.</summary>
public sealed record CostItem(CostItemKind Kind, string Name, string Unit)
{
    public static readonly CostItem Materials = new(CostItemKind.Materials, "Biên soạn, in ấn tài liệu", "bộ");
    public static readonly CostItem Propaganda = new(CostItemKind.Propaganda, "Hướng dẫn, tuyên truyền ở thôn, khu phố", "thôn");
    public static readonly CostItem RegistrationForms = new(CostItemKind.RegistrationForms, "Giấy đăng ký danh hiệu", "tờ");
    public static readonly CostItem FamilyCertificates = new(CostItemKind.FamilyCertificates, "Giấy công nhận \"Gia đình hiếu học\"", "giấy");
    public static readonly CostItem ClanCertificates = new(CostItemKind.ClanCertificates, "Giấy công nhận \"Dòng họ hiếu học\"", "giấy");
    public static readonly CostItem CommunityCertificates = new(CostItemKind.CommunityCertificates, "Giấy công nhận \"Cộng đồng học tập\"", "giấy");
    public static readonly CostItem UnitCertificates = new(CostItemKind.UnitCertificates, "Giấy công nhận \"Đơn vị học tập\"", "giấy");
    public static readonly CostItem Training = new(CostItemKind.Training, "Tập huấn (tiền ăn học viên)", "người·ngày");
    public static readonly CostItem Deployment = new(CostItemKind.Deployment, "Hội nghị triển khai (tiền ăn đại biểu)", "người·ngày");
    public static readonly CostItem Inspection = new(CostItemKind.Inspection, "Kiểm tra", "lượt");
    public static readonly CostItem ConferenceMeals = new(CostItemKind.ConferenceMeals, "Hội nghị sơ kết, tổng kết (tiền ăn đại biểu)", "người·ngày");
    public static readonly CostItem ConferenceOrganisation = new(CostItemKind.ConferenceOrganisation, "Hội nghị sơ kết, tổng kết (hội trường, tài liệu)", "hội nghị");
    public static readonly CostItem FamilyRewards = new(CostItemKind.FamilyRewards, "Khen thưởng \"Gia đình hiếu học\" tiêu biểu", "hộ");
    public static readonly CostItem ClanRewards = new(CostItemKind.ClanRewards, "Khen thưởng \"Dòng họ hiếu học\" tiêu biểu", "tập thể");
    public static readonly CostItem CommunityRewards = new(CostItemKind.CommunityRewards, "Khen thưởng \"Cộng đồng học tập\" tiêu biểu", "tập thể");
    public static readonly CostItem UnitRewards = new(CostItemKind.UnitRewards, "Khen thưởng \"Đơn vị học tập\" tiêu biểu", "tập thể");

    public static CostItem DiscussionMeals(int year) => new(CostItemKind.DiscussionMeals, $"Tọa đàm theo vùng năm {year} (tiền ăn đại biểu)", "người·ngày");

    public static CostItem DiscussionOrganisation(int year) => new(CostItemKind.DiscussionOrganisation, $"Tọa đàm theo vùng năm {year} (tổ chức)", "buổi");

    public static CostItem Circular44Inspections(int year) =>
        new(CostItemKind.Circular44Inspections, $"Kiểm tra, đánh giá cộng đồng học tập cấp xã (Thông tư 44) năm {year}", "xã");
}
