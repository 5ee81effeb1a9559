namespace Reporting.Output;

/// <summary>
/// Where the error report of a received file lives under the output folder:
/// <c>errors/&lt;year&gt;/&lt;unit&gt;/&lt;file&gt;-loi.xlsx</c>, with every part reduced to safe characters
/// so that no name a source sends can point outside that folder.
/// </summary>
public static class ErrorReportLocation
{
    /// <summary>Characters of the received file's name kept in the report's name: with "-loi.xlsx" well under the 255 bytes a file name may have.</summary>
    private const int MaxNameChars = 60;

    /// <summary>Where the error report of a file in the ledger is, under <paramref name="outputFolder"/>.</summary>
    public static string For(string outputFolder, Data.Model.RegisterFile file) =>
        Path.Combine(outputFolder, RelativePath(file.Year, file.UnitCode, file.FileName));

    public static string RelativePath(int? year, string? unitCode, string fileName)
    {
        // NFC first, so that a name typed with combining accents reads as the same name, not as underscores.
        var name = Path.GetFileNameWithoutExtension(fileName).Normalize(System.Text.NormalizationForm.FormC);
        var safeName = string.Concat(name.Select(c => char.IsLetterOrDigit(c) || c is '_' or '-' ? c : '_'));
        if (safeName.Length > MaxNameChars)
            safeName = $"{safeName[..MaxNameChars]}-{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(name)))[..8]}";
        var safeUnit = string.Concat((unitCode ?? string.Empty).Where(char.IsAsciiLetterOrDigit).Take(MaxNameChars));
        return Path.Combine("errors", year?.ToString("0000", System.Globalization.CultureInfo.InvariantCulture) ?? "khong-ro-nam",
            safeUnit.Length == 0 ? "khong-ro" : safeUnit, $"{safeName}-loi.xlsx");
    }
}
