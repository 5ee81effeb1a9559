using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Reporting.Data.Model;
using Reporting.Data.Approval;
using Reporting.Domain.Figures;
using Reporting.Domain.Programme;
using Reporting.Domain.Registers;
using Reporting.Domain.Titles;
using Reporting.Domain.Units;
using Reporting.Figures;
using Reporting.Figures.Snapshots;
using Reporting.Reports.Charts;
using Reporting.Reports.Output;

namespace Reporting.App.Web.Figures;

internal sealed record Link(string Name, string Href, bool Current = false);

internal sealed record Chart(string Caption, string Source);

/// <summary>One figures page: what was asked, where it stands in the hierarchy, its table and charts, or why there is nothing to show.</summary>
internal sealed record FiguresPage(
    string View, string Period, string PeriodLabel, IReadOnlyList<PeriodGroup> Periods, string UnitCode, string UnitName, string TitleKey,
    IReadOnlyList<Link> Crumbs, IReadOnlyList<Link> Views, IReadOnlyList<Link> Titles,
    string? Missing, DisplayTable? Table, IReadOnlyList<string> BelowTarget, IReadOnlyList<Chart> Charts, DisplayTable? Late,
    string? Search, string? Shown, string DownloadCsv, string DownloadXlsx, FiguresClosing Closing, bool IsAdmin = false);

/// <summary>Whether the period's years are closed, in the words the reports print, and the registers held meanwhile.</summary>
internal sealed record FiguresClosing(string Words, bool IsClosed, int Held, string ApprovalHref);

internal static class FiguresView
{
    public const string Figures = "so-lieu";
    public const string Completeness = "nop-so";
    public const string Exemplars = "tieu-bieu";

    private const int ExemplarsShown = 500;

    public static async Task<FiguresPage> BuildAsync(IServiceProvider services, FiguresQuery query, string view, CancellationToken cancellationToken)
    {
        var units = services.GetRequiredService<UnitDirectory>();
        var stored = services.GetRequiredService<StoredFigures>();
        var programme = services.GetRequiredService<ProgrammePeriod>();
        var period = query.Period;
        var unit = units.Find(query.UnitCode, period.ToYear) ?? units.Latest(query.UnitCode)!;
        var download = $"{FiguresLinks.Root}/tai-ve?view={view}&period={period}&unit={unit.Code}&title={query.Title.Key()}"
            + (query.Search is { Length: > 0 } q ? "&q=" + Uri.EscapeDataString(q) : "");
        var page = new FiguresPage(view, period.ToString(), period.Vietnamese,
            PeriodChoice.Grouped(PeriodChoice.All(programme, services.GetRequiredService<ProgrammeCalendar>())),
            unit.Code, unit.Name, query.Title.Key(), Crumbs(unit, units, view, query), Views(view, query), TitleTabs(view, query),
            null, null, [], [], null, query.Search, null, download + "&format=csv", download + "&format=xlsx",
            await ClosingAsync(services, period, cancellationToken));
        return view switch
        {
            Completeness => await CompletenessAsync(page, stored, query, unit, cancellationToken),
            Exemplars => await ExemplarsAsync(page, stored, query, unit, units, cancellationToken),
            _ => await FiguresAsync(page, stored, query, unit, programme, cancellationToken),
        };
    }

    private static async Task<FiguresClosing> ClosingAsync(IServiceProvider services, FiguresPeriod period, CancellationToken cancellationToken)
    {
        var years = Enumerable.Range(period.FromYear, period.ToYear - period.FromYear + 1).ToList();
        var closed = await ClosedFigures.OfAsync(services.GetRequiredService<ApprovalLedger>(), years, cancellationToken);
        var held = await services.GetRequiredService<ReportingDbContext>().RegisterFiles
            .CountAsync(f => f.Year >= period.FromYear && f.Year <= period.ToYear && f.HeldByClosingId != null, cancellationToken);
        return new FiguresClosing(closed.Words, closed.ClosedAt is not null, held, Approval.ApprovalPaths.Of(period.ToYear));
    }

