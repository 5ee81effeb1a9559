using System.Globalization;
using Reporting.Domain.Figures;
using Reporting.Domain.Titles;
using Reporting.Domain.Units;
using Reporting.Figures;
using Reporting.Reports.Output;

namespace Reporting.App.Web.Figures;

/// <summary>The tables of the figures pages, built from stored snapshot rows.</summary>
public static class FigureTables
{
    /// <summary>The titles a reader picks among: the four recognised entity by entity, then the communes' Circular 44 classification.</summary>
    public static IReadOnlyList<Title> Titles { get; } = [.. TitleKeys.Recognized, Title.CommuneCommunity];

    /// <summary>One title's figures of a unit's children, the unit's own row last as their total.</summary>
    public static DisplayTable Units(FiguresPeriod period, FigureRow unit, IReadOnlyList<FigureRow> children, Title title, DateTime computedAt)
    {
        var link = (FigureRow row) => row.Level == UnitLevel.Village ? null : FiguresLinks.Page(period, row.UnitCode, title);
        var classified = title == Title.CommuneCommunity;
        var headers = classified
            ? new List<string> { "Đơn vị", "Số xã", "Đã đánh giá", "Tốt", "Khá", "Trung bình", "Chưa xếp loại" }
            : ["Đơn vị", $"Tổng số {title.Names().Counted}", "Đăng ký", "Tỷ lệ đăng ký (%)", "Được công nhận", "Tỷ lệ công nhận (%)", "Chỉ tiêu (%)", "So với chỉ tiêu (điểm %)"];
        if (period.IsWindow && !classified)
            headers.AddRange(["Công nhận ít nhất 1 năm", "Công nhận mọi năm", "Đề nghị tiêu biểu"]);
        DisplayRow Row(FigureRow row, bool total)
        {
            var cells = new List<Cell> { new(row.UnitName, row.UnitName, Href: total ? null : link(row)) };
            if (classified)
                cells.AddRange([Count(row.Eligible), Count(row.Evaluated), Count(row.Good), Count(row.Fair), Count(row.Average), Count(row.Unclassified)]);
            else
            {
                cells.AddRange([Count(row.Eligible), Count(row.Registered), Percent(row.RegisteredPercent), Count(row.Recognized), Percent(row.RecognizedPercent),
                    Percent(row.TargetPercent), Gap(row.TargetGapPercent)]);
                if (period.IsWindow)
                    cells.AddRange([Count(row.RecognizedAny), Count(row.RecognizedEveryYear), Count(row.Exemplary)]);
            }
            var css = total ? "total" : row.TargetGapPercent < 0 ? "below-target" : null;
            return new DisplayRow(cells, css);
        }
        var rows = children.Select(c => Row(c, false)).Append(Row(unit, true)).ToList();
        var caption = $"{title.VietnameseName()} — {unit.UnitName}, {period.Vietnamese}";
        return new DisplayTable("so-lieu", caption, headers, rows, [Source(period, computedAt)]);
    }

    /// <summary>What the figures count and when they were computed, in the words every document uses.</summary>
    public static string Source(FiguresPeriod period, DateTime computedAtUtc) =>
        $"Nguồn: sổ theo dõi của các xã, huyện; {CutOff.Of(period)}. Số liệu tính lúc {Reporting.Domain.Calendar.VietnamTime.Of(computedAtUtc).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture)}.";

    public static Cell Count(long? value) => new(value is { } v ? Vietnamese.Number(v) : "–", value, IsNumber: true);

    public static Cell Percent(decimal? value) => new(value is { } v ? v.ToString("0.0", Vietnamese.Culture) : "–", value, IsNumber: true);

    private static Cell Gap(decimal? value) => new(Vietnamese.Gap(value), value, IsNumber: true, Class: value < 0 ? "below" : value >= 0 ? "met" : null);
}

/// <summary>The addresses of the figures pages.</summary>
public static class FiguresLinks
{
    public const string Root = "/so-lieu";

    public static string Page(FiguresPeriod period, string unitCode, Title title) =>
        $"{Root}?period={period}&unit={Uri.EscapeDataString(unitCode)}&title={title.Key()}";
}
