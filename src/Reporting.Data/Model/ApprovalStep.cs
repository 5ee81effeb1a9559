namespace Reporting.Data.Model;

public enum ApprovalAction
{
    /// <summary>A register became its unit's current one for the year, from any channel: it waits for approval.</summary>
    Submitted,
    /// <summary>The level above checked the register and approved it.</summary>
    Approved,
    /// <summary>The level above sent the register back with a reason; a new register submits again.</summary>
    SentBack,
    /// <summary>A register arrived while its year was closed: kept and checked, not counted.</summary>
    ReceivedAfterClosing,
    /// <summary>The province closed the year's figures.</summary>
    Closed,
    /// <summary>The province reopened the year, with a reason.</summary>
    Reopened,
    /// <summary>A register held while the year was closed was counted once it was reopened.</summary>
    AppliedAfterReopening,
}

/// <summary>The audit trail of approval and closing: who did what to which unit's register of a year, when and why.</summary>
public sealed class ApprovalStep
{
    public long Id { get; set; }
    public int Year { get; set; }
    /// <summary>The unit whose register the step is about; the province's code for closing and reopening.</summary>
    public required string UnitCode { get; set; }
    public ApprovalAction Action { get; set; }
    /// <summary>A signed-in user (<c>web:name</c>), the command line (<c>cli:user</c>), or the channel a register came by.</summary>
    public required string Actor { get; set; }
    public DateTime At { get; set; }
    public string? Reason { get; set; }
    public long? RegisterFileId { get; set; }
}
