using System.Text;
using Reporting.Registers.Schema;

namespace Reporting.Registers.Tests;

[TestClass]
public sealed class TextNormalizerTests
{
    [TestMethod]
    [DataRow("Mã hộ")]
    [DataRow("Ma ho")]
    [DataRow("MÃ HỘ")]
    [DataRow("  mã   hộ ")]
    public void Headers_match_ignoring_case_spaces_and_diacritics(string header) =>
        Assert.AreEqual("ma ho", TextNormalizer.Fold(header));

    [TestMethod]
    public void Headers_match_whatever_the_Unicode_form() =>
        Assert.AreEqual(TextNormalizer.Fold("Mã hộ"), TextNormalizer.Fold("Mã hộ".Normalize(NormalizationForm.FormD)));

    [TestMethod]
    public void Eth_typed_for_D_with_stroke_folds_the_same() =>
        Assert.AreEqual(TextNormalizer.Fold("Đăng ký"), TextNormalizer.Fold("Ðăng ký"));

    [TestMethod]
    public void Stored_text_is_NFC_trimmed_and_collapsed()
    {
        var typed = "  Nguyễn\u00A0\u00A0Văn   An ".Normalize(NormalizationForm.FormD);
        var clean = TextNormalizer.Clean(typed);
        Assert.AreEqual("Nguyễn Văn An", clean);
        Assert.IsTrue(clean.IsNormalized(NormalizationForm.FormC));
    }

    [TestMethod]
    public void Zero_width_characters_are_dropped() =>
        Assert.AreEqual("0012", TextNormalizer.Clean("00\u200B12\uFEFF"));
}
