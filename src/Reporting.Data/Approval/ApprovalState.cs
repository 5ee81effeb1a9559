using Reporting.Data.Model;

namespace Reporting.Data.Approval;

public enum ApprovalState
{
    /// <summary>No register of the year has been counted for the unit.</summary>
    Missing,
    /// <summary>A register is counted and waits for the level above.</summary>
    Submitted,
    Approved,
    /// <summary>Sent back with a reason: the unit is to send a corrected register.</summary>
    SentBack,
}

public static class ApprovalWords
{
    public static string Vietnamese(this ApprovalState state) => state switch
    {
        ApprovalState.Missing => "Chưa nộp sổ",
        ApprovalState.Submitted => "Chờ duyệt",
        ApprovalState.Approved => "Đã duyệt",
        _ => "Trả lại",
    };

    public static string Vietnamese(this ApprovalAction action) => action switch
    {
        ApprovalAction.Submitted => "Nộp sổ",
        ApprovalAction.Approved => "Duyệt",
        ApprovalAction.SentBack => "Trả lại",
        ApprovalAction.ReceivedAfterClosing => "Nhận sau khi chốt",
        ApprovalAction.Closed => "Chốt số liệu",
        ApprovalAction.Reopened => "Mở lại",
        _ => "Tính sổ nhận sau khi chốt",
    };
}
