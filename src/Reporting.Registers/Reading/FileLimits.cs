namespace Reporting.Registers.Reading;

/// <summary>How big a received file may be, checked before anything parses it.</summary>
public sealed record FileLimits(long MaxFileBytes, long MaxUncompressedBytes, int MaxZipEntries)
{
    public static FileLimits Default { get; } = new(MaxFileBytes: 20L << 20, MaxUncompressedBytes: 200L << 20, MaxZipEntries: 1_000);
}
