using Reporting.Domain.Units;

namespace Reporting.Registers.Pulling.Sources;

/// <summary>An HTTP server that publishes the registers of one level at <c>UrlTemplate</c> ({unit}, {year}).</summary>
public sealed record HttpSourceSettings(string Name, UnitLevel Level, string UrlTemplate, TimeSpan Timeout)
{
    public Uri UrlFor(string unitCode, int year) => new(UrlTemplate
        .Replace("{unit}", Uri.EscapeDataString(unitCode), StringComparison.Ordinal)
        .Replace("{year}", year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));

    /// <summary>Plain HTTP only on this machine: registers hold names of people.</summary>
    public string? Problem()
    {
        if (!UrlTemplate.Contains("{unit}", StringComparison.Ordinal) || !UrlTemplate.Contains("{year}", StringComparison.Ordinal))
            return $"UrlTemplate of HTTP source '{Name}' must contain {{unit}} and {{year}}.";
        if (!Uri.TryCreate(UrlTemplate.Replace("{unit}", "0").Replace("{year}", "2016"), UriKind.Absolute, out var uri)
            || uri.Scheme is not ("http" or "https"))
            return $"UrlTemplate of HTTP source '{Name}' is not an http(s) URL.";
        if (uri.Scheme == "http" && !uri.IsLoopback)
            return $"HTTP source '{Name}' must use https (plain http is allowed only on this machine).";
        return Timeout <= TimeSpan.Zero ? $"TimeoutSeconds of HTTP source '{Name}' must be positive." : null;
    }
}
