namespace Reporting.Reports.Output;

/// <summary>Where reports are written, and where their templates are read from.</summary>
public sealed record ReportFolders(string Output, string Templates);
