using Reporting.Domain.Registers;
using Reporting.Domain.Units;
using Reporting.Registers.Reading;
using Reporting.Testing;

namespace Reporting.Registers.Tests;

/// <summary>Every register of tests/Corpus gives exactly the outcome and error written beside it in expected.csv.</summary>
[TestClass]
public sealed class FaultyCorpusTests
{
    private static readonly RegisterReader Reader = new(RegisterReadingContext.Default);

    public static IEnumerable<object[]> Cases => CorpusCase.All.Where(c => c.Outcome != "ignored").Select(c => new object[] { c });

    [TestMethod]
    public void Corpus_holds_at_least_30_faulty_registers() =>
        Assert.IsGreaterThanOrEqualTo(30, CorpusCase.All.Count(c => c.Outcome != "accepted"));

    [TestMethod]
    [DynamicData(nameof(Cases))]
    public void Register_gives_its_expected_outcome_and_error(CorpusCase corpusCase)
    {
        var expected = new ExpectedUnit(corpusCase.UnitCode, corpusCase.IsDistrict ? UnitLevel.District : UnitLevel.Commune);
        ParsedRegister Read() => corpusCase.IsCsv
            ? Reader.ReadCsv(corpusCase.CsvSheets(), expected)
            : Reader.ReadWorkbook(File.ReadAllBytes(corpusCase.FullPath), expected);

        switch (corpusCase.Outcome)
        {
            case "rejected":
                StringAssert.Contains(Assert.ThrowsExactly<RegisterRejectedException>(Read).MessageVi, corpusCase.Message);
                break;
            case "partly_accepted":
                var register = Read();
                var error = register.Errors.FirstOrDefault(e => (e.Sheet, e.RowNumber, e.Error.Column, e.Error.Rule.Code()) ==
                    (corpusCase.Sheet, corpusCase.Row!.Value, corpusCase.Column, corpusCase.Rule));
                Assert.IsNotNull(error, $"expected {corpusCase.Rule} at {corpusCase.Sheet}!{corpusCase.Row} {corpusCase.Column}; got: " +
                    string.Join("; ", register.Errors.Select(e => $"{e.Error.Rule.Code()} at {e.Sheet}!{e.RowNumber} {e.Error.Column}")));
                StringAssert.Contains(error.Error.MessageVi, corpusCase.Message);
                Assert.IsNotEmpty(error.Error.MessageEn);
                break;
            case "accepted" when corpusCase.Rule == "notice":
                var noticed = Read();
                Assert.IsEmpty(noticed.Issues);
                Assert.IsTrue(noticed.Notices.Any(n => n.Contains(corpusCase.Message, StringComparison.Ordinal)),
                    $"expected a notice with \"{corpusCase.Message}\"; got: {string.Join(" | ", noticed.Notices)}");
                break;
            case "accepted" when corpusCase.Rule.Length > 0:
                var warned = Read();
                Assert.IsEmpty(warned.Errors);
                var warning = warned.Issues.FirstOrDefault(w => (w.Sheet, w.RowNumber, w.Error.Column, w.Error.Rule.Code()) ==
                    (corpusCase.Sheet, corpusCase.Row!.Value, corpusCase.Column, corpusCase.Rule));
                Assert.IsNotNull(warning, $"expected a {corpusCase.Rule} warning at {corpusCase.Sheet}!{corpusCase.Row} {corpusCase.Column}");
                StringAssert.Contains(warning.Error.MessageVi, corpusCase.Message);
                break;
            default:
                var accepted = Read();
                Assert.AreEqual("", string.Join("; ", accepted.Issues.Select(i => $"{i.Sheet}!{i.RowNumber} {i.Error.MessageEn}")));
                Assert.IsEmpty(accepted.Notices);
                break;
        }
    }
}
