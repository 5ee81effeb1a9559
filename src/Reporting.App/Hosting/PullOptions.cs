using System.ComponentModel.DataAnnotations;
using Reporting.Registers.Reading;

namespace Reporting.App.Hosting;

/// <summary>Section <c>Pull</c>: limits checked before any file is parsed.</summary>
public sealed class PullOptions
{
    public const string Section = "Pull";

    [Range(1, long.MaxValue)]
    public long MaxFileBytes { get; set; } = FileLimits.Default.MaxFileBytes;

    [Range(1, long.MaxValue)]
    public long MaxUncompressedBytes { get; set; } = FileLimits.Default.MaxUncompressedBytes;

    [Range(1, int.MaxValue)]
    public int MaxZipEntries { get; set; } = FileLimits.Default.MaxZipEntries;

    public FileLimits ToLimits() => new(MaxFileBytes, MaxUncompressedBytes, MaxZipEntries);
}
