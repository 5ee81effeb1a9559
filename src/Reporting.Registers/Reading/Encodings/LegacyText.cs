using System.Text;
using Reporting.Registers.Reading.Formats;

namespace Reporting.Registers.Reading.Encodings;

/// <summary>
/// Brings the text of a workbook typed in TCVN3 or VNI to Unicode before anything reads it — by
/// its font, or where the format keeps no fonts by the characters only those encodings produce —
/// and each sheet that had any says so in a notice to the clerk. (Unicode text is brought to NFC
/// where it is read, by <see cref="Schema.TextNormalizer"/>.)
/// </summary>
public static class LegacyText
{
    public static IReadOnlyList<string> ToUnicode(IReadOnlyList<SheetGrid> sheets)
    {
        var fileEncoding = Guess(sheets);
        var notices = new List<string>();
        foreach (var sheet in sheets)
        {
            var converted = new Dictionary<LegacyEncoding, int>();
            sheet.RewriteTexts((cell, text) =>
            {
                if (EncodingOf(text, cell.Font, fileEncoding) is not { } encoding)
                    return text;
                var unicode = LegacyEncodings.ToUnicode(text, encoding, LegacyEncodings.IsCapitalsFont(cell.Font));
                if (unicode != text.Normalize(NormalizationForm.FormC))
                    converted[encoding] = converted.GetValueOrDefault(encoding) + 1;
                return unicode;
            });
            var typedName = sheet.Name;
            if (EncodingOf(typedName, null, fileEncoding) is { } nameEncoding)
                sheet.Name = LegacyEncodings.ToUnicode(typedName, nameEncoding);
            foreach (var (encoding, count) in converted)
                notices.Add($"Sheet {sheet.Name}{(typedName != sheet.Name ? $" (tên gõ là \"{typedName}\")" : "")}: {count} ô gõ bằng bảng mã {encoding.Name()} — đã chuyển sang Unicode. Lần sau xin gõ bằng Unicode (phông Times New Roman).");
        }
        return notices;
    }

    /// <summary>
    /// The legacy encoding a text was typed in, if any: its font says so, or it holds characters only
    /// that encoding produces. A text that reads both ways (<c>Êp 1</c>, or in TCVN3 <c>ấp 1</c>) takes
    /// the reading with more words that are Vietnamese syllables, and stays as typed where both are
    /// (<c>Mã thôn</c> or <c>Mó thụn</c>), so a template's labels stay; a cell whose font is known and
    /// not a legacy one was typed as it shows.
    /// </summary>
    private static LegacyEncoding? EncodingOf(string text, string? font, LegacyEncoding? fileEncoding)
    {
        if (Ascii.IsValid(text) || LegacyEncodings.IsUnicodeVietnamese(text))
            return null;
        if (LegacyEncodings.OfFont(font) is { } byFont)
            return byFont;
        if (fileEncoding is not { } guess)
            return null;
        if (LegacyEncodings.HasMarkers(text, guess))
            return guess;
        return font is null && LegacyEncodings.MayBeLegacy(text)
            && VietnameseSyllables.Score(LegacyEncodings.ToUnicode(text, guess)) > VietnameseSyllables.Score(text)
                ? guess
                : null;
    }

    /// <summary>The encoding of the texts typed without a legacy font: the one whose own characters appear most.</summary>
    private static LegacyEncoding? Guess(IReadOnlyList<SheetGrid> sheets)
    {
        var (tcvn3, vni) = (0, 0);
        foreach (var text in sheets.SelectMany(s => s.Texts().Append(s.Name)))
        {
            if (Ascii.IsValid(text))
                continue;
            tcvn3 += LegacyEncodings.HasMarkers(text, LegacyEncoding.Tcvn3) ? 1 : 0;
            vni += LegacyEncodings.HasMarkers(text, LegacyEncoding.Vni) ? 1 : 0;
        }
        return tcvn3 == 0 && vni == 0 ? null : tcvn3 >= vni ? LegacyEncoding.Tcvn3 : LegacyEncoding.Vni;
    }
}
