namespace Reporting.Data.Ledger;

/// <summary>A file as it arrived: its bytes' hash, where it came from and when.</summary>
public sealed record ReceivedFile(string Sha256, string FileName, string Source, long SizeBytes, DateTime ReceivedAt);
