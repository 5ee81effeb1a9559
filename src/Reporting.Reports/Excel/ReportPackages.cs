using OfficeOpenXml;

namespace Reporting.Reports.Excel;

/// <summary>
/// Report workbooks built in memory and saved to a file, never disposed: EPPlus 4.5's
/// <c>ExcelPackage.Dispose</c> forces a full, blocking garbage collection, and under <c>serve</c>
/// each report written would stop every thread of the process — the pages and the other jobs —
/// with it. The packages hold memory and no file handle, so they are simply let go (as the
/// register reader's are).
/// </summary>
internal static class ReportPackages
{
    public static ExcelPackage New() => new();

    public static ExcelPackage FromTemplate(string path) => new(new MemoryStream(File.ReadAllBytes(path), writable: false));
}
