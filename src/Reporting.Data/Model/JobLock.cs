namespace Reporting.Data.Model;

/// <summary>
/// A run in progress of one job with one set of parameters: the row's key is unique, so a second
/// run of the same job and parameters cannot start while the first holds it, whichever process or
/// machine it runs on. A lock past its expiry belongs to a run that died and may be taken over.
/// </summary>
public sealed class JobLock
{
    public required string Key { get; set; }
    public Guid Owner { get; set; }
    public DateTime AcquiredAt { get; set; }
    public DateTime ExpiresAt { get; set; }
}
