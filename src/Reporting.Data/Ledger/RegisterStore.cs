using Microsoft.EntityFrameworkCore;
using Reporting.Data.Approval;
using Reporting.Data.Loading;
using Reporting.Data.Model;
using Reporting.Domain.Registers;
using Reporting.Domain.Units;

namespace Reporting.Data.Ledger;

/// <summary>
/// Records received files in the ledger and makes an accepted register the current one of its
/// (unit, year): the old rows go and the new ones arrive in one transaction, or nothing changes.
/// </summary>
public sealed class RegisterStore(ReportingDbContext db, TimeProvider clock, IRegisterWording wording, ITitleEntryWriter? writer = null) : IAsyncDisposable
{
    private readonly ITitleEntryWriter _writer = writer ?? ITitleEntryWriter.For(db.Provider);
    private bool _ownsContext;

    /// <summary>
    /// How many stores may write registers side by side: on PostgreSQL one per core (at least two, so
    /// that one waits on the server while another sends), on SQLite, which has one writer, this one alone.
    /// </summary>
    public int Lanes => db.Provider == DatabaseProvider.PostgreSql ? Math.Max(2, Environment.ProcessorCount) : 1;

    /// <summary>A store on a connection of its own, for one more lane; disposing it closes that connection.</summary>
    public RegisterStore OpenLane() =>
        new(ReportingDatabase.CreateContext(db.Database.GetConnectionString()!), clock, wording, writer) { _ownsContext = true };

    public async ValueTask DisposeAsync()
    {
        if (_ownsContext)
            await db.DisposeAsync();
    }

    /// <summary>The hashes of the ledger's files, or of one unit's: a file seen before is skipped without being opened.</summary>
    public async Task<HashSet<string>> KnownHashesAsync(string? unitCode, CancellationToken cancellationToken) =>
        (await db.RegisterFiles.Where(f => unitCode == null || f.UnitCode == unitCode).Select(f => f.Sha256).ToListAsync(cancellationToken))
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether the ledger holds the file, asked on a connection of its own: the store's may be busy with a pull's writes.</summary>
    public async Task<bool> IsKnownAsync(string sha256, CancellationToken cancellationToken)
    {
        await using var fresh = ReportingDatabase.CreateContext(db.Database.GetConnectionString()!);
        return await fresh.RegisterFiles.AnyAsync(f => f.Sha256 == sha256, cancellationToken);
    }

