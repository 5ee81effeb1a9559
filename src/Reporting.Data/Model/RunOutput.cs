namespace Reporting.Data.Model;

/// <summary>A file a run wrote, as listed in its manifest: where (relative to the output folder), and its hash.</summary>
public sealed class RunOutput
{
    public long Id { get; set; }
    public Guid RunId { get; set; }
    public required string Path { get; set; }
    public required string Sha256 { get; set; }
    public long SizeBytes { get; set; }
}
