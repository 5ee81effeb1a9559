using Reporting.Data.Ledger;
using Reporting.Data.Model;
using Reporting.Domain.Registers;
using Reporting.Registers.ErrorReports;
using Reporting.Registers.Pulling.Sources;
using Reporting.Registers.Reading;

namespace Reporting.Registers.Pulling;

/// <summary>
/// Pulls registers from sources: every file is hashed, kept and recorded; a hash seen before is
/// skipped without the file being opened; new registers are read in parallel and stored on
/// several connections at once (<see cref="OrderedLanes{TLane}"/>): one unit's in the order the
/// sources give them, a year's before the next year's, since a register's history reads the years
/// before its own. A lane waiting on the server leaves the cores to parsing and to the other lanes.
/// A failing source is recorded and the others go on.
/// </summary>
public sealed class PullService(RegisterStore store, RegisterReader reader, FileVault vault, ErrorReportWriter errorReports, TimeProvider clock)
{
    private sealed record Prepared(IncomingRegister Register, string Sha256, ParsedRegister? Parsed, RegisterRejectedException? Rejection);

    public async Task<PullSummary> PullAsync(IReadOnlyList<IRegisterSource> sources, PullFilter filter, CancellationToken cancellationToken)
    {
        await CountHeldAsync("pull", cancellationToken);
        var known = await KnownFiles.LoadAsync(store, filter.Unit, cancellationToken);
        var query = new SourceQuery(filter, await store.HttpStatesAsync(cancellationToken));
        var results = new List<Task<FileResult>>();
        var ignored = new List<SourceEvent.Ignored>();
        var failures = new List<SourceEvent.Failed>();
        var pending = new Queue<Task<Prepared>>();
        var window = Math.Max(2, Environment.ProcessorCount * 2);
        using var throttle = new SemaphoreSlim(Environment.ProcessorCount);
        var files = new List<FileResult>();
        await using (var lanes = OpenLanes())
        {
            foreach (var source in sources)
            {
                await foreach (var happened in source.ReadAsync(query, cancellationToken))
                {
                    switch (happened)
                    {
                        case SourceEvent.Received { Register: var register }:
                            var sha = register.Sha256;
                            if (await known.ContainsAsync(sha, cancellationToken))
                            {
                                results.Add(Task.FromResult(Unchanged(register.Source, register.Origin, sha)));
                                break;
                            }
                            pending.Enqueue(PrepareAsync(register, sha, throttle, cancellationToken));
                            if (pending.Count >= window)
                                results.Add(await DispatchAsync(await pending.Dequeue(), known, lanes, cancellationToken));
                            break;
                        case SourceEvent.TooLarge tooLarge:
                            results.Add(!await known.ContainsAsync(tooLarge.Sha256, cancellationToken) && known.Add(tooLarge.Sha256)
                                ? await lanes.EnqueueAsync(tooLarge.Expected.OrderKey, Stage(tooLarge.Source, tooLarge.FileName, null),
                                    lane => RecordTooLargeAsync(lane, tooLarge, cancellationToken))
                                : Task.FromResult(Unchanged(tooLarge.Source, tooLarge.Origin, tooLarge.Sha256)));
                            break;
                        case SourceEvent.NotModified notModified:
                            results.Add(Task.FromResult(Unchanged(notModified.Source, notModified.Origin, null)));
                            break;
                        case SourceEvent.Ignored stray:
                            ignored.Add(stray);
                            break;
                        case SourceEvent.Failed failed:
                            failures.Add(failed);
                            break;
                    }
                }
            }
            while (pending.Count > 0)
                results.Add(await DispatchAsync(await pending.Dequeue(), known, lanes, cancellationToken));
            foreach (var result in results)
                files.Add(await result);
        }
        // One unit's registers barely move the statistics, and a hundred unit pulls running side by
        // side should not each analyse the whole table: autovacuum sees to those.
        if (filter.Unit is null && files.Any(r => r.Outcome is FileOutcome.Accepted or FileOutcome.PartlyAccepted))
            await store.AfterLoadAsync(cancellationToken);
        return new PullSummary(files, ignored, failures);
    }

