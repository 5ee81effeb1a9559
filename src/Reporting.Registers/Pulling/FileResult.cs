using Reporting.Data.Model;

namespace Reporting.Registers.Pulling;

/// <summary>What became of one received register in a pull; an unchanged one names the file received before by its hash.</summary>
public sealed record FileResult(
    string Source,
    string Origin,
    FileOutcome Outcome,
    string? UnitCode,
    int? Year,
    int RowsAccepted,
    int RowsRejected,
    int Warnings,
    string? Message,
    IReadOnlyList<string> Notices,
    string? ErrorReport,
    string? Sha256 = null);
