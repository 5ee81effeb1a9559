namespace Reporting.Domain.Units;

/// <summary>The kinds of locality the plan compares in 2018: mountain, plain, urban and island (and communes that mix plain and mountain).</summary>
public enum AreaKind
{
    Urban,
    Plain,
    Mixed,
    Mountain,
    Island,
}

public static class AreaKinds
{
    /// <summary>The kind of a terrain of the unit list: <c>mountain(vùng cao)</c> is mountain, <c>urban(thị trấn)</c> urban.</summary>
    public static AreaKind? Of(string? terrain) => terrain switch
    {
        null => null,
        _ when terrain.StartsWith("mountain", StringComparison.Ordinal) => AreaKind.Mountain,
        _ when terrain.StartsWith("urban", StringComparison.Ordinal) => AreaKind.Urban,
        _ when terrain.StartsWith("island", StringComparison.Ordinal) => AreaKind.Island,
        _ when terrain.StartsWith("plain", StringComparison.Ordinal) => AreaKind.Plain,
        _ when terrain.StartsWith("mixed", StringComparison.Ordinal) => AreaKind.Mixed,
        _ => null,
    };

    public static string VietnameseName(this AreaKind kind) => kind switch
    {
        AreaKind.Urban => "Đô thị",
        AreaKind.Plain => "Đồng bằng",
        AreaKind.Mixed => "Xen kẽ đồng bằng – miền núi",
        AreaKind.Mountain => "Miền núi",
        _ => "Hải đảo",
    };
}
