using Reporting.Domain.Figures;
using Reporting.Domain.Registers;
using Reporting.Domain.Requests;
using Reporting.Domain.Units;
using Reporting.Figures.Export;

namespace Reporting.Figures;

/// <summary>
/// The figures someone asks for: a period, which table, optionally one level and one unit with what
/// lies under it, and the format of an export. The schedule and the admin page ask for a period's
/// figures to be stored; <c>reporting figures</c> also exports them.
/// </summary>
public sealed record FiguresRequest(FiguresPeriod Period, UnitLevel? Level, string? UnitCode, FiguresFormat Format, FiguresTable Table = FiguresTable.Figures)
{
    public static FiguresRequest Parse(string? period, ProgrammePeriod programme) =>
        Parse(period, null, null, null, null, programme);

    public static FiguresRequest Parse(string? period, string? level, string? unitCode, string? format, string? table, ProgrammePeriod programme)
    {
        var text = (period ?? "").Trim();
        if (!FiguresPeriod.TryParse(text, out var parsed))
            throw new InvalidRequestException("period",
                $"Kỳ số liệu '{text}' không hợp lệ: nhập một năm (2018), một tháng (2018-03) hoặc một giai đoạn (2016-2018).",
                $"'{text}' is not a year (2018), a month (2018-03) or a window (2016-2018).");
        if (!programme.Contains(parsed.FromYear) || !programme.Contains(parsed.ToYear))
            throw new InvalidRequestException("period",
                $"Kỳ số liệu phải nằm trong {programme.FirstYear}–{programme.LastYear}.",
                $"years must fall in {programme.FirstYear}–{programme.LastYear}.");
        var request = new FiguresRequest(parsed, ParseLevel(level), RequestValues.Optional(unitCode),
            ParseEnum("format", format, FiguresFormat.Csv), ParseEnum("table", table, FiguresTable.Figures));
        if (request.Table == FiguresTable.Completeness && parsed.IsWindow)
            throw new InvalidRequestException("table", "Bảng tình hình nộp sổ tính cho một năm hoặc một tháng, không cho một giai đoạn.",
                "completeness takes a year or a month, not a window.");
        if (request.Table == FiguresTable.Exemplars && parsed.IsMonth)
            throw new InvalidRequestException("table", "Danh sách tiêu biểu tính cho một năm hoặc một giai đoạn, không cho một tháng.",
                "exemplars takes a year or a window, not a month.");
        return request;
    }

    /// <summary>As the run ledger records an export.</summary>
    public string LedgerParameters =>
        $"period={Period};table={Table.Key()};level={Level?.Key() ?? "all"};unit={UnitCode ?? "-"};format={Format.ToString().ToLowerInvariant()}";

    /// <summary>What the admin page says it queued.</summary>
    public string Description => $"Tính số liệu {Period.Vietnamese}";

    private static UnitLevel? ParseLevel(string? text) =>
        RequestValues.Optional(text) is not { } level || level.Equals("all", StringComparison.OrdinalIgnoreCase) ? null
        : UnitLevelNames.TryParse(level, out var parsed) ? parsed
        : throw new InvalidRequestException("level", $"Cấp '{level}' không có: chọn province, district, commune, village hoặc all.",
            $"'{level}' is not province, district, commune, village or all.");

    private static T ParseEnum<T>(string parameter, string? text, T absent) where T : struct, Enum =>
        RequestValues.Optional(text) is not { } value ? absent
        : !int.TryParse(value, out _) && Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed
        : throw new InvalidRequestException(parameter,
            $"'{value}' không phải một trong {Names<T>()}.", $"'{value}' is not one of {Names<T>()}.");

    private static string Names<T>() where T : struct, Enum => string.Join(", ", Enum.GetNames<T>().Select(n => n.ToLowerInvariant()));
}