    private static async Task<FiguresPage> FiguresAsync(FiguresPage page, StoredFigures stored, FiguresQuery query, AdministrativeUnit unit,
        ProgrammePeriod programme, CancellationToken cancellationToken)
    {
        var period = query.Period;
        if (await stored.FiguresAsync(period, cancellationToken) is not { } figures)
            return page with { Missing = $"Chưa tính số liệu {period.Vietnamese}: chạy “Tính số liệu” cho kỳ này ở trang Điều hành." };
        var title = query.Title;
        var own = figures.Rows.FirstOrDefault(r => r.Level != UnitLevel.Village && r.UnitCode == unit.Code && r.Title == title);
        if (own is null)
            return page with { Missing = $"{unit.Name} không có số liệu {title.VietnameseName().ToLower(Vietnamese.Culture)} {period.Vietnamese}." };
        var childLevel = unit.Level + 1;
        var children = figures.Rows.Where(r => r.Title == title && r.ParentCode == unit.Code && r.Level == childLevel).ToList();
        var charts = new List<Chart>();
        if (title != Title.CommuneCommunity)
        {
            if (children.Count > 0)
                charts.Add(new Chart($"Tỷ lệ công nhận {period.Vietnamese} theo {LevelName(childLevel)}, so với chỉ tiêu",
                    FiguresCharts.Comparison($"{title.VietnameseName()}: tỷ lệ công nhận theo {LevelName(childLevel)}",
                        children.Select(c => new ComparisonChart.Line(c.UnitName, c.RecognizedPercent, c.TargetPercent)).ToList())));
            var trend = new List<(int Year, decimal? Percent)>();
            foreach (var year in programme.Years)
            {
                if (await stored.FiguresAsync(FiguresPeriod.Year(year), cancellationToken) is { } ofYear
                    && ofYear.Rows.FirstOrDefault(r => r.Level != UnitLevel.Village && r.UnitCode == unit.Code && r.Title == title) is { } row)
                    trend.Add((year, row.RecognizedPercent));
            }
            if (trend.Count > 1)
                charts.Add(new Chart($"Xu hướng tỷ lệ công nhận của {unit.Name} qua các năm",
                    FiguresCharts.Trend($"{title.VietnameseName()} — {unit.Name}", trend, own.TargetPercent)));
        }
        return page with
        {
            Table = FigureTables.Units(period, own, children, title, figures.ComputedAt),
            BelowTarget = children.Where(c => c.TargetGapPercent < 0).Select(c => $"{c.UnitName} ({Vietnamese.Percent(c.RecognizedPercent)}, chỉ tiêu {Vietnamese.Percent(c.TargetPercent)})").ToList(),
            Charts = charts,
        };
    }

    private static async Task<FiguresPage> CompletenessAsync(FiguresPage page, StoredFigures stored, FiguresQuery query, AdministrativeUnit unit, CancellationToken cancellationToken)
    {
        var period = query.Period;
        if (period.IsWindow)
            return page with { Missing = "Tình hình nộp sổ xem theo một năm hoặc một tháng: chọn năm hoặc tháng." };
        if (await stored.CompletenessAsync(period, cancellationToken) is not { } completeness)
            return page with { Missing = $"Chưa tính tình hình nộp sổ {period.Vietnamese}: chạy “Tính số liệu” cho kỳ này ở trang Điều hành." };
        var rows = completeness.Rows;
        var own = rows.FirstOrDefault(r => r.UnitCode == unit.Code && r.Level == unit.Level);
        if (own is null)
            return page with { Missing = $"{unit.Name} không có trong tình hình nộp sổ {period.Vietnamese}." };
        var source = FigureTables.Source(period, completeness.ComputedAt);
        var children = rows.Where(r => r.ParentCode == unit.Code && r.Level == unit.Level + 1).ToList();
        DisplayTable table;
        if (unit.Level == UnitLevel.Province)
            table = new DisplayTable(Completeness, $"Tình hình nộp sổ — {unit.Name}, {period.Vietnamese}",
                ["Đơn vị", "Số xã", "Đã nộp", "Đúng hạn", "Chậm", "Chưa nộp", "Tỷ lệ nộp (%)"],
                children.Append(own).Select(r => new DisplayRow([
                    new(r.UnitName, r.UnitName, Href: r == own ? null : $"{FiguresLinks.Root}/nop-so?period={period}&unit={r.UnitCode}"),
                    FigureTables.Count(r.CommunesExpected), FigureTables.Count(r.CommunesSubmitted), FigureTables.Count(r.CommunesOnTime),
                    FigureTables.Count(r.CommunesLate), FigureTables.Count(r.CommunesMissing), FigureTables.Percent(r.ReportingRatePercent)], r == own ? "total" : null)).ToList(),
                [source]);
        else
            table = CommuneStatuses(Completeness, $"Tình hình nộp sổ — {unit.Name}, {period.Vietnamese}", unit.Level == UnitLevel.District ? children : [own], source);
        var communes = rows.Where(r => r.Level == UnitLevel.Commune && r.Status is SubmissionStatus.Missing or SubmissionStatus.Late
            && (unit.Level == UnitLevel.Province || r.ParentCode == unit.Code || r.UnitCode == unit.Code)).ToList();
        var late = CommuneStatuses("cham-nop", $"Xã chưa nộp hoặc nộp chậm — {unit.Name}, {period.Vietnamese}", communes, source);
        return page with { Table = table, Late = late };
    }

