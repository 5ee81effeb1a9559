using Reporting.Domain.Costs;
using Reporting.Domain.Titles;
using Reporting.Domain.Units;
using static Reporting.Reports.Output.Vietnamese;

namespace Reporting.Reports.Costs;

/// <summary>The words an estimate uses for levels, shares and quotas, the same on every sheet.</summary>
internal static class CostWords
{
    public static string Level(UnitLevel level) => level switch
    {
        UnitLevel.Province => "cấp tỉnh",
        UnitLevel.District => "cấp huyện",
        _ => "cấp xã",
    };

    /// <summary>"5%", "0,5%".</summary>
    public static string Share(decimal share) => (share * 100m).ToString("0.##", Culture) + "%";

    /// <summary>"30 hộ toàn tỉnh", "5% số ứng viên mỗi xã, làm tròn lên, tối đa 10".</summary>
    public static string Quota(RewardQuota quota, UnitLevel level, TitleNames names)
    {
        var each = level switch { UnitLevel.Province => "toàn tỉnh", UnitLevel.District => "mỗi huyện", _ => "mỗi xã" };
        if (quota.Count is { } count)
            return $"{Number(count)} {names.Short} {each}";
        var text = $"{Share(quota.Share ?? 0)} số ứng viên {each}, làm tròn lên";
        return quota.Cap is { } cap ? $"{text}, tối đa {Number(cap)}" : text;
    }
}
