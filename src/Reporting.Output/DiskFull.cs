namespace Reporting.Output;

/// <summary>A write that failed because the disk (or the user's quota) is full, told as such to the people who must free space.</summary>
public static class DiskFull
{
    // ENOSPC and EDQUOT as .NET reports them on Linux; ERROR_HANDLE_DISK_FULL and ERROR_DISK_FULL on Windows.
    private static readonly int[] Codes = [28, 122, unchecked((int)0x80070027), unchecked((int)0x80070070)];

    public static bool Caused(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e is IOException && Codes.Contains(e.HResult))
                return true;
        }
        return false;
    }

    public static IOException While(string path, Exception cause) => new(
        $"Hết chỗ trên đĩa: không ghi được {path}; tệp cũ (nếu có) vẫn giữ nguyên. "
        + $"Disk full: {path} was not written; the previous file, if any, is unchanged.", cause);
}
