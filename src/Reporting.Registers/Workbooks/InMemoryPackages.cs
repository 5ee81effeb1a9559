using OfficeOpenXml;

namespace Reporting.Registers.Workbooks;

/// <summary>
/// EPPlus 4.5's <c>ExcelPackage.Dispose</c> ends by forcing a full, blocking garbage collection
/// (<c>GC.Collect()</c>). A pull reads hundreds of registers on every core and writes an error
/// report for many of them, and disposing each package stopped every thread as often: in a profile
/// of the pull, the forced collections and the finalizers they woke took a fifth of its CPU. The
/// packages made here hold memory and no file handle, so they are simply let go.
/// </summary>
internal static class InMemoryPackages
{
    public static ExcelPackage New() => new();
}
