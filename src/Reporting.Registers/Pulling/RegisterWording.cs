using Reporting.Data.Ledger;
using Reporting.Domain.Registers;
using Reporting.Registers.Schema;

namespace Reporting.Registers.Pulling;

/// <summary>The clerk's words (and ours) for what the ledger finds while storing a register.</summary>
public sealed class RegisterWording : IRegisterWording
{
    public static RegisterWording Instance { get; } = new();

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
        return new RowIssue(sheet, entry.SourceRow, entry.Title, unitCode, IssueSeverity.Warning, error, []);
    }

    public string Superseded(int year, DateOnly newerUpdatedOn) =>
        $"Đã có sổ năm {year} mới hơn (cập nhật {newerUpdatedOn:dd/MM/yyyy}); tệp này được lưu nhưng không thay thế.";
}
