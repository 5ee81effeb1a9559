using System.IO.Compression;
using System.Text;

namespace Reporting.Registers.Reading;

/// <summary>
/// Looks at a file's bytes before any workbook parser does: what kind of file it is, whether its
/// zip would unpack to more than the limits allow (a zip bomb), counting the bytes actually
/// inflated rather than trusting the sizes the zip declares, and whether its XML nests deeper than
/// any workbook does or declares a document type.
/// </summary>
internal static class WorkbookGuard
{
    private static readonly byte[] ZipMagic = "PK\u0003\u0004"u8.ToArray();
    private static readonly byte[] CompoundFileMagic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] EncryptionInfo = Encoding.Unicode.GetBytes("EncryptionInfo");

    /// <summary>Real workbook parts nest a dozen deep at most.</summary>
    private const int MaxXmlDepth = 64;

    public static void Check(ReadOnlyMemory<byte> file, FileLimits limits)
    {
        var bytes = file.Span;
        if (bytes.Length == 0)
            throw Reject("Tệp rỗng.", "The file is empty.");
        if (bytes.Length > limits.MaxFileBytes)
            throw TooLarge(bytes.Length, limits);
        if (bytes.StartsWith(CompoundFileMagic))
        {
            throw bytes.IndexOf(EncryptionInfo) >= 0
                ? Reject("Tệp Excel có đặt mật khẩu: hãy bỏ mật khẩu rồi gửi lại.", "The workbook is password-protected.")
                : Reject("Tệp Excel cũ (.xls): hãy lưu lại dưới dạng .xlsx rồi gửi lại.", "The file is a legacy .xls workbook, not .xlsx.");
        }
        if (!bytes.StartsWith(ZipMagic))
            throw NotAWorkbook("it is not a zip package");
        CheckZip(file, limits);
    }

    public static RegisterRejectedException TooLarge(long size, FileLimits limits) => Reject(
        $"Tệp quá lớn ({size / 1024:N0} KB, tối đa {limits.MaxFileBytes / 1024:N0} KB).",
        $"The file is {size:N0} bytes, over the limit of {limits.MaxFileBytes:N0}.");

    private static void CheckZip(ReadOnlyMemory<byte> file, FileLimits limits)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(file.ToArray(), writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > limits.MaxZipEntries)
                throw Bomb($"{zip.Entries.Count:N0} entries, over the limit of {limits.MaxZipEntries:N0}");
            if (zip.Entries.Sum(e => e.Length) > limits.MaxUncompressedBytes)
                throw Bomb($"declares {zip.Entries.Sum(e => e.Length):N0} bytes uncompressed, over the limit of {limits.MaxUncompressedBytes:N0}");
            if (zip.GetEntry("[Content_Types].xml") is null || zip.GetEntry("xl/workbook.xml") is null)
                throw NotAWorkbook("the package has no Excel workbook part");
            var buffer = new byte[81920];
            long inflated = 0;
            foreach (var entry in zip.Entries)
            {
                using var stream = entry.Open();
                var nesting = entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)
                    ? new XmlNestingMeter(MaxXmlDepth)
                    : null;
                int read;
                while ((read = stream.Read(buffer)) > 0)
                {
                    inflated += read;
                    if (inflated > limits.MaxUncompressedBytes)
                        throw Bomb($"unpacks to more than {limits.MaxUncompressedBytes:N0} bytes");
                    if (nesting?.Read(buffer.AsSpan(0, read)) == false)
                        throw Reject("Tệp Excel có cấu trúc bất thường: không đọc.", $"Part {entry.FullName} has {nesting.Problem}; it was not opened.");
                }
            }
        }
        catch (InvalidDataException exception)
        {
            throw Reject("Tệp Excel bị hỏng hoặc bị cắt cụt: hãy lưu lại và gửi lại.", $"The workbook is corrupt or truncated: {exception.Message}");
        }
    }

    private static RegisterRejectedException NotAWorkbook(string why) =>
        Reject("Tệp không phải là sổ Excel (.xlsx) đọc được.", $"The file is not a readable Excel workbook (.xlsx): {why}.");

    private static RegisterRejectedException Bomb(string why) =>
        Reject("Tệp nén bất thường (quá nhiều hoặc quá lớn khi giải nén): không đọc.", $"The zip is abnormal and was not opened: {why}.");

    private static RegisterRejectedException Reject(string vi, string en) => new(vi, en);
}