    /// <summary>The store alone when it has one writer (SQLite), else a store on a connection of its own per lane.</summary>
    private OrderedLanes<RegisterStore> OpenLanes() =>
        new(store.Lanes == 1 ? [store] : Enumerable.Range(0, store.Lanes).Select(_ => store.OpenLane()).ToList());

    /// <summary>The stage a register belongs to: its source and year, so that earlier years are stored before later ones read them.</summary>
    private static (string Source, int? Year) Stage(string source, string fileName, ParsedRegister? parsed) =>
        (source, parsed?.Header.Year ?? RegisterFileNames.YearHint(fileName));

    private async Task<Task<FileResult>> DispatchAsync(Prepared prepared, KnownFiles known, OrderedLanes<RegisterStore> lanes, CancellationToken cancellationToken)
    {
        var register = prepared.Register;
        if (!known.Add(prepared.Sha256))
            return Task.FromResult(Unchanged(register.Source, register.Origin, prepared.Sha256));
        // By the unit the register names once read: a sender of several units must not store one of them beside another source's.
        return await lanes.EnqueueAsync(prepared.Parsed?.Header.UnitCode ?? register.Expected.OrderKey, Stage(register.Source, register.FileName, prepared.Parsed),
            lane => StoreAsync(lane, prepared, cancellationToken));
    }

    /// <summary>Reading runs on the thread pool, a few at a time; it never touches the database.</summary>
    private async Task<Prepared> PrepareAsync(IncomingRegister register, string sha256, SemaphoreSlim throttle, CancellationToken cancellationToken)
    {
        await throttle.WaitAsync(cancellationToken);
        try
        {
            var (parsed, rejection) = await ReadAsync(register, cancellationToken);
            return new Prepared(register, sha256, parsed, rejection);
        }
        finally
        {
            throttle.Release();
        }
    }

    /// <summary>The register read within the time limit, or why it is rejected: a reader bug rejects the file, never the pull.</summary>
    private async Task<(ParsedRegister? Parsed, RegisterRejectedException? Rejection)> ReadAsync(IncomingRegister register, CancellationToken cancellationToken)
    {
        var limit = TimeSpan.FromSeconds(reader.Context.Limits.ReadTimeoutSeconds);
        try
        {
            return await Task.Run(() =>
            {
                try
                {
                    var parsed = register.Format == RegisterFormat.Csv
                        ? reader.ReadCsv(register.Parts.ToDictionary(p => p.Name, p => p.Bytes), register.Expected)
                        : reader.ReadWorkbook(register.Parts[0].Bytes, register.Expected);
                    return (parsed, (RegisterRejectedException?)null);
                }
                catch (RegisterRejectedException rejection)
                {
                    return (null, rejection);
                }
                catch (Exception unexpected) when (unexpected is not OperationCanceledException)
                {
                    return ((ParsedRegister?)null, new RegisterRejectedException(
                        "Không đọc được tệp (lỗi không lường trước); đã lưu tệp để kiểm tra.",
                        $"The file could not be read: {unexpected.GetType().Name}: {unexpected.Message}"));
                }
            }, cancellationToken).WaitAsync(limit, cancellationToken);
        }
        catch (TimeoutException)
        {
            // A parser cannot be stopped midway; the reading is left to finish on its own and the pull goes on.
            return (null, new RegisterRejectedException(
                $"Đọc tệp quá {limit.TotalSeconds:0.###} giây: tệp bất thường, không đọc tiếp; đã lưu tệp để kiểm tra.",
                $"Reading the file took longer than {limit.TotalSeconds:0.###} s; it was abandoned."));
        }
    }

