using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Reporting.App.Web.Security;

/// <summary>The configured users, checked with ASP.NET Core Identity's password hasher (PBKDF2).</summary>
public sealed class UserDirectory(IOptions<WebOptions> options)
{
    private static readonly PasswordHasher<WebUser> Hasher = new();

    // Checked when the name is unknown too, so a wrong name takes as long as a wrong password.
    private static readonly string UnknownUserHash = Hasher.HashPassword(new WebUser(), Guid.NewGuid().ToString());

    public static string Hash(string password) => Hasher.HashPassword(new WebUser(), password);

    /// <summary>A hash this hasher wrote: base64 of a format byte 0x01 (PBKDF2, Identity v3) and the rest.</summary>
    public static bool IsHash(string hash)
    {
        var bytes = new byte[hash.Length];
        return Convert.TryFromBase64String(hash, bytes, out var length) && length > 13 && bytes[0] == 0x01;
    }

    public WebUser? Find(string? name) =>
        options.Value.Users.FirstOrDefault(u => string.Equals(u.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The user whose name and password these are, or null.</summary>
    public WebUser? Verify(string name, string password)
    {
        var user = Find(name);
        var result = Hasher.VerifyHashedPassword(user ?? new WebUser(), user?.PasswordHash ?? UnknownUserHash, password);
        return user is not null && result != PasswordVerificationResult.Failed ? user : null;
    }
}
