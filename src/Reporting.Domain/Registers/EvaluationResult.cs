namespace Reporting.Domain.Registers;

public enum EvaluationResult
{
    NotPassed = 0,
    Passed = 1,
}
