using Reporting.Domain.Titles;
using static Reporting.Domain.Registers.WorkflowColumns;

namespace Reporting.Registers.Schema;

/// <summary>
/// The sheets and columns of the register format, version 1. The reader and the blank templates
/// are both built from here, so the two cannot drift.
/// </summary>
public static class RegisterSchema
{
    public const string InfoSheet = "ThongTin";
    public const string VillageSheet = "Thon";
    public const string FamilySheet = "GiaDinh";
    public const string ClanSheet = "DongHo";
    public const string UnitSheet = "DonVi";
    public const string AssessmentSheet = "CDHT_Xa";

    public static class Info
    {
        public const string UnitCode = "Mã đơn vị";
        public const string UnitName = "Tên đơn vị";
        public const string Level = "Cấp";
        public const string Year = "Năm";
        public const string UpdatedOn = "Ngày cập nhật";
        public const string PreparedBy = "Người lập";
    }

    public static class Columns
    {
        public const string VillageCode = "Mã thôn";
        public const string VillageName = "Tên thôn";
        public const string VillageKind = "Loại";
        public const string Households = "Số hộ";
        public const string OldCode = "Mã cũ";
        public const string HouseholdCode = "Mã hộ";
        public const string HouseholdHead = "Chủ hộ";
        public const string ClanCode = "Mã dòng họ";
        public const string ClanName = "Tên dòng họ";
        public const string UnitCode = "Mã đơn vị";
        public const string UnitName = "Tên đơn vị";
        public const string UnitType = "Loại hình";
        public const string CommuneCode = "Mã xã";
        public const string CommuneName = "Tên xã";
        public const string Total = "Tổng điểm";
        public const string Classification = "Xếp loại";
    }

    private static readonly ColumnSpec[] Workflow =
    [
        new(Registered, Width: 9),
        new(RegisteredOn, Width: 13),
        new(Score, Required: false, Width: 8),
        new(Result, Width: 11),
        new(EvaluatedOn, Width: 13),
        new(Recognized, Width: 10),
        new(DecisionNumber, Width: 16),
        new(RecognizedOn, Width: 13),
        new(Note, Required: false, Width: 24),
    ];

    public static SheetSpec Villages { get; } = new(VillageSheet, Title.Community, "Danh sách thôn, bản, khu phố — Cộng đồng học tập",
    [
        new(Columns.VillageCode, Width: 10),
        new(Columns.VillageName, Width: 22),
        new(Columns.VillageKind, Width: 12),
        new(Columns.Households, Width: 9),
        new(Columns.OldCode, Required: false, Width: 14),
        .. Workflow,
    ]);

    public static SheetSpec Families { get; } = new(FamilySheet, Title.Family, "Danh sách hộ gia đình — Gia đình hiếu học",
    [
        new(Columns.HouseholdCode, Width: 12),
        new(Columns.HouseholdHead, Width: 24),
        new(Columns.VillageCode, Width: 10),
        new(Columns.OldCode, Required: false, Width: 14),
        .. Workflow,
    ]);

    public static SheetSpec Clans { get; } = new(ClanSheet, Title.Clan, "Danh sách dòng họ — Dòng họ hiếu học",
    [
        new(Columns.ClanCode, Width: 12),
        new(Columns.ClanName, Width: 24),
        new(Columns.VillageCode, Width: 10),
        new(Columns.Households, Width: 9),
        new(Columns.OldCode, Required: false, Width: 14),
        .. Workflow,
    ]);

    public static SheetSpec Units { get; } = new(UnitSheet, Title.LearningUnit, "Danh sách đơn vị — Đơn vị học tập",
    [
        new(Columns.UnitCode, Width: 12),
        new(Columns.UnitName, Width: 28),
        new(Columns.UnitType, Width: 16),
        new(Columns.OldCode, Required: false, Width: 14),
        .. Workflow,
    ]);

    public static IReadOnlyList<SheetSpec> CommuneSheets { get; } = [Villages, Families, Clans, Units];

    public static SheetSpec Assessments(int criterionCount) => new(AssessmentSheet, Title.CommuneCommunity,
        "Đánh giá, xếp loại cộng đồng học tập cấp xã (Thông tư 44/2014/TT-BGDĐT)",
    [
        new(Columns.CommuneCode, Width: 10),
        new(Columns.CommuneName, Width: 22),
        .. Enumerable.Range(1, criterionCount).Select(i => new ColumnSpec($"TC{i}", Width: 6)),
        new(Columns.Total, Width: 10),
        new(Columns.Classification, Width: 14),
        new(EvaluatedOn, Width: 13),
        new(DecisionNumber, Width: 16),
    ]);
}
