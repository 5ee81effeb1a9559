using System.Diagnostics;
using System.Text;
using Reporting.Registers.Reading.Encodings;

namespace Reporting.Registers.Tests;

[TestClass]
public sealed class LegacyEncodingsTests
{
    /// <summary>glibc's own TCVN 5712 table, an implementation independent of ours.</summary>
    private static string Iconv(byte[] bytes)
    {
        var input = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(input, bytes);
            using var process = Process.Start(new ProcessStartInfo("iconv", ["-f", "TCVN5712-1", "-t", "UTF-8", input]) { RedirectStandardOutput = true })!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.AreEqual(0, process.ExitCode);
            return output;
        }
        finally
        {
            File.Delete(input);
        }
    }

    [TestMethod]
    public void Tcvn3_table_reads_every_letter_byte_as_glibc_iconv_does()
    {
        var bytes = Enumerable.Range(0xA1, 0xFE - 0xA1 + 1).Select(b => (byte)b).ToArray();
        var iconv = Iconv([.. bytes.SelectMany(b => new[] { b, (byte)'\n' })]).Split('\n')[..bytes.Length].Select(e => e.Normalize(NormalizationForm.FormC)).ToArray();

        // Typed in a .VnTime font, each byte is stored as the Windows-1252 (here Latin-1) character of that byte.
        var ours = bytes.Select(b => LegacyEncodings.ToUnicode(((char)b).ToString(), LegacyEncoding.Tcvn3)).ToArray();

        for (var i = 0; i < bytes.Length; i++)
        {
            if (ours[i] == iconv[i])
                continue;
            // Where TCVN3 (VN3) has no letter, TCVN 5712's full set VN1 puts a capital with a tone or a lone tone mark.
            Assert.AreEqual(((char)bytes[i]).ToString(), ours[i], $"byte {bytes[i]:X2}: iconv reads {iconv[i]}");
            Assert.IsTrue(iconv[i] is [var mark] && char.GetUnicodeCategory(mark) == System.Globalization.UnicodeCategory.NonSpacingMark
                || char.IsUpper(iconv[i][0]) && iconv[i].Normalize(NormalizationForm.FormD).Length > 1,
                $"byte {bytes[i]:X2} is {iconv[i]} in iconv but left as it is");
        }
        // And every lower-case letter of Vietnamese past ASCII, and the capitals without a tone, is some byte.
        var letters = "aăâeêioôơuưy".SelectMany(v => "\u0300\u0301\u0303\u0309\u0323".Select(tone => (v + tone.ToString()).Normalize(NormalizationForm.FormC)))
            .Concat("ăâêôơưđĂÂÊÔƠƯĐ".Select(c => c.ToString()));
        CollectionAssert.IsSubsetOf(letters.ToArray(), ours);
    }

    [TestMethod]
    [DataRow("NguyÔn V¨n An", "Nguyễn Văn An")]
    [DataRow("Th«n Phó Hßa", "Thôn Phú Hòa")]
    [DataRow("Gia ®×nh hiÕu häc", "Gia đình hiếu học")]
    [DataRow("Chñ hé", "Chủ hộ")]
    public void Tcvn3_text_is_read_as_the_clerk_saw_it(string typed, string seen) =>
        Assert.AreEqual(seen, LegacyEncodings.ToUnicode(typed, LegacyEncoding.Tcvn3));

    [TestMethod]
    public void Text_of_a_capitals_font_is_read_in_capitals() =>
        Assert.AreEqual("NGUYỄN VĂN AN", LegacyEncodings.ToUnicode("nguyÔn v¨n an", LegacyEncoding.Tcvn3, capitals: true));

    [TestMethod]
    [DataRow("Nguyeãn Vaên An", "Nguyễn Văn An")]
    [DataRow("Vieät Nam", "Việt Nam")]
    [DataRow("Gia ñình hieáu hoïc", "Gia đình hiếu học")]
    [DataRow("Thoân Phuù Hoøa", "Thôn Phú Hòa")]
    public void Vni_text_is_read_as_the_clerk_saw_it(string typed, string seen) =>
        Assert.AreEqual(seen, LegacyEncodings.ToUnicode(typed, LegacyEncoding.Vni));

    [TestMethod]
    [DataRow(".VnTime", LegacyEncoding.Tcvn3)]
    [DataRow(".VnArialH", LegacyEncoding.Tcvn3)]
    [DataRow("VNI-Times", LegacyEncoding.Vni)]
    [DataRow("Times New Roman", null)]
    [DataRow(null, null)]
    public void Font_names_tell_the_encoding(string? font, LegacyEncoding? encoding) =>
        Assert.AreEqual(encoding, LegacyEncodings.OfFont(font));

    [TestMethod]
    [DataRow("Nguyễn Văn An")]
    [DataRow("Thôn Bàu")]
    [DataRow("22936")]
    public void Unicode_text_shows_no_legacy_marks(string text) =>
        Assert.IsFalse(LegacyEncodings.HasMarkers(text, LegacyEncoding.Tcvn3) || LegacyEncodings.HasMarkers(text, LegacyEncoding.Vni));
}
