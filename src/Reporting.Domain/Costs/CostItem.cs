namespace Reporting.Domain.Costs;

/// <summary>A line item of the plan's estimate (section II.3 of plan 493/KH-UBND).</summary>
public sealed record CostItem(string Key, string Name, string Unit)
{
    public static readonly CostItem Materials = new("materials", "Biên soạn, in ấn tài liệu", "bộ");
    public static readonly CostItem Propaganda = new("propaganda", "Hướng dẫn, tuyên truyền ở thôn, khu phố", "thôn");
    public static readonly CostItem RegistrationForms = new("registration_forms", "Giấy đăng ký danh hiệu", "tờ");
    public static readonly CostItem FamilyCertificates = new("family_certificates", "Giấy công nhận \"Gia đình hiếu học\"", "giấy");
    public static readonly CostItem ClanCertificates = new("clan_certificates", "Giấy công nhận \"Dòng họ hiếu học\"", "giấy");
    public static readonly CostItem CommunityCertificates = new("community_certificates", "Giấy công nhận \"Cộng đồng học tập\"", "giấy");
    public static readonly CostItem UnitCertificates = new("unit_certificates", "Giấy công nhận \"Đơn vị học tập\"", "giấy");
    public static readonly CostItem Training = new("training", "Tập huấn (tiền ăn học viên)", "người·ngày");
    public static readonly CostItem Deployment = new("deployment", "Hội nghị triển khai (tiền ăn đại biểu)", "người·ngày");
    public static readonly CostItem Inspection = new("inspection", "Kiểm tra", "lượt");
    public static readonly CostItem ConferenceMeals = new("conference_meals", "Hội nghị sơ kết, tổng kết (tiền ăn đại biểu)", "người·ngày");
    public static readonly CostItem ConferenceOrganisation = new("conference_organisation", "Hội nghị sơ kết, tổng kết (hội trường, tài liệu)", "hội nghị");
    public static readonly CostItem FamilyRewards = new("family_rewards", "Khen thưởng \"Gia đình hiếu học\" tiêu biểu", "hộ");
    public static readonly CostItem ClanRewards = new("clan_rewards", "Khen thưởng \"Dòng họ hiếu học\" tiêu biểu", "tập thể");
    public static readonly CostItem CommunityRewards = new("community_rewards", "Khen thưởng \"Cộng đồng học tập\" tiêu biểu", "tập thể");
    public static readonly CostItem UnitRewards = new("unit_rewards", "Khen thưởng \"Đơn vị học tập\" tiêu biểu", "tập thể");
    public static readonly CostItem DiscussionMeals = new("discussion_meals_2018", "Tọa đàm theo vùng năm 2018 (tiền ăn đại biểu)", "người·ngày");
    public static readonly CostItem DiscussionOrganisation = new("discussion_organisation_2018", "Tọa đàm theo vùng năm 2018 (tổ chức)", "buổi");
    public static readonly CostItem Circular44Inspections = new("circular44_inspections_2019", "Kiểm tra, đánh giá cộng đồng học tập cấp xã (Thông tư 44) năm 2019", "xã");
}
