using Reporting.Data.Approval;
using Reporting.Data.Ledger;
using Reporting.Domain.Registers;
using Reporting.Registers.Schema;

namespace Reporting.Registers.Pulling;

/// <summary>The clerk's words (and ours) for what the ledger finds while storing a register.</summary>
public sealed class RegisterWording : IRegisterWording
{
    public static RegisterWording Instance { get; } = new();

    private static readonly System.Globalization.CultureInfo Vietnamese = System.Globalization.CultureInfo.GetCultureInfo("vi-VN");

    public RowIssue OldCodeWarning(string unitCode, TitleEntry entry, OldCodeProblem problem, string? oldCommune)
    {
        var error = problem == OldCodeProblem.Malformed
            ? new RowError(RegisterSchema.Columns.OldCode, RowRule.OldCodeFormat,
                $"Mã cũ \"{entry.OldCode}\" phải có dạng <mã xã cũ>/<mã cũ>.",
                $"Old code \"{entry.OldCode}\" must read <old commune code>/<old code>.")
            : new RowError(RegisterSchema.Columns.OldCode, RowRule.OldCodeUnknown,
                $"Mã cũ \"{entry.OldCode}\" không khớp với đối tượng nào trong sổ các năm trước của xã {oldCommune}.",
                $"Old code \"{entry.OldCode}\" names nothing in earlier registers of commune {oldCommune}.");
        var sheet = RegisterSchema.CommuneSheets.Single(s => s.Title == entry.Title).Name;
        return new RowIssue(sheet, entry.SourceRow, entry.Title, unitCode, IssueSeverity.Warning, error, Identity(entry));
    }

    /// <summary>The row's own columns, so that the error report names the row it warns about; the workflow is not repeated.</summary>
    private static string[] Identity(TitleEntry entry)
    {
        var households = entry.HouseholdCount?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";
        return entry.Title switch
        {
            Domain.Titles.Title.Community => [entry.Code, entry.Name, entry.Kind ?? "", households, entry.OldCode ?? ""],
            Domain.Titles.Title.Family => [entry.Code, entry.Name, entry.VillageCode ?? "", entry.OldCode ?? ""],
            Domain.Titles.Title.Clan => [entry.Code, entry.Name, entry.VillageCode ?? "", households, entry.OldCode ?? ""],
            _ => [entry.Code, entry.Name, entry.Kind ?? "", entry.OldCode ?? ""],
        };
    }

    public string Superseded(int year, DateOnly newerUpdatedOn) =>
        $"Đã có sổ năm {year} mới hơn (cập nhật {newerUpdatedOn:dd/MM/yyyy}); tệp này được lưu nhưng không thay thế.";

    public string HeldAfterClosing(int year, DateTime closedAtUtc, IReadOnlyList<CountChange> changes) =>
        $"Nhận sau khi chốt số liệu năm {year} (chốt ngày {ApprovalLedger.Day(closedAtUtc)}): sổ được lưu và kiểm tra nhưng chưa tính vào số liệu; " +
        "số liệu đã chốt chỉ thay đổi khi tỉnh mở lại năm này. " +
        (changes.Count == 0
            ? "Sổ này không làm thay đổi số đã chốt."
            : "So với số đã chốt: " + string.Join("; ", changes.Select(c => string.Create(Vietnamese, $"{c.What} {c.Closed:N0} → {c.Late:N0}"))) + ".");
}