    /// <summary>The ledger's row for a file received before, to tell its sender again what became of it.</summary>
    public Task<RegisterFile?> ReceivedAsync(string sha256, CancellationToken cancellationToken) =>
        db.RegisterFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Sha256 == sha256, cancellationToken);

    public async Task<Dictionary<string, HttpSourceState>> HttpStatesAsync(CancellationToken cancellationToken) =>
        await db.HttpSourceStates.AsNoTracking().ToDictionaryAsync(s => s.Url, StringComparer.Ordinal, cancellationToken);

    /// <summary>Remembers what an HTTP server said of a file now stored, for the next conditional GET.</summary>
    public async Task RememberHttpStateAsync(string url, string? etag, DateTimeOffset? lastModified, CancellationToken cancellationToken)
    {
        var state = await db.HttpSourceStates.FindAsync([url], cancellationToken);
        if (state is null)
            db.HttpSourceStates.Add(state = new HttpSourceState { Url = url });
        state.ETag = etag;
        state.LastModified = lastModified?.ToUniversalTime();
        state.CheckedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    /// <summary>
    /// After a pull has stored registers, refresh PostgreSQL's statistics: the figure queries join
    /// hundreds of thousands of rows, and a planner that believes the tables empty picks nested loops.
    /// </summary>
    public async Task AfterLoadAsync(CancellationToken cancellationToken)
    {
        if (db.Provider == DatabaseProvider.PostgreSql)
            await db.Database.ExecuteSqlRawAsync("ANALYZE title_entries, commune_assessments, register_versions, row_issues", cancellationToken);
    }

    /// <summary>
    /// A file rejected whole. The unit is the one its folder or URL speaks for, and the year the one
    /// its name suggests: enough to list it against the unit in the monthly summary.
    /// </summary>
    public async Task<RegisterFile> RecordRejectedAsync(ReceivedFile file, string? unitCode, int? year, string message, CancellationToken cancellationToken)
    {
        var ledger = NewLedgerRow(file, FileOutcome.Rejected);
        ledger.UnitCode = unitCode;
        ledger.Year = year;
        ledger.Message = message;
        db.RegisterFiles.Add(ledger);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return ledger;
    }

    /// <summary>
    /// Stores a register in one transaction. <paramref name="beforeCommit"/> gets the warnings the
    /// history lookup adds, just before the commit: what must exist once the register is stored (its
    /// error report) is written there, so a process killed after the commit has left it behind; one
    /// killed before leaves a report that the retry writes again.
    /// </summary>
    public async Task<StoreResult> StoreAsync(ReceivedFile file, ParsedRegister register, CancellationToken cancellationToken,
        Action<IReadOnlyList<RowIssue>>? beforeCommit = null)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var stored = await WriteAsync(file, register, cancellationToken);
        beforeCommit?.Invoke(stored.Warnings);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return stored;
    }

    /// <summary>
    /// A dry run: the register written exactly as <see cref="StoreAsync"/> writes it, what
    /// <paramref name="look"/> then reads of the database (the figures as they would be), and the
    /// transaction rolled back, so nothing of it is kept.
    /// </summary>
    public async Task<(StoreResult Stored, T Seen)> TryAsync<T>(ReceivedFile file, ParsedRegister register,
        Func<ReportingDbContext, CancellationToken, Task<T>> look, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var stored = await WriteAsync(file, register, cancellationToken);
            return (stored, await look(db, cancellationToken));
        }
        finally
        {
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
        }
    }

    private async Task<StoreResult> WriteAsync(ReceivedFile file, ParsedRegister register, CancellationToken cancellationToken)
    {
        var header = register.Header;
        var ledger = NewLedgerRow(file, register.RejectedRowCount == 0 ? FileOutcome.Accepted : FileOutcome.PartlyAccepted);
        ledger.UnitCode = header.UnitCode;
        ledger.Year = header.Year;
        ledger.UpdatedOn = header.UpdatedOn;
        ledger.RowsAccepted = register.AcceptedRowCount;
        ledger.RowsRejected = register.RejectedRowCount;
        db.RegisterFiles.Add(ledger);
        await db.SaveChangesAsync(cancellationToken);
        var history = await EntityHistory.ResolveAsync(db, register, wording, cancellationToken);
        db.RowIssues.AddRange(register.Issues.Concat(history.Warnings).Select(r => ToRecord(ledger.Id, r)));

        await ClosingLock.ShareAsync(db, header.Year, cancellationToken);
        if (await ClosingLock.InForceAsync(db, header.Year, cancellationToken) is { } closing)
        {
            // The year's figures stay those of its closing; the register waits for a reopening.
            ledger.HeldByClosingId = closing.Id;
            ledger.Message = wording.HeldAfterClosing(header.Year, closing.ClosedAt, await LateDifference.OfAsync(db, register, cancellationToken));
            db.ApprovalSteps.Add(Step(ledger, ApprovalAction.ReceivedAfterClosing, ledger.Source));
        }
        else
        {
            await CountAsync(ledger, register, history.Keys, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new StoreResult(ledger, history.Warnings);
    }

    /// <summary>The registers held by closings since reopened, oldest first: to be counted now.</summary>
    public async Task<IReadOnlyList<RegisterFile>> HeldAfterReopeningAsync(CancellationToken cancellationToken) =>
        await db.RegisterFiles.AsNoTracking()
            .Where(f => f.HeldByClosingId != null && db.YearClosings.Any(c => c.Id == f.HeldByClosingId && c.ReopenedAt != null))
            .OrderBy(f => f.Id).ToListAsync(cancellationToken);

    /// <summary>
    /// Counts a register held while its year was closed, now that it is reopened, as it would have
    /// been counted on arrival: made current unless a newer one of its year is. False when the year
    /// has been closed again meanwhile: the register stays held.
    /// </summary>
    public async Task<bool> CountHeldAsync(RegisterFile held, ParsedRegister register, string actor, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await ClosingLock.ShareAsync(db, register.Header.Year, cancellationToken);
        if (await ClosingLock.InForceAsync(db, register.Header.Year, cancellationToken) is not null)
            return false;
        var ledger = await db.RegisterFiles.SingleAsync(f => f.Id == held.Id, cancellationToken);
        // Its warnings were recorded on arrival; only the keys are wanted now.
        var history = await EntityHistory.ResolveAsync(db, register, wording, cancellationToken);
        ledger.HeldByClosingId = null;
        ledger.Message = null;
        db.ApprovalSteps.Add(Step(ledger, ApprovalAction.AppliedAfterReopening, actor));
        await CountAsync(ledger, register, history.Keys, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return true;
    }

    /// <summary>Makes the register its unit's current one of the year, which submits it for approval, unless a newer one is.</summary>
    private async Task CountAsync(RegisterFile ledger, ParsedRegister register, IReadOnlyDictionary<TitleEntry, string> keys, CancellationToken cancellationToken)
    {
        var header = register.Header;
        var current = await db.RegisterVersions.FirstOrDefaultAsync(
            v => v.UnitCode == header.UnitCode && v.Year == header.Year, cancellationToken);
        if (current is not null && current.UpdatedOn > header.UpdatedOn)
        {
            ledger.Outcome = FileOutcome.Superseded;
            ledger.Message = wording.Superseded(header.Year, current.UpdatedOn);
            return;
        }
        await ReplaceRowsAsync(ledger.Id, register, keys, cancellationToken);
        if (current is null)
            db.RegisterVersions.Add(current = new RegisterVersion { UnitCode = header.UnitCode, Year = header.Year });
        current.RegisterFileId = ledger.Id;
        current.UpdatedOn = header.UpdatedOn;
        current.StoredAt = clock.GetUtcNow().UtcDateTime;
        db.ApprovalSteps.Add(Step(ledger, ApprovalAction.Submitted, ledger.Source));
    }

    private ApprovalStep Step(RegisterFile ledger, ApprovalAction action, string actor) => new()
    {
        Year = ledger.Year!.Value, UnitCode = ledger.UnitCode!, Action = action, Actor = actor,
        At = clock.GetUtcNow().UtcDateTime, RegisterFileId = ledger.Id,
    };

    private async Task ReplaceRowsAsync(long fileId, ParsedRegister register, IReadOnlyDictionary<TitleEntry, string> keys, CancellationToken cancellationToken)
    {
        var header = register.Header;
        if (header.Level == UnitLevel.Commune)
        {
            await _writer.ReplaceAsync(db, header.UnitCode, header.Year,
                register.Entries.Select(e => ToRow(fileId, header, e, keys[e])), cancellationToken);
        }
        else
        {
            await db.CommuneAssessments
                .Where(a => a.DistrictCode == header.UnitCode && a.Year == header.Year)
                .ExecuteDeleteAsync(cancellationToken);
            db.CommuneAssessments.AddRange(register.Assessments.Select(a => ToRow(fileId, header, a)));
        }
    }

    private RegisterFile NewLedgerRow(ReceivedFile file, FileOutcome outcome) => new()
    {
        Sha256 = file.Sha256,
        FileName = file.FileName,
        Source = file.Source,
        SizeBytes = file.SizeBytes,
        ReceivedAt = file.ReceivedAt,
        Outcome = outcome,
    };

    private static TitleEntryRow ToRow(long fileId, RegisterHeader header, TitleEntry entry, string entityKey) => new()
    {
        CommuneCode = header.UnitCode,
        Year = header.Year,
        Title = entry.Title,
        Code = entry.Code,
        Name = entry.Name,
        VillageCode = entry.VillageCode,
        HouseholdCount = entry.HouseholdCount,
        Kind = entry.Kind,
        OldCode = entry.OldCode,
        EntityKey = entityKey,
        Registered = entry.Workflow.Registered,
        RegisteredOn = entry.Workflow.RegisteredOn,
        Score = entry.Workflow.Score,
        Result = entry.Workflow.Result,
        EvaluatedOn = entry.Workflow.EvaluatedOn,
        Recognized = entry.Workflow.Recognized,
        DecisionNumber = entry.Workflow.DecisionNumber,
        RecognizedOn = entry.Workflow.RecognizedOn,
        Note = entry.Workflow.Note,
        RegisterFileId = fileId,
        SourceRow = entry.SourceRow,
    };

    private static CommuneAssessmentRow ToRow(long fileId, RegisterHeader header, CommuneAssessment assessment) => new()
    {
        DistrictCode = header.UnitCode,
        Year = header.Year,
        CommuneCode = assessment.CommuneCode,
        CommuneName = assessment.CommuneName,
        Criteria = string.Join(';', assessment.Criteria.Select(c => c.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        Total = assessment.Total,
        Classification = assessment.Classification,
        EvaluatedOn = assessment.EvaluatedOn,
        DecisionNumber = assessment.DecisionNumber,
        RegisterFileId = fileId,
        SourceRow = assessment.SourceRow,
    };

    private static RowIssueRecord ToRecord(long fileId, RowIssue row) => new()
    {
        RegisterFileId = fileId,
        Severity = row.Severity,
        Sheet = row.Sheet,
        RowNumber = row.RowNumber,
        Title = row.Title,
        CommuneCode = row.CommuneCode,
        Column = row.Error.Column,
        Rule = row.Error.Rule.Code(),
        MessageVi = row.Error.MessageVi,
        MessageEn = row.Error.MessageEn,
    };
}
