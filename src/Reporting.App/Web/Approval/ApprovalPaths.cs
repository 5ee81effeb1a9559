namespace Reporting.App.Web.Approval;

/// <summary>The approval page (<i>Duyệt sổ</i>) and its actions.</summary>
public static class ApprovalPaths
{
    public const string Page = "/duyet-so";
    public const string Approve = "/duyet-so/duyet";
    public const string SendBack = "/duyet-so/tra-lai";
    public const string Close = "/duyet-so/chot";
    public const string Reopen = "/duyet-so/mo-lai";

    public static string Of(int year) => $"{Page}?year={year}";
}
