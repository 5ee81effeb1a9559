using System.Globalization;
using System.Text;

namespace Reporting.Registers.Reading.Encodings;

/// <summary>
/// Whether words are spelled as Vietnamese syllables can be: an onset, a rhyme from the language's
/// closed list, at most one tone, and only sắc or nặng on a rhyme ending in p, t, c, ch. It tells
/// the two readings of a text apart where both are made of ordinary letters: <c>Xãm Míi</c> read as
/// Unicode has a rhyme <c>ii</c> no word has; read as TCVN3 it is <c>Xóm Mới</c>.
/// </summary>
internal static class VietnameseSyllables
{
    private static readonly string[] Onsets =
        ["ngh", "ng", "gh", "gi", "kh", "ch", "nh", "ph", "qu", "th", "tr", "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", ""];

    private static readonly HashSet<string> Rhymes = new(StringComparer.Ordinal)
    {
        "a", "ai", "ao", "au", "ay", "am", "an", "ang", "anh", "ap", "at", "ac", "ach",
        "ăm", "ăn", "ăng", "ăp", "ăt", "ăc",
        "âm", "ân", "âng", "âp", "ât", "âc", "âu", "ây",
        "e", "em", "en", "eng", "ep", "et", "ec", "eo",
        "ê", "êm", "ên", "ênh", "êp", "êt", "êch", "êu",
        "i", "ia", "im", "in", "inh", "ip", "it", "ich", "iu",
        "iêm", "iên", "iêng", "iêp", "iêt", "iêc", "iêu",
        "o", "oa", "oac", "oach", "oai", "oam", "oan", "oang", "oanh", "oao", "oap", "oat", "oay",
        "oăc", "oăm", "oăn", "oăng", "oăt", "oe", "oem", "oen", "oeo", "oet", "oi", "om", "on", "ong", "op", "ot", "oc", "ooc", "oong",
        "ô", "ôi", "ôm", "ôn", "ông", "ôp", "ôt", "ôc",
        "ơ", "ơi", "ơm", "ơn", "ơp", "ơt",
        "u", "ua", "uân", "uâng", "uât", "uây", "uê", "uêch", "uênh", "uy", "uya", "uych", "uyên", "uyêt", "uynh", "uyt", "uyu",
        "ui", "um", "un", "ung", "up", "ut", "uc", "uôi", "uôm", "uôn", "uông", "uôt", "uôc", "uơ",
        "ư", "ưa", "ưi", "ưm", "ưn", "ưng", "ưt", "ưc", "ưu", "ươi", "ươm", "ươn", "ương", "ươp", "ươt", "ươc", "ươu",
        "y", "yêm", "yên", "yêt", "yêu",
    };

    /// <summary>How many of the text's words that hold a letter past ASCII are Vietnamese syllables.</summary>
    public static int Score(string text)
    {
        var score = 0;
        foreach (var word in Words(text))
        {
            if (word.Any(c => c > '\u007F') && IsSyllable(word))
                score++;
        }
        return score;
    }

    private static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetter(c))
            {
                word.Append(char.ToLowerInvariant(c));
                continue;
            }
            if (word.Length > 0)
                yield return word.ToString();
            word.Clear();
        }
        if (word.Length > 0)
            yield return word.ToString();
    }

    private static bool IsSyllable(string word)
    {
        var letters = new StringBuilder();
        char? tone = null;
        foreach (var c in word.Normalize(NormalizationForm.FormD))
        {
            if (c is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323')
            {
                if (tone is not null)
                    return false;
                tone = c;
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark && c is not ('\u0302' or '\u0306' or '\u031B'))
                return false;
            else
                letters.Append(c);
        }
        var bare = letters.ToString().Normalize(NormalizationForm.FormC);
        var stopped = bare.EndsWith('p') || bare.EndsWith('t') || bare.EndsWith('c') || bare.EndsWith("ch", StringComparison.Ordinal);
        if (stopped && tone is not ('\u0301' or '\u0323'))
            return false;
        return Onsets.Any(onset => bare.StartsWith(onset, StringComparison.Ordinal) && Rhymes.Contains(bare[onset.Length..]));
    }
}
