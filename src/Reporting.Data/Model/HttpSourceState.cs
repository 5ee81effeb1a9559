namespace Reporting.Data.Model;

/// <summary>What an HTTP source last answered for a URL, for conditional GETs.</summary>
public sealed class HttpSourceState
{
    public required string Url { get; set; }
    public string? ETag { get; set; }
    public DateTimeOffset? LastModified { get; set; }
    public DateTime CheckedAt { get; set; }
}
