using Reporting.Data.Ledger;
using Reporting.Data.Model;
using Reporting.Domain.Registers;
using Reporting.Registers.Reading;

namespace Reporting.Registers.Pulling;

/// <summary>
/// Pulls a source: every file is hashed, kept and recorded; a file seen before is skipped without
/// being opened; workbooks are read in parallel and stored one at a time, in a stable order.
/// </summary>
public sealed class PullService(RegisterStore store, RegisterReader reader, FileVault vault, TimeProvider clock)
{
    public async Task<PullSummary> PullAsync(FolderSource source, int? year, CancellationToken cancellationToken)
    {
        var (files, ignored) = source.List(year);
        var known = await store.KnownHashesAsync(cancellationToken);
        var results = new List<FileResult>(files.Count);
        var window = Math.Max(2, Environment.ProcessorCount * 2);
        var pending = new Queue<Task<Received>>();
        using var throttle = new SemaphoreSlim(Environment.ProcessorCount);
        foreach (var file in files)
        {
            pending.Enqueue(ReceiveAsync(file, known, throttle, cancellationToken));
            if (pending.Count >= window)
                results.Add(await StoreAsync(await pending.Dequeue(), known, cancellationToken));
        }
        while (pending.Count > 0)
            results.Add(await StoreAsync(await pending.Dequeue(), known, cancellationToken));
        return new PullSummary(results, ignored);
    }

    /// <summary>Hashing and reading run in parallel; nothing here touches the database.</summary>
    private async Task<Received> ReceiveAsync(
        SourceFile file, IReadOnlySet<string> known, SemaphoreSlim throttle, CancellationToken cancellationToken)
    {
        await throttle.WaitAsync(cancellationToken);
        try
        {
            return await Task.Run(async () =>
            {
                var bytes = await File.ReadAllBytesAsync(file.Path, cancellationToken);
                var info = new ReceivedFile(FileVault.HashOf(bytes), Path.GetFileName(file.Path), file.Path,
                    bytes.LongLength, clock.GetUtcNow().UtcDateTime);
                if (known.Contains(info.Sha256))
                    return new Received(file, info, bytes, null, null);
                try
                {
                    return new Received(file, info, bytes, reader.ReadWorkbook(new MemoryStream(bytes, writable: false), file.UnitCode), null);
                }
                catch (RegisterRejectedException rejection)
                {
                    return new Received(file, info, bytes, null, rejection);
                }
            }, cancellationToken);
        }
        finally
        {
            throttle.Release();
        }
    }

    private async Task<FileResult> StoreAsync(Received received, HashSet<string> known, CancellationToken cancellationToken)
    {
        var (file, info, bytes, register, rejection) = received;
        if (!known.Add(info.Sha256))
            return new FileResult(file.Path, FileOutcome.Unchanged, null, null, 0, 0, null);
        await vault.KeepAsync(info.Sha256, bytes, cancellationToken);
        if (register is null)
        {
            var message = rejection?.MessageVi ?? "Không đọc được tệp.";
            await store.RecordRejectedAsync(info, message, cancellationToken);
            return new FileResult(file.Path, FileOutcome.Rejected, file.UnitCode, null, 0, 0, message);
        }
        var ledger = await store.StoreAsync(info, register, cancellationToken);
        return new FileResult(file.Path, ledger.Outcome, ledger.UnitCode, ledger.Year, ledger.RowsAccepted, ledger.RowsRejected, ledger.Message);
    }

    private sealed record Received(
        SourceFile File, ReceivedFile Info, byte[] Bytes, ParsedRegister? Register, RegisterRejectedException? Rejection);
}
