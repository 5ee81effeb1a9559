using Reporting.Data.Approval;
using Reporting.Data.Model;

namespace Reporting.Reports.Output;

/// <summary>
/// Whether a document's years are closed (<i>chốt số liệu</i>), in the words it prints, and the
/// instant its files are dated: the latest closing when every year is closed, so that the document
/// written again while they stay closed is the same bytes; otherwise the time of writing.
/// </summary>
public sealed record ClosedFigures(string Words, DateTime? ClosedAt)
{
    public static ClosedFigures Of(IReadOnlyDictionary<int, YearClosing> closings, IEnumerable<int> years)
    {
        var all = years.Distinct().Order().ToList();
        var closed = all.Where(closings.ContainsKey).ToList();
        var open = all.Except(closed).ToList();
        string Dates() => string.Join("; ", closed.Select(y => $"năm {y} ngày {ApprovalLedger.Day(closings[y].ClosedAt)}"));
        if (open.Count == 0)
            return new ClosedFigures(all.Count == 1
                ? $"Số liệu năm {all[0]} đã chốt ngày {ApprovalLedger.Day(closings[all[0]].ClosedAt)}."
                : $"Số liệu đã chốt ({Dates()}).", closed.Max(y => closings[y].ClosedAt));
        var pending = $"Số liệu {Years(open)} chưa chốt, có thể còn thay đổi khi các xã, huyện gửi sổ bổ sung";
        return new ClosedFigures(closed.Count == 0 ? pending + "." : $"{pending}; đã chốt {Dates()}.", null);
    }

    public static async Task<ClosedFigures> OfAsync(ApprovalLedger approvals, IEnumerable<int> years, CancellationToken cancellationToken) =>
        Of(await approvals.ClosingsAsync(cancellationToken), years);

    /// <summary>The instant the document's files carry: its closing's, or <paramref name="now"/>.</summary>
    public DateTime DatedAt(DateTime now) => ClosedAt ?? now;

    private static string Years(IReadOnlyList<int> years) => years.Count == 1 ? $"năm {years[0]}" : $"các năm {string.Join(", ", years)}";
}
