namespace Reporting.Reports.Excel;

/// <summary>A report template that cannot be filled: the message names the template, the sheet and the cell.</summary>
public sealed class TemplateException(string message) : Exception(message);
