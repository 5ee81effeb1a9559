using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Reporting.Data.Model;

/// <summary>
/// The one model of the pipeline. Each provider has a sealed subclass only so that it can keep
/// migrations of its own; the tables and names are the same everywhere.
/// </summary>
public abstract class ReportingDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<UnitVersion> Units => Set<UnitVersion>();
    public DbSet<UnitChangeRecord> UnitChanges => Set<UnitChangeRecord>();
    public DbSet<RegisterFile> RegisterFiles => Set<RegisterFile>();
    public DbSet<RegisterVersion> RegisterVersions => Set<RegisterVersion>();
    public DbSet<TitleEntryRow> TitleEntries => Set<TitleEntryRow>();
    public DbSet<CommuneAssessmentRow> CommuneAssessments => Set<CommuneAssessmentRow>();
    public DbSet<RowIssueRecord> RowIssues => Set<RowIssueRecord>();
    public DbSet<HttpSourceState> HttpSourceStates => Set<HttpSourceState>();
    public DbSet<RunRecord> Runs => Set<RunRecord>();
    public DbSet<RunOutput> RunOutputs => Set<RunOutput>();
    public DbSet<JobLock> JobLocks => Set<JobLock>();
    public DbSet<FigureSnapshot> FigureSnapshots => Set<FigureSnapshot>();
    public DbSet<YearClosing> YearClosings => Set<YearClosing>();
    public DbSet<ApprovalStep> ApprovalSteps => Set<ApprovalStep>();

    public abstract DatabaseProvider Provider { get; }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<UnitVersion>(unit =>
        {
            unit.ToTable("unit_versions");
            unit.HasIndex(u => new { u.Code, u.ValidFrom }).IsUnique();
        });
        modelBuilder.Entity<UnitChangeRecord>().ToTable("unit_changes");
        modelBuilder.Entity<RegisterFile>(file =>
        {
            file.ToTable("register_files");
            file.HasIndex(f => f.Sha256).IsUnique();
            file.Property(f => f.Outcome).HasConversion<string>().HasMaxLength(20);
            file.HasIndex(f => f.HeldByClosingId);
            // A pull of one unit reads only that unit's hashes.
            file.HasIndex(f => f.UnitCode);
        });
        modelBuilder.Entity<RegisterVersion>(version =>
        {
            version.ToTable("register_versions");
            version.HasKey(v => new { v.UnitCode, v.Year });
        });
        modelBuilder.Entity<TitleEntryRow>(entry =>
        {
            entry.ToTable("title_entries");
            entry.HasIndex(e => new { e.Year, e.CommuneCode, e.Title, e.Code }).IsUnique();
            entry.HasIndex(e => new { e.Title, e.EntityKey, e.Year });
        });
        modelBuilder.Entity<CommuneAssessmentRow>(assessment =>
        {
            assessment.ToTable("commune_assessments");
            assessment.HasIndex(a => new { a.Year, a.DistrictCode, a.CommuneCode }).IsUnique();
        });
        modelBuilder.Entity<RowIssueRecord>(issue =>
        {
            issue.ToTable("row_issues");
            issue.HasIndex(r => r.RegisterFileId);
        });
        modelBuilder.Entity<HttpSourceState>(state =>
        {
            state.ToTable("http_source_states");
            state.HasKey(s => s.Url);
        });
        modelBuilder.Entity<FigureSnapshot>(snapshot =>
        {
            snapshot.ToTable("figure_snapshots");
            snapshot.HasIndex(s => new { s.Period, s.Table, s.Sha256 });
            snapshot.HasIndex(s => new { s.Period, s.Table, s.Basis });
        });
        modelBuilder.Entity<RunRecord>(run =>
        {
            run.ToTable("runs");
            run.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        });
        modelBuilder.Entity<JobLock>(jobLock =>
        {
            jobLock.ToTable("job_locks");
            jobLock.HasKey(l => l.Key);
        });
        modelBuilder.Entity<RunOutput>(output =>
        {
            output.ToTable("run_outputs");
            output.HasIndex(o => o.RunId);
            output.HasOne<RunRecord>().WithMany().HasForeignKey(o => o.RunId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<YearClosing>(closing =>
        {
            closing.ToTable("year_closings");
            // At most one closing in force per year: the database settles two admins closing at once.
            closing.HasIndex(c => c.Year).IsUnique().HasFilter("reopened_at IS NULL");
        });
        modelBuilder.Entity<ApprovalStep>(step =>
        {
            step.ToTable("approval_steps");
            step.HasIndex(s => new { s.Year, s.UnitCode });
            step.Property(s => s.Action).HasConversion<string>().HasMaxLength(30);
        });
        SnakeCaseNames.Apply(modelBuilder);
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        value => value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime(),
        value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
