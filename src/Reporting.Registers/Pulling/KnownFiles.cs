using Reporting.Data.Ledger;

namespace Reporting.Registers.Pulling;

/// <summary>
/// The files the ledger holds already, by hash, and those met so far in this pull. A pull of
/// everything loads every hash once; a pull of one unit loads only that unit's and asks the ledger
/// about any other file it meets (the same bytes sent before by another unit are still known), so
/// that many unit pulls do not each read the whole ledger.
/// </summary>
internal sealed class KnownFiles(HashSet<string> hashes, RegisterStore? ledger)
{
    public static async Task<KnownFiles> LoadAsync(RegisterStore store, string? unitCode, CancellationToken cancellationToken) =>
        new(await store.KnownHashesAsync(unitCode, cancellationToken), unitCode is null ? null : store);

    public async ValueTask<bool> ContainsAsync(string sha256, CancellationToken cancellationToken) =>
        hashes.Contains(sha256) || (ledger is not null && await ledger.IsKnownAsync(sha256, cancellationToken));

    /// <summary>Marks the file as met in this pull; false when it was met already.</summary>
    public bool Add(string sha256) => hashes.Add(sha256);
}
