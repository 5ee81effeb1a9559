using System.Text;
using Reporting.Registers.Reading.Formats;

namespace Reporting.Registers.Reading.Encodings;

/// <summary>
/// Brings every text of a workbook to Unicode NFC before anything reads it: text typed in TCVN3 or
/// VNI (by its font, or where the format keeps no fonts by the characters only those encodings
/// produce) is converted, and each sheet that had any says so in a notice to the clerk.
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
            foreach (var (row, column, cell) in sheet.Cells().Where(c => c.Cell.Value is string).ToList())
            {
                var text = (string)cell.Value!;
                var nfc = text.Normalize(NormalizationForm.FormC);
                var encoding = EncodingOf(text, cell.Font, fileEncoding);
                var unicode = encoding is { } e ? LegacyEncodings.ToUnicode(text, e, LegacyEncodings.IsCapitalsFont(cell.Font)) : nfc;
                if (encoding is { } counted && unicode != nfc)
                    converted[counted] = converted.GetValueOrDefault(counted) + 1;
                if (unicode != text)
                    sheet.Replace(row, column, cell with { Value = unicode, Display = null });
            }
            var typedName = sheet.Name;
            sheet.Name = EncodingOf(typedName, null, fileEncoding) is { } nameEncoding
                ? LegacyEncodings.ToUnicode(typedName, nameEncoding)
                : typedName.Normalize(NormalizationForm.FormC);
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
        foreach (var text in sheets.SelectMany(s => s.Cells().Select(c => c.Cell.Value).OfType<string>().Append(s.Name)))
        {
            if (Ascii.IsValid(text))
                continue;
            tcvn3 += LegacyEncodings.HasMarkers(text, LegacyEncoding.Tcvn3) ? 1 : 0;
            vni += LegacyEncodings.HasMarkers(text, LegacyEncoding.Vni) ? 1 : 0;
        }
        return tcvn3 == 0 && vni == 0 ? null : tcvn3 >= vni ? LegacyEncoding.Tcvn3 : LegacyEncoding.Vni;
    }
}
