using System.Security.Claims;
using Reporting.App.Web.Security;
using Reporting.Domain.Units;

namespace Reporting.App.Web.Submissions;

/// <summary>The communes and districts the signed-in clerk hands in registers for, read from the configuration on every request.</summary>
internal sealed record ClerkUnits(string User, IReadOnlyList<AdministrativeUnit> Units)
{
    /// <summary>Each unit as it was last named: a commune merged away in 2020 still hands in its earlier years.</summary>
    public static ClerkUnits Of(ClaimsPrincipal principal, UserDirectory users, UnitDirectory directory)
    {
        var user = users.Find(principal.Identity?.Name) ?? throw new InvalidOperationException("A clerk's page reached without a configured user.");
        return new ClerkUnits(user.Name, user.Units
            .Select(directory.Latest)
            .OfType<AdministrativeUnit>()
            .ToList());
    }

    public IEnumerable<string> Codes => Units.Select(u => u.Code);

    /// <summary>The unit by its code, only if the clerk speaks for it.</summary>
    public AdministrativeUnit? Find(string? code) => Units.FirstOrDefault(u => string.Equals(u.Code, code, StringComparison.Ordinal));
}
