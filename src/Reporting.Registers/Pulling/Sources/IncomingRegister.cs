using Reporting.Registers.Reading;

namespace Reporting.Registers.Pulling.Sources;

public enum RegisterFormat
{
    Workbook,
    Csv,
}

/// <summary>One file of a register as received; a CSV register has one part per sheet, named by the sheet.</summary>
public sealed record IncomingPart(string Name, byte[] Bytes);

/// <summary>Conditional-GET validators of an HTTP response, remembered once the file is stored.</summary>
public sealed record HttpValidators(string Url, string? ETag, DateTimeOffset? LastModified);

/// <summary>A register as a source delivers it, with the unit it may speak for.</summary>
public sealed record IncomingRegister(
    string Source,
    string Origin,
    string FileName,
    ExpectedUnit Expected,
    RegisterFormat Format,
    IReadOnlyList<IncomingPart> Parts,
    HttpValidators? Validators = null)
{
    public long Size => Parts.Sum(p => (long)p.Bytes.Length);

    /// <summary>
    /// The ledger's key. A workbook is its bytes' hash; a CSV register is the hash of its sheets'
    /// names and hashes, so that the same sheets sent again are recognised.
    /// </summary>
    public string Sha256 => Format == RegisterFormat.Workbook && Parts.Count == 1
        ? FileVault.HashOf(Parts[0].Bytes)
        : CombinedHash(Parts.Select(p => (p.Name, FileVault.HashOf(p.Bytes))));

    public static string CombinedHash(IEnumerable<(string Name, string Sha256)> parts) =>
        FileVault.HashOf(System.Text.Encoding.UTF8.GetBytes(string.Join('\n',
            parts.OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => $"{p.Name}:{p.Sha256}"))));
}