    /// <summary>
    /// Counts the registers that arrived while their year was closed, once it has been reopened:
    /// each read again from the vault as it arrived, oldest first. Run on reopening, and at every
    /// pull's start, so that a reopening interrupted midway is finished. Returns how many were counted.
    /// </summary>
    public async Task<int> CountHeldAsync(string actor, CancellationToken cancellationToken)
    {
        var counted = 0;
        foreach (var held in await store.HeldAfterReopeningAsync(cancellationToken))
        {
            var register = FromVault(held);
            var (parsed, rejection) = await ReadAsync(register, cancellationToken);
            if (parsed is null)
                throw new InvalidOperationException($"The held register {held.FileName} (ledger {held.Id}) no longer reads: {rejection!.Message}");
            if (await store.CountHeldAsync(held, parsed, actor, cancellationToken))
                counted++;
        }
        return counted;
    }

    /// <summary>A stored register as it arrived: a workbook's bytes, or a CSV register's sheets through its index.</summary>
    private IncomingRegister FromVault(RegisterFile held)
    {
        var bytes = File.ReadAllBytes(vault.PathOf(held.Sha256));
        var expected = ExpectedUnit.FromSender(held.Source, [held.UnitCode!]);
        if (bytes is not [(byte)'{', ..])
            return new IncomingRegister(held.Source, held.Source, held.FileName, expected, RegisterFormat.Workbook, [new IncomingPart(held.FileName, bytes)]);
        var index = System.Text.Json.JsonSerializer.Deserialize<SortedDictionary<string, string>>(bytes)!;
        return new IncomingRegister(held.Source, held.Source, held.FileName, expected, RegisterFormat.Csv,
            [.. index.Select(part => new IncomingPart(part.Key, File.ReadAllBytes(vault.PathOf(part.Value))))]);
    }

    /// <summary>
    /// What a pull would do with <paramref name="register"/>, and what <paramref name="look"/> reads
    /// of the database once it is stored (its unit's figures as they would be) — read, checked and
    /// written exactly as a pull does, then rolled back: nothing is kept but the file in the vault.
    /// </summary>
    public async Task<DryRun<T>> TryAsync<T>(IncomingRegister register, Func<ReportingDbContext, RegisterHeader, CancellationToken, Task<T>> look, CancellationToken cancellationToken)
    {
        var sha256 = register.Sha256;
        await KeepAsync(register, sha256, cancellationToken);
        var (parsed, rejection) = await ReadAsync(register, cancellationToken);
        if (parsed is null)
            return new DryRun<T>(Rejected(register.Source, register.Origin, register.Expected.Code, rejection!, null) with { Sha256 = sha256 }, null, [], default);
        // Under a key of its own: the same file may be in the ledger already, and the dry run is rolled back anyway.
        var received = new ReceivedFile(FileVault.HashOf(Guid.NewGuid().ToByteArray()), register.FileName, register.Origin, register.Size, clock.GetUtcNow().UtcDateTime);
        var (stored, seen) = await store.TryAsync(received, parsed, (db, token) => look(db, parsed.Header, token), cancellationToken);
        IReadOnlyList<RowIssue> issues = [.. parsed.Issues, .. stored.Warnings];
        return new DryRun<T>(Stored(register, stored.Ledger, parsed, issues, null) with { Sha256 = sha256 }, parsed.Header, issues, seen);
    }

