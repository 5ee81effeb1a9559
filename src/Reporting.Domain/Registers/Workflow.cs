namespace Reporting.Domain.Registers;

/// <summary>The registration → evaluation → recognition columns shared by every title sheet.</summary>
public sealed record Workflow(
    bool Registered,
    DateOnly? RegisteredOn,
    decimal? Score,
    EvaluationResult? Result,
    DateOnly? EvaluatedOn,
    bool Recognized,
    string? DecisionNumber,
    DateOnly? RecognizedOn,
    string? Note)
{
    public static readonly Workflow None = new(false, null, null, null, null, false, null, null, null);
}
