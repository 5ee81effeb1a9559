namespace Reporting.Domain.Registers;

/// <summary>The rules a register's row is checked against (specs/register-format.md); each has a stable code, stored with every issue.</summary>
public enum RowRule
{
    /// <summary><c>required</c>: a column the row needs is empty.</summary>
    Required,
    /// <summary><c>format</c>: a cell that cannot be read as what its column holds.</summary>
    Format,
    /// <summary><c>uncalculated</c>: a formula its writer saved without computing its value.</summary>
    Uncalculated,
    DuplicateCode,
    VillageUnknown,
    VillageRejected,
    HouseholdsOverflow,
    CommuneOutsideDistrict,
    /// <summary><c>rule-1</c>: recognised only when registered and passed.</summary>
    RecognitionSteps,
    /// <summary><c>rule-2</c>: evaluated only when registered.</summary>
    EvaluationNeedsRegistration,
    /// <summary><c>rule-3</c>: steps in order, within the register's year (recognition by 31 March of the next).</summary>
    DateOrder,
    /// <summary><c>rule-4</c>: no step after the register's update date.</summary>
    AfterUpdate,
    /// <summary><c>rule-5</c>: a score from 0 to 100.</summary>
    ScoreRange,
    Circular44Criterion,
    Circular44Total,
    Circular44Class,
    /// <summary>A warning: <c>Mã cũ</c> is not <c>&lt;old commune&gt;/&lt;old code&gt;</c>.</summary>
    OldCodeFormat,
    /// <summary>A warning: <c>Mã cũ</c> names nothing in earlier registers.</summary>
    OldCodeUnknown,
    /// <summary>A warning: a code typed as a number, whose leading zeros Excel drops.</summary>
    CodeAsNumber,
}

public static class RowRuleCodes
{
    private static readonly IReadOnlyDictionary<RowRule, string> Codes = new Dictionary<RowRule, string>
    {
        [RowRule.Required] = "required",
        [RowRule.Format] = "format",
        [RowRule.Uncalculated] = "uncalculated",
        [RowRule.DuplicateCode] = "duplicate-code",
        [RowRule.VillageUnknown] = "village-unknown",
        [RowRule.VillageRejected] = "village-rejected",
        [RowRule.HouseholdsOverflow] = "households-overflow",
        [RowRule.CommuneOutsideDistrict] = "commune-outside-district",
        [RowRule.RecognitionSteps] = "rule-1",
        [RowRule.EvaluationNeedsRegistration] = "rule-2",
        [RowRule.DateOrder] = "rule-3",
        [RowRule.AfterUpdate] = "rule-4",
        [RowRule.ScoreRange] = "rule-5",
        [RowRule.Circular44Criterion] = "circular44-criterion",
        [RowRule.Circular44Total] = "circular44-total",
        [RowRule.Circular44Class] = "circular44-class",
        [RowRule.OldCodeFormat] = "old-code-format",
        [RowRule.OldCodeUnknown] = "old-code-unknown",
        [RowRule.CodeAsNumber] = "code-as-number",
    };

    /// <summary>The code stored with the issue and shown in reports: <c>rule-1</c>, <c>duplicate-code</c>.</summary>
    public static string Code(this RowRule rule) => Codes[rule];
}
