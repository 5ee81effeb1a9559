using Reporting.Data.Model;

namespace Reporting.Registers.Pulling;

/// <summary>What became of one file of a pull.</summary>
public sealed record FileResult(
    string Path,
    FileOutcome Outcome,
    string? UnitCode,
    int? Year,
    int RowsAccepted,
    int RowsRejected,
    string? Message);
