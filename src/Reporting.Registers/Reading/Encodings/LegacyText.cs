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
            foreach (var row in sheet.Cells().Where(c => c.Cell.Value is string).GroupBy(c => c.Row))
            {
                var decisions = row.Select(c => (c.Column, c.Cell, Encoding: Decide(c.Cell, fileEncoding))).ToList();
                var rowEncoding = decisions.Any(d => d.Encoding.IsUnicode) ? null
                    : decisions.Select(d => d.Encoding.Legacy).FirstOrDefault(e => e is not null);
                foreach (var (column, cell, encoding) in decisions)
                {
                    var legacy = encoding.Legacy ?? (encoding.IsEither ? Resolve((string)cell.Value!, fileEncoding!.Value, rowEncoding) : null);
                    var text = (string)cell.Value!;
                    var unicode = legacy is { } e ? LegacyEncodings.ToUnicode(text, e, LegacyEncodings.IsCapitalsFont(cell.Font)) : text.Normalize(NormalizationForm.FormC);
                    if (legacy is { } counted && unicode != text.Normalize(NormalizationForm.FormC))
                        converted[counted] = converted.GetValueOrDefault(counted) + 1;
                    if (unicode != text)
                        sheet.Replace(row.Key, column, cell with { Value = unicode, Display = null });
                }
            }
            var typedName = sheet.Name;
            sheet.Name = SheetName(sheet.Name, fileEncoding);
            foreach (var (encoding, count) in converted)
                notices.Add($"Sheet {sheet.Name}{(typedName != sheet.Name ? $" (tên gõ là \"{typedName}\")" : "")}: {count} ô gõ bằng bảng mã {encoding.Name()} — đã chuyển sang Unicode. Lần sau xin gõ bằng Unicode (phông Times New Roman).");
        }
        return notices;
    }

    private readonly record struct Verdict(LegacyEncoding? Legacy, bool IsUnicode, bool IsEither)
    {
        public static readonly Verdict Unicode = new(null, true, false);
        public static readonly Verdict Either = new(null, false, true);
        public static readonly Verdict Plain = new(null, false, false);
    }

    private static Verdict Decide(Cell cell, LegacyEncoding? fileEncoding)
    {
        var text = (string)cell.Value!;
        if (Ascii.IsValid(text))
            return Verdict.Plain;
        if (LegacyEncodings.IsUnicodeVietnamese(text))
            return Verdict.Unicode;
        if (LegacyEncodings.OfFont(cell.Font) is { } byFont)
            return new(byFont, false, false);
        if (fileEncoding is { } e && LegacyEncodings.HasMarkers(text, e))
            return new(e, false, false);
        return fileEncoding is not null && LegacyEncodings.MayBeLegacy(text) ? Verdict.Either : Verdict.Plain;
    }

    /// <summary>
    /// A text that reads both ways (<c>Êp 1</c>, or in TCVN3 <c>ấp 1</c>) takes the reading whose words
    /// are Vietnamese syllables; where both are (<c>Mã thôn</c>, <c>Mó thụn</c>), the way the rest of
    /// its row is typed, and alone it stays as typed, so a template's own labels stay.
    /// </summary>
    private static LegacyEncoding? Resolve(string text, LegacyEncoding encoding, LegacyEncoding? rowEncoding)
    {
        var asTyped = VietnameseSyllables.Score(text);
        var converted = VietnameseSyllables.Score(LegacyEncodings.ToUnicode(text, encoding));
        return converted > asTyped || (converted == asTyped && rowEncoding == encoding) ? encoding : null;
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

    private static string SheetName(string name, LegacyEncoding? fileEncoding) =>
        Decide(new Cell(name), fileEncoding) is var verdict && (verdict.Legacy ?? (verdict.IsEither ? Resolve(name, fileEncoding!.Value, null) : null)) is { } e
            ? LegacyEncodings.ToUnicode(name, e)
            : name.Normalize(NormalizationForm.FormC);
}
