using Reporting.Domain.Circular44;

namespace Reporting.Domain.Registers;

/// <summary>One valid <c>CDHT_Xa</c> row of a district register (Circular 44/2014).</summary>
public sealed record CommuneAssessment(
    string CommuneCode,
    string CommuneName,
    IReadOnlyList<decimal> Criteria,
    decimal Total,
    Classification Classification,
    DateOnly? EvaluatedOn,
    string? DecisionNumber,
    int SourceRow);
