using System.Text.RegularExpressions;

namespace Reporting.Registers.Pulling.Sources;

/// <summary>What a file found in a unit's folder is taken for, by its name alone; its content decides the rest.</summary>
internal abstract record FolderFile
{
    /// <summary>A file that may be a workbook: read, and rejected with an error report if it is not one we read.</summary>
    public sealed record Workbook : FolderFile;

    /// <summary>One sheet of a CSV register, <c>&lt;unit&gt;_&lt;year&gt;_&lt;Sheet&gt;.csv</c>.</summary>
    public sealed record CsvSheet(string Register, string Sheet) : FolderFile;

    /// <summary>A file that cannot be a register: listed in the pull summary, not read.</summary>
    public sealed record NotARegister(string Reason) : FolderFile;
}

internal static partial class FolderFiles
{
    /// <summary>
    /// Every spreadsheet format a clerk may save in, read or not: a format we do not read (<c>.xlsb</c>,
    /// <c>.numbers</c>) still gets an answer telling how to save the register, rather than silence.
    /// </summary>
    private static readonly HashSet<string> WorkbookExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".xlsx", ".xlsm", ".xltx", ".xltm", ".xls", ".xlt", ".xlsb", ".ods", ".ots", ".fods", ".numbers",
    };

    public static FolderFile Classify(string fileName)
    {
        if (fileName.StartsWith("~$", StringComparison.Ordinal))
            return new FolderFile.NotARegister("tệp khoá tạm của Excel (sổ đang mở trên máy khác)");
        if (fileName.StartsWith(".~lock.", StringComparison.Ordinal))
            return new FolderFile.NotARegister("tệp khoá tạm của LibreOffice (sổ đang mở trên máy khác)");
        if (fileName.StartsWith("._", StringComparison.Ordinal) || fileName is ".DS_Store")
            return new FolderFile.NotARegister("tệp phụ của máy Mac, không phải sổ");
        var extension = Path.GetExtension(fileName);
        if (WorkbookExtensions.Contains(extension))
            return new FolderFile.Workbook();
        if (extension.Equals(".csv", StringComparison.OrdinalIgnoreCase))
        {
            // A CSV not named for its sheet is still answered: read as a workbook, it is refused with how to name it.
            return CsvName().Match(fileName) is { Success: true } csv
                ? new FolderFile.CsvSheet(csv.Groups["register"].Value, csv.Groups["sheet"].Value)
                : new FolderFile.Workbook();
        }
        return new FolderFile.NotARegister("không phải sổ theo dõi (sổ là tệp bảng tính .xlsx, .xls, .ods hoặc các tệp <mã>_<năm>_<Sheet>.csv)");
    }

    [GeneratedRegex(@"^(?<register>[^_]+_\d{4})_(?<sheet>[^.]+)\.csv$", RegexOptions.IgnoreCase)]
    private static partial Regex CsvName();
}
