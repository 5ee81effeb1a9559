namespace Reporting.Registers.Reading;

/// <summary>
/// How big a received file may be, checked before anything parses it, and how long reading it may
/// take: a file still being read after that is rejected so that the pull goes on without it.
/// </summary>
public sealed record FileLimits(long MaxFileBytes, long MaxUncompressedBytes, int MaxZipEntries, double ReadTimeoutSeconds = 120)
{
    public static FileLimits Default { get; } = new(MaxFileBytes: 20L << 20, MaxUncompressedBytes: 200L << 20, MaxZipEntries: 1_000);
}
