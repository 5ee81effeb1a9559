using System.Globalization;
using System.Text.RegularExpressions;

namespace Reporting.Registers.Reading.Formats;

/// <summary>What a cell's number format says: whether the number is a date, and how it is shown.</summary>
internal static partial class NumberFormats
{
    /// <summary>The built-in formats of Excel that show dates and times (ids 14–22 and 45–47).</summary>
    public static bool IsBuiltInDate(int id) => id is >= 14 and <= 22 or >= 45 and <= 47;

    /// <summary>A custom format shows a date when, outside quoted text and [colour] sections, it uses day, month or year codes.</summary>
    public static bool IsDate(string? formatCode)
    {
        if (string.IsNullOrEmpty(formatCode))
            return false;
        var bare = Literals().Replace(formatCode, "");
        return bare.Any(c => c is 'd' or 'D' or 'y' or 'Y' or 'm' or 'M') && !bare.Contains('0') && !bare.Contains('#');
    }

    /// <summary>A format of zeros only (<c>0000</c>): the one that shows a number otherwise than plainly, keeping a code's zeros.</summary>
    public static bool PadsWithZeros(string? formatCode) => formatCode is { Length: > 0 } code && ZerosOnly().IsMatch(code);

    /// <summary>
    /// The number as the cell shows it, for what must be read as typed: a code formatted <c>0000</c>
    /// keeps its zeros, <c>@</c> and General show the plain number.
    /// </summary>
    public static string Display(double value, string? formatCode)
    {
        if (PadsWithZeros(formatCode) && value >= 0 && value == Math.Floor(value) && value < 1e15)
            return ((long)value).ToString(new string('0', formatCode!.Length), CultureInfo.InvariantCulture);
        return value.ToString("0.###############", CultureInfo.InvariantCulture);
    }

    /// <summary>What a reader stores as the cell's shown text: only what differs from the plain number (a zero-padded code), computed once.</summary>
    public static string? Shown(double value, string? formatCode) => PadsWithZeros(formatCode) ? Display(value, formatCode) : null;

    [GeneratedRegex("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\.")]
    private static partial Regex Literals();

    [GeneratedRegex("^0+$")]
    private static partial Regex ZerosOnly();
}

/// <summary>Cell references such as <c>AB12</c>.</summary>
internal static class CellReferences
{
    /// <summary>Past any sheet's last column, and far from overflowing: a reference of too many letters stays refusable.</summary>
    private const int TooFar = SheetGrid.MaxColumns + 1;

    /// <summary>Row and column of a reference, 1-based; (0, 0) when it is not one.</summary>
    public static (int Row, int Column) Parse(ReadOnlySpan<char> reference)
    {
        var column = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]); i++)
            column = Math.Min(column * 26 + (char.ToUpperInvariant(reference[i]) - 'A' + 1), TooFar);
        return int.TryParse(reference[i..], NumberStyles.None, CultureInfo.InvariantCulture, out var row) && column > 0 ? (row, column) : (0, 0);
    }

    /// <summary>The same, from the UTF-8 bytes of an attribute.</summary>
    public static (int Row, int Column) Parse(ReadOnlySpan<byte> reference)
    {
        var column = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetter((char)reference[i]); i++)
            column = Math.Min(column * 26 + (char.ToUpperInvariant((char)reference[i]) - 'A' + 1), TooFar);
        return int.TryParse(reference[i..], NumberStyles.None, CultureInfo.InvariantCulture, out var row) && column > 0 ? (row, column) : (0, 0);
    }
}
