namespace Reporting.Domain.Registers;

/// <summary>
/// How codes typed by clerks are compared. Excel drops the leading zeros of a code typed as a number,
/// so an all-digit code is the same code with or without them: <c>0012</c>, <c>012</c> and <c>12</c>
/// are one household. Any other code (<c>T01</c>, <c>A-12</c>) is compared exactly as typed.
/// </summary>
public static class EntityCodes
{
    public static string Canonical(string code)
    {
        if (code.Length < 2 || code[0] != '0' || code.AsSpan().ContainsAnyExceptInRange('0', '9'))
            return code;
        var trimmed = code.TrimStart('0');
        return trimmed.Length == 0 ? "0" : trimmed;
    }

    public static bool Same(string left, string right) => Canonical(left) == Canonical(right);
}
