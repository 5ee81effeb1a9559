using Reporting.Domain.Registers;
using Reporting.Registers.Schema;
using static Reporting.Domain.Registers.WorkflowColumns;
using Columns = Reporting.Registers.Schema.RegisterSchema.Columns;

namespace Reporting.Registers.ErrorReports;

/// <summary>
/// How a clerk mends each issue, and which cell to change: not always the one the rule tripped on
/// (a household recognised but not registered is mended in <c>Đăng ký</c>, not in <c>Công nhận</c>).
/// </summary>
public static class ErrorFixes
{
    public sealed record Fix(string HowVi, string Column);

    public static Fix For(RowIssue issue)
    {
        var column = issue.Error.Column;
        return issue.Error.Rule switch
        {
            RowRule.Required => new($"Điền \"{column}\".", column),
            RowRule.Format => new($"Sửa ô \"{column}\" cho đúng như lý do nêu (ngày dạng dd/mm/yyyy, số, \"x\" hay \"Đạt\"/\"Không đạt\").", column),
            RowRule.Uncalculated => new("Mở sổ bằng Excel hoặc LibreOffice để công thức được tính (hoặc gõ thẳng giá trị), lưu lại rồi gửi.", column),
            RowRule.DuplicateCode => new("Mỗi mã chỉ dùng cho một dòng: sửa mã của dòng ghi nhầm, giữ nguyên mã các năm trước.", column),
            RowRule.VillageUnknown => new($"Ghi \"{Columns.VillageCode}\" là mã một thôn có trong sheet {RegisterSchema.VillageSheet}, hoặc thêm thôn đó vào sheet {RegisterSchema.VillageSheet}.", Columns.VillageCode),
            RowRule.VillageRejected => new($"Sửa dòng của thôn này trong sheet {RegisterSchema.VillageSheet} (xem lỗi của thôn); dòng này được tính khi thôn được nhận.", Columns.VillageCode),
            RowRule.HouseholdsOverflow => new($"Sửa \"{Columns.Households}\" cho đúng số hộ của thôn (không ít hơn số hộ liệt kê trong sheet {RegisterSchema.FamilySheet}), hoặc sửa thôn của các hộ ghi nhầm.", Columns.Households),
            RowRule.CommuneOutsideDistrict => new($"Chỉ ghi các xã thuộc huyện: kiểm tra \"{Columns.CommuneCode}\".", Columns.CommuneCode),
            RowRule.RecognitionSteps when issue.Error.MessageEn.StartsWith("Recognised but not registered", StringComparison.Ordinal) =>
                new($"Nếu đã đăng ký: ghi \"x\" ở cột \"{Registered}\" và điền \"{RegisteredOn}\". Nếu chưa đăng ký thì chưa thể công nhận: xoá \"{Recognized}\".", Registered),
            RowRule.RecognitionSteps => new($"Nếu đánh giá đạt: ghi \"Đạt\" ở cột \"{Result}\". Nếu không đạt thì chưa thể công nhận: xoá \"{Recognized}\".", Result),
            RowRule.EvaluationNeedsRegistration => new($"Nếu đã đăng ký: ghi \"x\" ở cột \"{Registered}\" và điền \"{RegisteredOn}\". Nếu chưa thì xoá kết quả đánh giá.", Registered),
            RowRule.DateOrder => new("Kiểm tra các ngày: đăng ký ≤ đánh giá ≤ công nhận; đăng ký và đánh giá trong năm của sổ, công nhận đến hết 31/3 năm sau.", column),
            RowRule.AfterUpdate => new($"Sửa \"{RegisterSchema.Info.UpdatedOn}\" ở sheet {RegisterSchema.InfoSheet} thành ngày cập nhật sổ (không sớm hơn các ngày đã ghi), hoặc sửa ngày này nếu ghi nhầm.", column),
            RowRule.ScoreRange => new("Ghi điểm từ 0 đến 100.", column),
            RowRule.Circular44Criterion => new("Ghi điểm tiêu chí không quá điểm tối đa của tiêu chí.", column),
            RowRule.Circular44Total => new("Sửa \"Tổng điểm\" cho bằng tổng điểm các tiêu chí.", column),
            RowRule.Circular44Class => new("Sửa \"Xếp loại\" cho đúng với tổng điểm theo thang của Thông tư 44/2014.", column),
            RowRule.OldCodeFormat => new("Ghi \"Mã cũ\" dạng <mã xã cũ>/<mã cũ>, ví dụ 23002/0001; để trống nếu không có.", column),
            RowRule.OldCodeUnknown => new("Kiểm tra \"Mã cũ\": phải là mã trong sổ các năm trước của xã cũ, nếu không số liệu nhiều năm không nối được.", column),
            RowRule.CodeAsNumber => new("Định dạng cột mã là Văn bản (Text) để giữ các số 0 ở đầu mã.", column),
            _ => new("Sửa theo lý do nêu.", column),
        };
    }

    /// <summary>Whether the clerk must act: an error keeps the row out of every figure; a warning counts it but asks for a look.</summary>
    public static string Action(IssueSeverity severity) => severity == IssueSeverity.Error
        ? "Lỗi — phải sửa: dòng không được tính"
        : "Cảnh báo — nên kiểm tra: dòng vẫn được tính";
}