    private async Task<FileResult> StoreAsync(RegisterStore lane, Prepared prepared, CancellationToken cancellationToken)
    {
        var (register, sha256, parsed, rejection) = prepared;
        await KeepAsync(register, sha256, cancellationToken);
        var received = new ReceivedFile(sha256, register.FileName, register.Origin, register.Size, clock.GetUtcNow().UtcDateTime);

        if (parsed is null)
        {
            // Read but not parsed is always a rejection with its reason (ReadAsync).
            var reason = rejection!;
            // The answer first: once the ledger knows the file, a retry skips it without writing one.
            var report = errorReports.WriteRejectedFile(register.Expected.Code, register.FileName, reason);
            await lane.RecordRejectedAsync(received, register.Expected.Code, RegisterFileNames.YearHint(register.FileName), reason.MessageVi, cancellationToken);
            return Rejected(register.Source, register.Origin, register.Expected.Code, reason, report);
        }

        List<RowIssue> issues = [];
        string? errorReport = null;
        var stored = await lane.StoreAsync(received, parsed, cancellationToken, beforeCommit: warnings =>
        {
            issues = [.. parsed.Issues, .. warnings];
            errorReport = issues.Count > 0 || parsed.Notices.Count > 0 ? errorReports.WriteRowIssues(parsed.Header, register.FileName, issues, parsed.Notices) : null;
        });
        if (register.Validators is { } validators)
            await lane.RememberHttpStateAsync(validators.Url, validators.ETag, validators.LastModified, cancellationToken);
        return Stored(register, stored.Ledger, parsed, issues, errorReport);
    }

    /// <summary>
    /// A workbook is kept under its hash. A CSV register keeps each sheet file under its own hash and,
    /// under the register's hash (the ledger's key), a small JSON index naming them.
    /// </summary>
    private async Task KeepAsync(IncomingRegister register, string sha256, CancellationToken cancellationToken)
    {
        if (register.Format == RegisterFormat.Workbook)
        {
            await vault.KeepAsync(sha256, register.Parts[0].Bytes, cancellationToken);
            return;
        }
        var index = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in register.Parts)
        {
            index[part.Name] = FileVault.HashOf(part.Bytes);
            await vault.KeepAsync(index[part.Name], part.Bytes, cancellationToken);
        }
        await vault.KeepAsync(sha256, System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(index), cancellationToken);
    }

    private async Task<FileResult> RecordTooLargeAsync(RegisterStore lane, SourceEvent.TooLarge tooLarge, CancellationToken cancellationToken)
    {
        var reason = new RegisterRejectedException(
            $"Tệp quá lớn ({tooLarge.Size / 1024:N0} KB, tối đa {reader.Context.Limits.MaxFileBytes / 1024:N0} KB): không đọc.",
            $"The file is {tooLarge.Size:N0} bytes, over the limit of {reader.Context.Limits.MaxFileBytes:N0}.");
        var received = new ReceivedFile(tooLarge.Sha256, tooLarge.FileName, tooLarge.Origin, tooLarge.Size, clock.GetUtcNow().UtcDateTime);
        await lane.RecordRejectedAsync(received, tooLarge.Expected.Code, RegisterFileNames.YearHint(tooLarge.FileName), reason.MessageVi, cancellationToken);
        var report = errorReports.WriteRejectedFile(tooLarge.Expected.Code, tooLarge.FileName, reason);
        return Rejected(tooLarge.Source, tooLarge.Origin, tooLarge.Expected.Code, reason, report);
    }

    private static FileResult Stored(IncomingRegister register, RegisterFile ledger, ParsedRegister parsed, IReadOnlyList<RowIssue> issues, string? errorReport) =>
        new(register.Source, register.Origin, ledger.Outcome, ledger.UnitCode, ledger.Year, ledger.RowsAccepted, ledger.RowsRejected,
            issues.Count(i => i.Severity == IssueSeverity.Warning), ledger.Message, parsed.Notices, errorReport);

    private static FileResult Rejected(string source, string origin, string? unitCode, RegisterRejectedException reason, string? errorReport) =>
        new(source, origin, FileOutcome.Rejected, unitCode, null, 0, 0, 0, reason.MessageVi, [], errorReport);

    private static FileResult Unchanged(string source, string origin, string? sha256) =>
        new(source, origin, FileOutcome.Unchanged, null, null, 0, 0, 0, null, [], null, sha256);
}
