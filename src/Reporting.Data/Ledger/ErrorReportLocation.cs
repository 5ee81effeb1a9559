namespace Reporting.Data.Ledger;

/// <summary>
/// Where the error report of a received file lives under the output folder:
/// <c>errors/&lt;year&gt;/&lt;unit&gt;/&lt;file&gt;-loi.xlsx</c>, with every part reduced to safe characters
/// so that no name a source sends can point outside that folder.
/// </summary>
public static class ErrorReportLocation
{
    public static string RelativePath(int? year, string? unitCode, string fileName)
    {
        var safeName = string.Concat(Path.GetFileNameWithoutExtension(fileName).Select(c => char.IsLetterOrDigit(c) || c is '_' or '-' ? c : '_'));
        var safeUnit = string.Concat((unitCode ?? string.Empty).Where(char.IsLetterOrDigit));
        return Path.Combine("errors", year?.ToString("0000", System.Globalization.CultureInfo.InvariantCulture) ?? "khong-ro-nam",
            safeUnit.Length == 0 ? "khong-ro" : safeUnit, $"{safeName}-loi.xlsx");
    }
}
