namespace Reporting.Output;

/// <summary>A write that failed because the disk (or the user's quota) is full, told as such to the people who must free space.</summary>
public static class DiskFull
{
    public static bool Caused(Exception exception) => Data.Runs.RunFailure.IsDiskFull(exception);

    public static IOException While(string path, Exception cause) => new(
        $"Hết chỗ trên đĩa: không ghi được {path}; tệp cũ (nếu có) vẫn giữ nguyên. "
        + $"Disk full: {path} was not written; the previous file, if any, is unchanged.", cause);
}
