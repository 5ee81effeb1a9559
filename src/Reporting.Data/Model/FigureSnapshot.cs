namespace Reporting.Data.Model;

/// <summary>
/// One computation of a figures table, kept with the register versions it was computed from, so a
/// report can say exactly what it was built from and be rebuilt identically later.
/// </summary>
public sealed class FigureSnapshot
{
    public long Id { get; set; }
    public required string Period { get; set; }
    public required string Table { get; set; }
    public DateTime ComputedAt { get; set; }
    /// <summary>SHA-256 of <see cref="Content"/>.</summary>
    public required string Sha256 { get; set; }
    /// <summary>JSON: the (unit, year, file SHA-256, update date) of every register version used.</summary>
    public required string RegisterVersions { get; set; }
    /// <summary>
    /// SHA-256 of everything a reusable table is computed from — the register versions, the units,
    /// the settings and the code that counts — so an unchanged table is read back, not computed again.
    /// Null where the table depends on more (completeness reads when files arrived) or was stored before.
    /// </summary>
    public string? Basis { get; set; }
    /// <summary>The table as exported (CSV).</summary>
    public required string Content { get; set; }
}
