using System.Buffers;
using System.Reflection;
using System.Text;

namespace Reporting.Registers.Reading.Encodings;

/// <summary>The legacy Vietnamese encodings clerks still type in, before Unicode.</summary>
public enum LegacyEncoding
{
    /// <summary>TCVN3 (ABC), the <c>.VnTime</c>… fonts; capitals with diacritics in the <c>…H</c> fonts.</summary>
    Tcvn3,
    /// <summary>VNI-Windows, the <c>VNI-</c>… fonts.</summary>
    Vni,
}

/// <summary>
/// The two tables (<c>tcvn3.txt</c>, <c>vni-windows.txt</c>, data beside this file with their
/// sources) and what they tell: whether a text looks typed in an encoding, and the text in Unicode.
/// </summary>
public static class LegacyEncodings
{
    /// <summary>The Vietnamese letters of Latin-1, which Unicode text uses too: their presence proves nothing.</summary>
    private const string UnicodeLatin1Letters = "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý";

    private static readonly IReadOnlyDictionary<char, char> Tcvn3 = ReadTcvn3();
    private static readonly IReadOnlyDictionary<string, string> Vni = ReadVni();
    private static readonly SearchValues<char> Tcvn3Markers = SearchValues.Create([.. Tcvn3.Keys.Where(c => !UnicodeLatin1Letters.Contains(c))]);
    private static readonly SearchValues<char> VniMarkers = SearchValues.Create([.. Vni.Keys.SelectMany(k => k).Where(c => c >= 0x80 && !UnicodeLatin1Letters.Contains(c)).Distinct()]);

    private static readonly SearchValues<char> OnlyUnicodeLetters = SearchValues.Create(
        [.. "ăĂđĐĩĨũŨơƠưƯ", .. Enumerable.Range('\u1EA0', '\u1EF9' - '\u1EA0' + 1).Select(c => (char)c)]);

    public static string Name(this LegacyEncoding encoding) => encoding == LegacyEncoding.Tcvn3 ? "TCVN3" : "VNI-Windows";

    /// <summary>The encoding a font name says (<c>.VnTime</c>, <c>.VnArialH</c>, <c>VNI-Times</c>), if any.</summary>
    public static LegacyEncoding? OfFont(string? font) =>
        font is null ? null
        : font.StartsWith(".Vn", StringComparison.OrdinalIgnoreCase) ? LegacyEncoding.Tcvn3
        : font.StartsWith("VNI-", StringComparison.OrdinalIgnoreCase) || font.StartsWith("VNI ", StringComparison.OrdinalIgnoreCase) ? LegacyEncoding.Vni
        : null;

    /// <summary>A TCVN3 font that draws every letter as a capital (<c>.VnTimeH</c>).</summary>
    public static bool IsCapitalsFont(string? font) =>
        OfFont(font) == LegacyEncoding.Tcvn3 && font!.EndsWith('H');

    /// <summary>Text with a letter only Unicode has (ă, đ, ơ, ư, ĩ, ũ, the toned vowels): typed in Unicode, whatever else it holds.</summary>
    public static bool IsUnicodeVietnamese(string text) => text.AsSpan().ContainsAny(OnlyUnicodeLetters);

    /// <summary>Whether the text holds a character that, in Vietnamese, only this encoding would put there.</summary>
    public static bool HasMarkers(string text, LegacyEncoding encoding)
    {
        var markers = encoding == LegacyEncoding.Tcvn3 ? Tcvn3Markers : VniMarkers;
        return !IsUnicodeVietnamese(text) && text.AsSpan().ContainsAny(markers);
    }

    /// <summary>Whether the text could be in a legacy encoding at all: characters past ASCII and no letter only Unicode has.</summary>
    public static bool MayBeLegacy(string text) => !IsUnicodeVietnamese(text) && text.AsSpan().ContainsAnyInRange('\u00A0', '\u00FF');

    /// <summary>The text in Unicode, NFC; in capitals when typed in a capitals font.</summary>
    public static string ToUnicode(string text, LegacyEncoding encoding, bool capitals = false)
    {
        var builder = new StringBuilder(text.Length);
        if (encoding == LegacyEncoding.Tcvn3)
        {
            foreach (var c in text)
                builder.Append(Tcvn3.TryGetValue(c, out var letter) ? letter : c);
        }
        else
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (i + 1 < text.Length && Vni.TryGetValue(text.Substring(i, 2), out var pair))
                {
                    builder.Append(pair);
                    i++;
                }
                else
                    builder.Append(Vni.TryGetValue(text[i].ToString(), out var single) ? single : text[i].ToString());
            }
        }
        var unicode = builder.ToString().Normalize(NormalizationForm.FormC);
        return capitals ? unicode.ToUpperInvariant() : unicode;
    }

    private static IReadOnlyDictionary<char, char> ReadTcvn3()
    {
        var table = new Dictionary<char, char>();
        foreach (var line in Lines("tcvn3.txt"))
        {
            var fields = line.Split(' ');
            table[(char)Convert.ToByte(fields[0], 16)] = fields[1][0];
        }
        return table;
    }

    private static IReadOnlyDictionary<string, string> ReadVni() =>
        Lines("vni-windows.txt").Select(l => l.Split('\t')).ToDictionary(f => f[0], f => f[1], StringComparer.Ordinal);

    private static IEnumerable<string> Lines(string file)
    {
        var assembly = Assembly.GetExecutingAssembly();
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("." + file, StringComparison.Ordinal));
        using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
                yield return line;
        }
    }
}
