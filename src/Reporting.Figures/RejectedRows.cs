namespace Reporting.Figures;

/// <summary>
/// Rejected rows of one unit's register for one rule; <see cref="Rows"/> is null for a file
/// rejected whole (<see cref="Queries.RejectedRowsQuery.WholeFile"/>).
/// </summary>
public sealed record RejectedRows(string UnitCode, string FileName, string? Sheet, string Rule, long? Rows, string? Example, string ErrorReport);
