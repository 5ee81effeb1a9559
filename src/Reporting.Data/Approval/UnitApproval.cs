using Reporting.Data.Model;
using Reporting.Domain.Units;

namespace Reporting.Data.Approval;

/// <summary>Where one unit's register of a year stands, and the last step that put it there.</summary>
public sealed record UnitApproval(AdministrativeUnit Unit, ApprovalState State, ApprovalStep? LastStep, long? RegisterFileId);

/// <summary>A year's approval: every unit's, and its closing if it is closed.</summary>
public sealed record YearApproval(int Year, IReadOnlyList<UnitApproval> Units, YearClosing? Closing)
{
    public bool IsClosed => Closing is not null;

    public IReadOnlyList<UnitApproval> NotApproved => [.. Units.Where(u => u.State != ApprovalState.Approved)];

    /// <summary>"3 chưa nộp sổ, 9 chờ duyệt, 1 trả lại".</summary>
    public string NotApprovedInWords => string.Join(", ", NotApproved.GroupBy(u => u.State).OrderBy(g => g.Key)
        .Select(g => $"{g.Count()} {g.Key.Vietnamese().ToLowerInvariant()}"));
}