    private static DisplayTable CommuneStatuses(string name, string caption, IReadOnlyList<CompletenessRow> rows, string source) =>
        new(name, caption, ["Xã", "Trạng thái", "Ngày cập nhật sổ", "Số ngày từ lần cập nhật", "Số dòng bị loại"],
            rows.Select(r => new DisplayRow([
                new(r.UnitName, r.UnitName),
                new(r.StatusVietnamese ?? "–", r.StatusVietnamese, Class: r.Status == SubmissionStatus.Submitted ? "met" : "below"),
                new(r.UpdatedOn is { } day ? Vietnamese.Date(day) : "–", r.UpdatedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                FigureTables.Count(r.DaysSinceUpdate), FigureTables.Count(r.RejectedRows)])).ToList(),
            [source]);

    private static async Task<FiguresPage> ExemplarsAsync(FiguresPage page, StoredFigures stored, FiguresQuery query, AdministrativeUnit unit, UnitDirectory units,
        CancellationToken cancellationToken)
    {
        var period = query.Period;
        if (period.IsMonth)
            return page with { Missing = "Danh sách tiêu biểu xem theo một giai đoạn (hoặc một năm): chọn giai đoạn." };
        if (await stored.ExemplarsAsync(period, cancellationToken) is not { } exemplars)
            return page with { Missing = $"Chưa có danh sách tiêu biểu {period.Vietnamese}: chạy “Tính số liệu” cho giai đoạn này ở trang Điều hành." };
        var search = query.Search is { Length: > 0 } typed ? Folded(typed) : null;
        var found = exemplars.Rows.Where(e => e.Title == query.Title
                && (unit.Level == UnitLevel.Province || e.DistrictCode == unit.Code || e.CommuneCode == unit.Code)
                && (search is null || Folded(e.Name).Contains(search, StringComparison.Ordinal) || Folded(e.Code).Contains(search, StringComparison.Ordinal)))
            .ToList();
        string Name(string code) => units.Latest(code)?.Name ?? code;
        var rows = found.Select((e, i) => new DisplayRow([
            new(Vietnamese.Number(i + 1), (long)(i + 1), IsNumber: true), new(e.Name, e.Name), new(e.Code, e.Code), new(e.VillageName ?? "", e.VillageName),
            new(Name(e.CommuneCode), Name(e.CommuneCode)), new(Name(e.DistrictCode), Name(e.DistrictCode)),
            new(string.Join(", ", e.YearsRecognized), string.Join(", ", e.YearsRecognized)), new(string.Join("; ", e.DecisionNumbers), string.Join("; ", e.DecisionNumbers))])).ToList();
        var table = new DisplayTable(Exemplars, $"Đề nghị tiêu biểu: {query.Title.VietnameseName().ToLower(Vietnamese.Culture)} — {unit.Name}, {period.Vietnamese}",
            ["STT", "Tên", "Mã", "Thôn, khu phố", "Xã", "Huyện", "Năm được công nhận", "Số quyết định"], rows,
            [FigureTables.Source(period, exemplars.ComputedAt) + " Tiêu biểu: được công nhận các năm của giai đoạn theo quy định, có năm cuối."]);
        return page with
        {
            Table = table,
            Shown = found.Count > ExemplarsShown ? $"Hiện {Vietnamese.Number(ExemplarsShown)} trên {Vietnamese.Number(found.Count)}; tải về để có đủ danh sách." : null,
        };
    }

    /// <summary>A name as a search compares it: lower case, without accents, "đ" as "d", so "nguyen van an" finds "Nguyễn Văn An".</summary>
    private static string Folded(string text)
    {
        var decomposed = text.Normalize(System.Text.NormalizationForm.FormD);
        var kept = decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray();
        return new string(kept).Replace('đ', 'd').Replace('Đ', 'D').ToLowerInvariant();
    }

    /// <summary>The page shows the first rows of a long list; the download carries them all.</summary>
    public static DisplayTable ForPage(DisplayTable table) => table.Rows.Count > ExemplarsShown ? table with { Rows = table.Rows.Take(ExemplarsShown).ToList() } : table;

    private static IReadOnlyList<Link> Crumbs(AdministrativeUnit unit, UnitDirectory units, string view, FiguresQuery query)
    {
        var chain = new List<AdministrativeUnit>();
        for (var u = unit; u is not null; u = u.ParentCode is { } parent ? units.Find(parent, query.Period.ToYear) ?? units.Latest(parent) : null)
            chain.Insert(0, u);
        return chain.Select(u => new Link(u.Name, Href(view, query with { UnitCode = u.Code }), u.Code == unit.Code)).ToList();
    }

    private static IReadOnlyList<Link> Views(string view, FiguresQuery query) =>
        new[] { (Figures, "Số liệu theo đơn vị"), (Completeness, "Tình hình nộp sổ"), (Exemplars, "Đề nghị tiêu biểu") }
            .Select(v => new Link(v.Item2, Href(v.Item1, query), v.Item1 == view)).ToList();

    private static IReadOnlyList<Link> TitleTabs(string view, FiguresQuery query) =>
        (view == Exemplars ? TitleKeys.Recognized : FigureTables.Titles)
        .Select(t => new Link(t.VietnameseName(), Href(view, query with { Title = t }), t == query.Title)).ToList();

    private static string Href(string view, FiguresQuery query) =>
        (view == Figures ? FiguresLinks.Root : $"{FiguresLinks.Root}/{view}") + $"?period={query.Period}&unit={query.UnitCode}&title={query.Title.Key()}";

    private static string LevelName(UnitLevel level) => level switch
    {
        UnitLevel.District => "huyện",
        UnitLevel.Commune => "xã",
        _ => "thôn, khu phố",
    };
}
