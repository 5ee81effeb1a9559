using System.IO.Compression;
using ExcelDataReader.Exceptions;

namespace Reporting.Registers.Reading.Formats;

/// <summary>The sheets of a workbook file in any format a register comes in, checked first by <see cref="WorkbookGuard"/>.</summary>
public static class WorkbookSheets
{
    public static IReadOnlyList<SheetGrid> Read(ReadOnlyMemory<byte> file, FileLimits limits)
    {
        var format = WorkbookGuard.Check(file, limits);
        try
        {
            if (format == WorkbookFormat.Xls)
                return XlsReader.Read(file);
            using var zip = new ZipArchive(FileStreams.Over(file), ZipArchiveMode.Read);
            var parts = new ZipParts(zip, limits);
            return format == WorkbookFormat.Ods ? OdsReader.Read(parts) : XlsxReader.Read(parts);
        }
        catch (InvalidPasswordException)
        {
            throw WorkbookGuard.PasswordProtected();
        }
        catch (Exception exception) when (exception is not (RegisterRejectedException or OperationCanceledException))
        {
            throw WorkbookGuard.Unreadable(format, exception);
        }
    }
}
