namespace Reporting.Registers.Samples;

/// <summary>Plausible Vietnamese names for sample registers.</summary>
internal static class SampleNames
{
    private static readonly string[] FamilyNames =
        ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Trương", "Đinh", "Lương", "Mai"];
    private static readonly string[] MiddleNames = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh", "Quốc", "Xuân", "Kim"];
    private static readonly string[] GivenNames =
        ["An", "Bình", "Cường", "Dũng", "Đạt", "Hà", "Hải", "Hạnh", "Hùng", "Hương", "Khánh", "Lan", "Long", "Mai", "Nam", "Nga", "Phúc", "Quang", "Sơn", "Tâm", "Thảo", "Thắng", "Trung", "Tuấn", "Vân", "Yến", "Ánh", "Đông", "Lộc", "Tài"];
    private static readonly (string Kind, string Name)[] UnitKinds =
    [
        ("trường học", "Trường Mầm non"), ("trường học", "Trường Tiểu học"), ("trường học", "Trường THCS"),
        ("trạm y tế", "Trạm Y tế"), ("cơ quan", "Ủy ban nhân dân"), ("cơ quan", "Công an"),
        ("hợp tác xã", "Hợp tác xã Nông nghiệp"), ("doanh nghiệp", "Công ty TNHH"), ("cơ quan", "Bưu điện văn hóa"),
    ];

    public static string Person(Random rng) =>
        $"{Pick(rng, FamilyNames)} {Pick(rng, MiddleNames)} {Pick(rng, GivenNames)}";

    public static string FamilyName(Random rng) => Pick(rng, FamilyNames);

    public static (string Kind, string Name) Unit(int index, string communeName) =>
        (UnitKinds[index % UnitKinds.Length].Kind, $"{UnitKinds[index % UnitKinds.Length].Name} {communeName}{(index >= UnitKinds.Length ? $" {index / UnitKinds.Length + 1}" : "")}");

    private static string Pick(Random rng, string[] values) => values[rng.Next(values.Length)];
}
