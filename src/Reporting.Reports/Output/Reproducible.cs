using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Reporting.Reports.Output;

/// <summary>
/// Makes a written document the same bytes whenever it is written again from the same figures:
/// the times inside it become the given instant (a closing's, for closed figures). Office files are
/// zip packages whose entries carry the time they were written; LibreOffice 7.4 ignores
/// <c>SOURCE_DATE_EPOCH</c> and writes the conversion's time and a random ID into a PDF.
/// </summary>
public static partial class Reproducible
{
    /// <summary>Rewrites a zip package with every entry dated <paramref name="at"/>, the entries and their order unchanged.</summary>
    public static void StampPackage(string path, DateTime at)
    {
        var stamped = path + ".stamped";
        using (var source = ZipFile.OpenRead(path))
        using (var target = ZipFile.Open(stamped, ZipArchiveMode.Create))
        {
            var time = new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Unspecified), TimeSpan.Zero);
            foreach (var entry in source.Entries)
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = time;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }
        File.Move(stamped, path, overwrite: true);
    }

    /// <summary>
    /// Dates a PDF <paramref name="at"/> and derives its ID from its content. Every value keeps its
    /// length, so the cross-reference table's offsets still hold.
    /// </summary>
    public static void StampPdf(string path, DateTime at)
    {
        // Latin-1 maps every byte to one char and back, so the binary streams survive the round trip.
        var latin1 = Encoding.Latin1;
        var text = latin1.GetString(File.ReadAllBytes(path));
        var date = at.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
        text = PdfDate().Replace(text, m => m.Groups[1].Value + date);
        var zeroed = PdfId().Replace(PdfChecksum().Replace(text, m => m.Groups[1].Value + Zeros), m => m.Groups[1].Value + Zeros + m.Groups[2].Value + Zeros);
        var hash = Convert.ToHexString(MD5.HashData(latin1.GetBytes(zeroed)));
        text = PdfId().Replace(PdfChecksum().Replace(zeroed, m => m.Groups[1].Value + hash), m => m.Groups[1].Value + hash + m.Groups[2].Value + hash);
        File.WriteAllBytes(path, latin1.GetBytes(text));
    }

    [GeneratedRegex(@"(/(?:CreationDate|ModDate)\s*\(D:)\d{14}")]
    private static partial Regex PdfDate();

    private static readonly string Zeros = new('0', 32);

    [GeneratedRegex(@"(/ID\s*\[\s*<)[0-9A-Fa-f]{32}(>\s*<)[0-9A-Fa-f]{32}")]
    private static partial Regex PdfId();

    [GeneratedRegex(@"(/DocChecksum\s*/)[0-9A-Fa-f]{32}")]
    private static partial Regex PdfChecksum();
}
