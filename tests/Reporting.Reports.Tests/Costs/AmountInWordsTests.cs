using Reporting.Reports.Output;

namespace Reporting.Reports.Tests.Costs;

[TestClass]
public sealed class AmountInWordsTests
{
    [TestMethod]
    [DataRow(0L, "Không đồng")]
    [DataRow(100_000L, "Một trăm nghìn đồng")]
    [DataRow(1_000_000L, "Một triệu đồng")]
    [DataRow(2_015_000L, "Hai triệu không trăm mười lăm nghìn đồng")]
    [DataRow(1_000_000_000L, "Một tỷ đồng")]
    [DataRow(10_000_000_000L, "Mười tỷ đồng")]
    [DataRow(115_000L, "Một trăm mười lăm nghìn đồng")]
    [DataRow(2_021_000L, "Hai triệu không trăm hai mươi mốt nghìn đồng")]
    [DataRow(10_537_000L, "Mười triệu năm trăm ba mươi bảy nghìn đồng")]
    [DataRow(21_005_000L, "Hai mươi mốt triệu không trăm linh năm nghìn đồng")]
    [DataRow(1_004_000_000L, "Một tỷ không trăm linh bốn triệu đồng")]
    [DataRow(1_782_868_000L, "Một tỷ bảy trăm tám mươi hai triệu tám trăm sáu mươi tám nghìn đồng")]
    [DataRow(1_000_000_000_000L, "Một nghìn tỷ đồng")]
    public void Amount_reads_as_a_finance_document_writes_it(long amount, string words) => Assert.AreEqual(words, AmountInWords.Dong(amount));
}
