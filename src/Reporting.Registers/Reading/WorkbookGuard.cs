using System.IO.Compression;
using System.Text;

namespace Reporting.Registers.Reading;

/// <summary>The workbook formats a register may come in.</summary>
internal enum WorkbookFormat
{
    /// <summary>Office Open XML, <c>.xlsx</c> or <c>.xlsm</c>.</summary>
    Xlsx,
    /// <summary>Excel 97–2003, <c>.xls</c> (BIFF8).</summary>
    Xls,
    /// <summary>OpenDocument spreadsheet, <c>.ods</c>.</summary>
    Ods,
}

/// <summary>
/// Looks at a file's bytes before any workbook parser does: what kind of file it is (by its
/// content, whatever its name says), and whether its zip declares more than the limits allow.
/// The bytes a zip really inflates to and how deep its XML nests are held to the limits as the
/// readers unpack it (<see cref="ZipParts"/>).
/// </summary>
internal static class WorkbookGuard
{
    private static readonly byte[] ZipMagic = "PK\u0003\u0004"u8.ToArray();
    private static readonly byte[] CompoundFileMagic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] EncryptionInfo = Encoding.Unicode.GetBytes("EncryptionInfo");
    private static readonly byte[] WorkbookStream = Encoding.Unicode.GetBytes("Workbook");
    private static readonly byte[] BookStream = Encoding.Unicode.GetBytes("Book");
    private const string OdsMimeType = "application/vnd.oasis.opendocument.spreadsheet";

    /// <summary>The file's format, once it is known to be safe to parse; otherwise a rejection saying why.</summary>
    public static WorkbookFormat Check(ReadOnlyMemory<byte> file, FileLimits limits)
    {
        var bytes = file.Span;
        if (bytes.Length == 0)
            throw Reject("Tệp rỗng.", "The file is empty.");
        if (bytes.Length > limits.MaxFileBytes)
            throw TooLarge(bytes.Length, limits);
        if (bytes.StartsWith(CompoundFileMagic))
        {
            if (bytes.IndexOf(EncryptionInfo) >= 0)
                throw PasswordProtected();
            if (bytes.IndexOf(WorkbookStream) < 0 && bytes.IndexOf(BookStream) < 0)
                throw NotAWorkbook("it is an Office file of another kind");
            return WorkbookFormat.Xls;
        }
        if (!bytes.StartsWith(ZipMagic))
            throw NotAZip(bytes);
        return CheckZip(file, limits);
    }

    /// <summary>Files that are not zips but a clerk took for a workbook: each told how to save it as one.</summary>
    private static RegisterRejectedException NotAZip(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, 4096)]).TrimStart('\uFEFF', ' ', '\r', '\n', '\t');
        if (head.StartsWith('<'))
        {
            if (head.Contains("urn:schemas-microsoft-com:office:spreadsheet", StringComparison.Ordinal))
                return Reject("Tệp là \"XML Spreadsheet 2003\": hãy mở bằng Excel, lưu dạng \"Excel Workbook (.xlsx)\" rồi gửi lại.",
                    "The file is an Excel 2003 XML spreadsheet.");
            if (head.Contains("opendocument", StringComparison.OrdinalIgnoreCase))
                return Reject("Tệp là OpenDocument dạng XML phẳng (.fods): hãy mở bằng LibreOffice, lưu dạng .ods hoặc .xlsx rồi gửi lại.",
                    "The file is a flat OpenDocument spreadsheet (.fods).");
            if (head.Contains("<html", StringComparison.OrdinalIgnoreCase) || head.Contains("<table", StringComparison.OrdinalIgnoreCase))
                return Reject("Tệp là trang web (HTML) mang đuôi bảng tính, thường do phần mềm khác xuất ra: hãy mở bằng Excel, lưu dạng \"Excel Workbook (.xlsx)\" rồi gửi lại.",
                    "The file is a web page (HTML) named as a spreadsheet.");
        }
        if (!bytes[..Math.Min(bytes.Length, 4096)].Contains((byte)0) && (head.Contains(',') || head.Contains(';')))
            return Reject("Tệp là văn bản CSV, không phải là sổ Excel: gửi cả sổ dạng .xlsx, hoặc mỗi sheet một tệp CSV đặt tên <mã>_<năm>_<Sheet>.csv (ví dụ 22936_2017_GiaDinh.csv).",
                "The file is CSV text, not a workbook, and is not named <unit>_<year>_<Sheet>.csv.");
        return NotAWorkbook("it is not a zip package");
    }

    public static RegisterRejectedException PasswordProtected() =>
        Reject("Tệp có đặt mật khẩu: hãy bỏ mật khẩu rồi gửi lại.", "The workbook is password-protected.");

    public static RegisterRejectedException Unreadable(WorkbookFormat format, Exception exception) => format switch
    {
        WorkbookFormat.Xls => Reject("Tệp Excel 97–2003 (.xls) bị hỏng hoặc không đọc được: hãy mở bằng Excel, lưu lại rồi gửi lại.",
            $"The .xls workbook could not be read: {exception.GetType().Name}: {exception.Message}"),
        WorkbookFormat.Ods => Reject("Tệp LibreOffice (.ods) bị hỏng hoặc không đọc được: hãy mở bằng LibreOffice, lưu lại rồi gửi lại.",
            $"The .ods workbook could not be read: {exception.GetType().Name}: {exception.Message}"),
        _ => Reject("Tệp Excel (.xlsx) bị hỏng hoặc không đọc được: hãy mở bằng Excel, lưu lại rồi gửi lại.",
            $"The .xlsx workbook could not be read: {exception.GetType().Name}: {exception.Message}"),
    };

    public static RegisterRejectedException TooLarge(long size, FileLimits limits) => Reject(
        $"Tệp quá lớn ({size / 1024:N0} KB, tối đa {limits.MaxFileBytes / 1024:N0} KB).",
        $"The file is {size:N0} bytes, over the limit of {limits.MaxFileBytes:N0}.");

    /// <summary>
    /// What the zip says of itself: how many entries, how large unpacked. What it really unpacks to,
    /// and how deep its XML nests, is counted as the readers unpack it (<see cref="ZipParts"/>): no
    /// part is inflated twice, and a part no reader opens is never inflated at all.
    /// </summary>
    private static WorkbookFormat CheckZip(ReadOnlyMemory<byte> file, FileLimits limits)
    {
        try
        {
            using var zip = new ZipArchive(FileStreams.Over(file), ZipArchiveMode.Read);
            if (zip.Entries.Count > limits.MaxZipEntries)
                throw Bomb($"{zip.Entries.Count:N0} entries, over the limit of {limits.MaxZipEntries:N0}");
            if (zip.Entries.Sum(e => e.Length) > limits.MaxUncompressedBytes)
                throw Bomb($"declares {zip.Entries.Sum(e => e.Length):N0} bytes uncompressed, over the limit of {limits.MaxUncompressedBytes:N0}");
            return FormatOf(zip);
        }
        catch (InvalidDataException exception)
        {
            throw Reject("Tệp Excel bị hỏng hoặc bị cắt cụt: hãy lưu lại và gửi lại.", $"The workbook is corrupt or truncated: {exception.Message}");
        }
    }

    /// <summary>What a zip package is: a workbook we read, or something a clerk can be told how to turn into one.</summary>
    private static WorkbookFormat FormatOf(ZipArchive zip)
    {
        if (zip.GetEntry("xl/workbook.xml") is not null)
            return WorkbookFormat.Xlsx;
        if (zip.GetEntry("xl/workbook.bin") is not null)
            throw Reject("Tệp Excel nhị phân (.xlsb): hãy lưu lại dưới dạng \"Excel Workbook (.xlsx)\" rồi gửi lại.", "The workbook is a binary .xlsb workbook.");
        if (zip.GetEntry("mimetype") is { } mimetype && ReadText(mimetype).Trim() == OdsMimeType)
        {
            if (zip.GetEntry("META-INF/manifest.xml") is { } manifest && ReadText(manifest).Contains("encryption-data", StringComparison.Ordinal))
                throw PasswordProtected();
            return WorkbookFormat.Ods;
        }
        if (zip.GetEntry("Index/Document.iwa") is not null || zip.Entries.Any(e => e.FullName.EndsWith(".iwa", StringComparison.Ordinal)))
            throw Reject("Tệp Apple Numbers: hãy xuất sang Excel (.xlsx) rồi gửi lại.", "The file is an Apple Numbers document.");
        if (zip.GetEntry("word/document.xml") is not null)
            throw NotAWorkbook("it is a Word document");
        throw NotAWorkbook("the package has no workbook part");
    }

    private static string ReadText(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open());
        var buffer = new char[64 * 1024];
        return new string(buffer, 0, reader.ReadBlock(buffer));
    }

    private static RegisterRejectedException NotAWorkbook(string why) =>
        Reject("Tệp không phải là sổ Excel (.xlsx, .xls) hay LibreOffice (.ods) đọc được.", $"The file is not a readable workbook: {why}.");

    /// <summary>A part nested deeper than any workbook's, or declaring a document type.</summary>
    public static RegisterRejectedException Abnormal(string why) =>
        Reject("Tệp Excel có cấu trúc bất thường: không đọc.", $"The workbook has {why}; it was not read.");

    public static RegisterRejectedException Bomb(string why) =>
        Reject("Tệp nén bất thường (quá nhiều hoặc quá lớn khi giải nén): không đọc.", $"The zip is abnormal and was not opened: {why}.");

    private static RegisterRejectedException Reject(string vi, string en) => new(vi, en);
}
