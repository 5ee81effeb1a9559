namespace Reporting.Domain.Registers;

/// <summary>Headers of the workflow columns, as users see them in the registers.</summary>
public static class WorkflowColumns
{
    public const string Registered = "Đăng ký";
    public const string RegisteredOn = "Ngày đăng ký";
    public const string Score = "Điểm";
    public const string Result = "Kết quả";
    public const string EvaluatedOn = "Ngày đánh giá";
    public const string Recognized = "Công nhận";
    public const string DecisionNumber = "Số quyết định";
    public const string RecognizedOn = "Ngày công nhận";
    public const string Note = "Ghi chú";
}
