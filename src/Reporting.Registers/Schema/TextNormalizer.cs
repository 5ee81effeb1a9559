using System.Globalization;
using System.Text;

namespace Reporting.Registers.Schema;

/// <summary>
/// Text as registers typed on many machines arrive: NFC or NFD, non-breaking spaces, zero-width
/// characters. <see cref="Clean"/> is what we store; <see cref="Fold"/> is what we compare headers
/// and keywords by (no case, no diacritics).
/// </summary>
public static class TextNormalizer
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return string.Empty;
        if (IsClean(text))
            return text;
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (IsInvisible(c))
                continue;
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace)
                builder.Append(' ');
            pendingSpace = false;
            builder.Append(c);
        }
        return builder.ToString();
    }

    public static string Fold(string? text)
    {
        var clean = Clean(text);
        var length = 0;
        foreach (var c in clean)
        {
            var folded = c < FoldTable.Length ? FoldTable[c] : Complex;
            if (folded == Complex)
                return FoldSlowly(clean);
            if (folded != Mark)
                length++;
        }
        return string.Create(length, clean, static (folded, clean) =>
        {
            var k = 0;
            foreach (var c in clean)
            {
                if (FoldTable[c] != Mark)
                    folded[k++] = FoldTable[c];
            }
        });
    }

    private const char Mark = '\0';
    private const char Complex = '\uFFFF';

    /// <summary>
    /// What each character below U+2000 folds to, worked out once by the definition in
    /// <see cref="FoldSlowly"/>: its base letter in lower case, <see cref="Mark"/> for a combining
    /// mark, <see cref="Complex"/> where the answer is not one character.
    /// </summary>
    private static readonly char[] FoldTable = BuildFoldTable();

    private static char[] BuildFoldTable()
    {
        var table = new char[0x2000];
        for (var c = 0; c < table.Length; c++)
        {
            var folded = FoldSlowly(((char)c).ToString());
            table[c] = c == 0 ? Complex : folded.Length switch
            {
                0 => Mark,
                1 when folded[0] != Complex => folded[0],
                _ => Complex,
            };
        }
        return table;
    }

    /// <summary>The definition of folding: decomposed, combining marks dropped, đ as d, lower case.</summary>
    private static string FoldSlowly(string clean)
    {
        var decomposed = clean.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            builder.Append(c switch
            {
                // Đ/đ do not decompose; Ð (Icelandic eth) is what some keyboards type for Đ.
                'Đ' or 'đ' or 'Ð' or 'ð' => 'd',
                _ => char.ToLowerInvariant(c),
            });
        }
        return builder.ToString();
    }

    /// <summary>
    /// Most cells are clean already: single spaces between words, nothing invisible, and letters that
    /// NFC leaves as they are (everything below U+0300, and the precomposed Vietnamese letters of
    /// U+1E00–U+1EFF). Those are kept without being copied or handed to the normaliser.
    /// </summary>
    private static bool IsClean(string text)
    {
        if (text[0] == ' ' || text[^1] == ' ')
            return false;
        var previous = 'x';
        foreach (var c in text)
        {
            if (c == ' ' ? previous == ' ' : c < '\u0300' ? char.IsWhiteSpace(c) || IsInvisible(c) : c is < '\u1E00' or > '\u1EFF')
                return false;
            previous = c;
        }
        return true;
    }

    private static bool IsInvisible(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD';
}
