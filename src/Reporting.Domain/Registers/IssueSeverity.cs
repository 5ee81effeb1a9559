namespace Reporting.Domain.Registers;

public enum IssueSeverity
{
    /// <summary>The row is rejected and counted nowhere.</summary>
    Error = 0,
    /// <summary>The row is counted; the clerk should still look at it.</summary>
    Warning = 1,
}
