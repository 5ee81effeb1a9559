namespace Reporting.Reports.Excel;

/// <summary>One palette for every chart the reports draw, so a colour means the same thing everywhere.</summary>
public static class Palette
{
    public const string Registered = "4472C4";
    public const string Recognized = "2E8B57";
    public const string Target = "C00000";
}
