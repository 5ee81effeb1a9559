using System.ComponentModel.DataAnnotations;
using Reporting.Registers.Reading;

namespace Reporting.Registers.Pulling;

/// <summary>Section <c>Pull</c>: limits checked before any file is parsed, and the time reading one may take.</summary>
public sealed class PullOptions
{
    public const string Section = "Pull";

    [Range(1, long.MaxValue)]
    public long MaxFileBytes { get; set; } = FileLimits.Default.MaxFileBytes;

    [Range(1, long.MaxValue)]
    public long MaxUncompressedBytes { get; set; } = FileLimits.Default.MaxUncompressedBytes;

    [Range(1, int.MaxValue)]
    public int MaxZipEntries { get; set; } = FileLimits.Default.MaxZipEntries;

    /// <summary>A file still being read after this long is rejected; the largest register of a province reads in seconds.</summary>
    [Range(0.001, 86_400)]
    public double ReadTimeoutSeconds { get; set; } = FileLimits.Default.ReadTimeoutSeconds;

    public FileLimits ToLimits() => new(MaxFileBytes, MaxUncompressedBytes, MaxZipEntries, ReadTimeoutSeconds);
}
