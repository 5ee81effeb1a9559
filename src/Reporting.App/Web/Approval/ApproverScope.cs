using System.Security.Claims;
using Reporting.App.Web.Security;
using Reporting.Domain.Units;

namespace Reporting.App.Web.Approval;

/// <summary>
/// What the signed-in user sees and may do on the approval page: the staff see every unit; a
/// district approver sees their districts and approves or sends back their communes; an admin
/// also decides on the districts' own registers, and closes and reopens years.
/// </summary>
internal sealed record ApproverScope(string User, string Role, IReadOnlySet<string> Districts)
{
    public static ApproverScope Of(ClaimsPrincipal principal, UserDirectory users)
    {
        var user = users.Find(principal.Identity?.Name) ?? throw new InvalidOperationException("The approval page reached without a configured user.");
        return new ApproverScope(user.Name, user.Role, user.Role == Roles.District ? user.Units.ToHashSet(StringComparer.Ordinal) : new HashSet<string>());
    }

    /// <summary>Who the audit trail names for this user's steps.</summary>
    public string Actor => $"web:{User}";

    public bool MayClose => Role == Roles.Admin;

    public bool Sees(AdministrativeUnit unit) => Role != Roles.District || Districts.Contains(DistrictOf(unit));

    public bool MayDecide(AdministrativeUnit unit) => Role switch
    {
        Roles.Admin => unit.Level is UnitLevel.Commune or UnitLevel.District,
        Roles.District => unit.Level == UnitLevel.Commune && Districts.Contains(unit.ParentCode ?? ""),
        _ => false,
    };

    public static string DistrictOf(AdministrativeUnit unit) => unit.Level == UnitLevel.District ? unit.Code : unit.ParentCode ?? unit.Code;
}
