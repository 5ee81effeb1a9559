namespace Reporting.App.Web.Submissions;

/// <summary>The clerks' pages: hand in a register, see what became of it, take a register to fill.</summary>
public static class SubmissionPaths
{
    public const string Page = "/nop-so";
    public const string Check = "/nop-so/kiem-tra";
    public const string ErrorReport = "/nop-so/bao-cao-loi";
    public const string Register = "/nop-so/mau";

    public const string RateLimitPolicy = "uploads";
}
