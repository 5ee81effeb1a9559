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
    [DataRow("aàáảãạăằắẳẵặâầấẩẫậAÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬ", 'a')]
    [DataRow("eèéẻẽẹêềếểễệEÈÉẺẼẸÊỀẾỂỄỆ", 'e')]
    [DataRow("iìíỉĩịIÌÍỈĨỊ", 'i')]
    [DataRow("oòóỏõọôồốổỗộơờớởỡợOÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢ", 'o')]
    [DataRow("uùúủũụưừứửữựUÙÚỦŨỤƯỪỨỬỮỰ", 'u')]
    [DataRow("yỳýỷỹỵYỲÝỶỸỴ", 'y')]
    [DataRow("đĐÐð", 'd')]
    public void Every_Vietnamese_letter_folds_to_its_base_letter(string letters, char baseLetter)
    {
        Assert.AreEqual(new string(baseLetter, letters.Length), TextNormalizer.Fold(letters));
        Assert.AreEqual(new string(baseLetter, letters.Length), TextNormalizer.Fold(letters.Normalize(NormalizationForm.FormD)));
    }

    [TestMethod]
    public void Letters_of_other_scripts_fold_by_their_decomposition() =>
        Assert.AreEqual("ως \u1112\u1161\u11AB", TextNormalizer.Fold("Ώς \uD55C"));

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
