using System.ComponentModel.DataAnnotations;

namespace Reporting.App.Web.Security;

/// <summary>One person who may sign in to <c>reporting serve</c>; the hash comes from <c>reporting hash-password</c>.</summary>
public sealed class WebUser
{
    [Required]
    public string Name { get; set; } = "";

    [Required]
    public string PasswordHash { get; set; } = "";

    /// <summary>
    /// <c>admin</c> (runs, re-runs and deletes jobs; closes years), <c>viewer</c> (reads), <c>unit</c>
    /// (a clerk handing in registers) or <c>district</c> (approves its communes' registers).
    /// </summary>
    [Required]
    public string Role { get; set; } = Roles.Viewer;

    /// <summary>For a clerk: the codes of the communes or districts whose registers they hand in; for a district approver, the districts' codes.</summary>
    public List<string> Units { get; set; } = [];
}

/// <summary>Section <c>Web</c>: where <c>reporting serve</c> listens and who may sign in.</summary>
public sealed class WebOptions : IValidatableObject
{
    public const string Section = "Web";

    /// <summary>Semicolon-separated, as ASP.NET Core's <c>--urls</c>.</summary>
    [Required]
    public string Urls { get; set; } = "http://localhost:5080";

    public List<WebUser> Users { get; set; } = [];

    /// <summary>Failed sign-ins allowed for one user name within <see cref="LockoutMinutes"/>.</summary>
    [Range(1, 100)]
    public int FailedLoginLimit { get; set; } = 5;

    /// <summary>
    /// Sign-in attempts from one address within the lock-out window, whatever the names: high
    /// enough that an office behind one address is not locked out by one person's mistakes, low
    /// enough to stop a guesser trying many names.
    /// </summary>
    [Range(1, 10_000)]
    public int FailedLoginLimitPerAddress { get; set; } = 50;

    [Range(1, 1440)]
    public int LockoutMinutes { get; set; } = 15;

    /// <summary>Registers one clerk may check or hand in on the upload page in an hour.</summary>
    [Range(1, 10_000)]
    public int UploadsPerHour { get; set; } = 60;

    /// <summary>How long a sign-in lasts without activity.</summary>
    [Range(5, 1440)]
    public int SessionMinutes { get; set; } = 480;

    /// <summary>
    /// Addresses of reverse proxies (ending TLS in front of serve) whose <c>X-Forwarded-Proto</c> and
    /// <c>X-Forwarded-For</c> are believed, besides a proxy on this machine.
    /// </summary>
    public List<string> TrustedProxies { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Users.Count == 0)
            yield return new ValidationResult(
                "Web:Users is empty: nobody could sign in. Add a user with a hash from 'reporting hash-password' (see the README).", [nameof(Users)]);
        foreach (var user in Users)
        {
            if (string.IsNullOrWhiteSpace(user.Name) || string.IsNullOrWhiteSpace(user.PasswordHash))
                yield return new ValidationResult("Web:Users: every user needs a Name and a PasswordHash.", [nameof(Users)]);
            else if (!UserDirectory.IsHash(user.PasswordHash))
                yield return new ValidationResult($"Web:Users: the PasswordHash of '{user.Name}' is not one 'reporting hash-password' prints.", [nameof(Users)]);
            if (!Roles.All.Contains(user.Role))
                yield return new ValidationResult($"Web:Users: '{user.Name}' has role '{user.Role}'; use admin, viewer, unit or district.", [nameof(Users)]);
            foreach (var error in UnitErrors(user))
                yield return new ValidationResult(error, [nameof(Users)]);
        }
        foreach (var proxy in TrustedProxies.Where(p => !System.Net.IPAddress.TryParse(p, out _)))
            yield return new ValidationResult($"Web:TrustedProxies: '{proxy}' is not an IP address.", [nameof(TrustedProxies)]);
        foreach (var name in Users.GroupBy(u => u.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key))
            yield return new ValidationResult($"Web:Users: '{name}' appears more than once.", [nameof(Users)]);
    }

    private static IEnumerable<string> UnitErrors(WebUser user)
    {
        var units = Domain.Units.UnitDirectory.Reference;
        switch (user.Role)
        {
            case Roles.Unit or Roles.District when user.Units.Count == 0:
                yield return user.Role == Roles.Unit
                    ? $"Web:Users: '{user.Name}' has role unit but no Units (the codes of the communes or districts they hand in)."
                    : $"Web:Users: '{user.Name}' has role district but no Units (the codes of the districts whose communes they approve).";
                break;
            case Roles.Unit:
                foreach (var code in user.Units.Where(c => !units.KeepsRegisters(c, null)))
                    yield return $"Web:Users: unit '{code}' of '{user.Name}' is not the code of a commune or district.";
                break;
            case Roles.District:
                foreach (var code in user.Units.Where(c => units.Latest(c)?.Level != Domain.Units.UnitLevel.District))
                    yield return $"Web:Users: unit '{code}' of '{user.Name}' is not the code of a district.";
                break;
            default:
                if (user.Units.Count > 0)
                    yield return $"Web:Users: '{user.Name}' lists Units but has role '{user.Role}'; only roles unit and district have units.";
                break;
        }
    }
}
