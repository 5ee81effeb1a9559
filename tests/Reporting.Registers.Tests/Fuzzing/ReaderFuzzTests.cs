using System.Diagnostics;
using Reporting.Domain.Registers;
using Reporting.Domain.Units;
using Reporting.Registers.Reading;
using Reporting.Testing;

namespace Reporting.Registers.Tests.Fuzzing;

/// <summary>
/// Mutated registers (workbooks and CSVs) given to the reader: every input ends as a parsed
/// register or a rejection with a reason, within a time limit, and nothing read from outside the
/// file ever reaches a row. <c>REPORTING_FUZZ_ITERATIONS</c> sets the inputs per mutation (CI: 25;
/// on demand, thousands); <c>REPORTING_FUZZ_SEED</c> makes a reported failure again.
/// </summary>
[TestClass]
public sealed class ReaderFuzzTests
{
    private static readonly TimeSpan PerFileLimit = TimeSpan.FromSeconds(30);
    private static readonly RegisterReader Reader = new(RegisterReadingContext.Default);
    private const string CommuneCode = "23272";
    private static readonly ExpectedUnit Commune = new(CommuneCode, UnitLevel.Commune);

    public TestContext TestContext { get; set; } = null!;

    private static int Iterations => int.TryParse(Environment.GetEnvironmentVariable("REPORTING_FUZZ_ITERATIONS"), out var n) && n > 0 ? n : 25;

    private static int Seed => int.TryParse(Environment.GetEnvironmentVariable("REPORTING_FUZZ_SEED"), out var seed) ? seed : 20261129;

    private sealed record Tally(string Mutation)
    {
        public int Parsed { get; set; }
        public int Rejected { get; set; }
        public TimeSpan Slowest { get; set; }
    }

    private static byte[] ValidWorkbook()
    {
        var path = Path.Combine(Path.GetTempPath(), $"fuzz-{Guid.NewGuid():N}.xlsx");
        RegisterBuilder.Commune("23272", 2018)
            .Village("T01", 40, Steps.Recognized(2018))
            .Household("0001", "T01", Steps.Recognized(2018)).Household("0002", "T01", Steps.Evaluated(2018, passed: true))
            .Household("0003", "T01", Steps.Registered(2018)).Household("0004", "T01", Steps.None)
            .Clan("DH01", "T01", Steps.Recognized(2018)).Unit("DV01", Steps.Recognized(2018))
            .SaveAs(path);
        var bytes = File.ReadAllBytes(path);
        File.Delete(path);
        return bytes;
    }

    /// <summary>The corpus's clean CSV register, read once; each input gets a copy with one sheet replaced.</summary>
    private static readonly IReadOnlyDictionary<string, byte[]> ValidCsvSheets =
        Directory.EnumerateFiles(Path.Combine(RepositoryFolder.Corpus, "communes", "23275"), "23275_2018_*.csv")
            .ToDictionary(f => Path.GetFileNameWithoutExtension(f)["23275_2018_".Length..], File.ReadAllBytes);

    private static Dictionary<string, byte[]> ValidCsv() => new(ValidCsvSheets);

    /// <summary>Reads one input on its own thread, so that a hang is seen as a hang and not as a stuck test run.</summary>
    private static async Task<(ParsedRegister? Parsed, RegisterRejectedException? Rejection, TimeSpan Took)> ReadWithinLimitAsync(Func<ParsedRegister> read, string what)
    {
        var clock = Stopwatch.StartNew();
        var reading = Task.Run<(ParsedRegister?, RegisterRejectedException?)>(() =>
        {
            try
            {
                return (read(), null);
            }
            catch (RegisterRejectedException rejection)
            {
                return (null, rejection);
            }
        });
        try
        {
            var (parsed, rejection) = await reading.WaitAsync(PerFileLimit);
            return (parsed, rejection, clock.Elapsed);
        }
        catch (TimeoutException)
        {
            throw new AssertFailedException($"{what}: still reading after {PerFileLimit.TotalSeconds} s.");
        }
        catch (Exception unexpected) when (unexpected is not AssertFailedException)
        {
            throw new AssertFailedException($"{what}: {unexpected.GetType().Name} escaped the reader: {unexpected.Message}", unexpected);
        }
    }

    /// <summary>A rejection tells the clerk why, in both languages; a read register speaks for the unit it was sent for, and every rejected row says where and why.</summary>
    private static void OutcomeIsExplained(ParsedRegister? parsed, RegisterRejectedException? rejection, string expectedUnit, string what)
    {
        if (rejection is not null)
        {
            Assert.IsFalse(string.IsNullOrWhiteSpace(rejection.MessageVi) || string.IsNullOrWhiteSpace(rejection.Message), $"{what}: rejected without a reason");
            return;
        }
        Assert.AreEqual(expectedUnit, parsed!.Header.UnitCode, $"{what}: read as another unit's register");
        foreach (var issue in parsed.Issues)
        {
            Assert.IsFalse(string.IsNullOrEmpty(issue.Sheet) || issue.RowNumber < 1 || string.IsNullOrEmpty(issue.Error.Column) || string.IsNullOrWhiteSpace(issue.Error.MessageVi),
                $"{what}: a rejected row without its sheet, row, column or reason: {issue}");
        }
    }

    private static void NothingFromOutside(ParsedRegister? parsed, string what)
    {
        if (parsed is null)
            return;
        var texts = parsed.Entries.SelectMany(e => new[] { e.Code, e.Name, e.Workflow.Note, e.Workflow.DecisionNumber, e.VillageCode });
        Assert.IsFalse(texts.Any(t => t?.Contains(Mutations.SecretMarker, StringComparison.Ordinal) == true), $"{what}: a local file's content reached a row");
    }

    private async Task FuzzAsync(
        IReadOnlyList<(string Name, Mutations.Mutation Apply)> mutations, Func<byte[]> seedInput, Func<byte[], ParsedRegister> read, string kind, string unit)
    {
        var kindSeed = kind.Aggregate(17, (hash, c) => unchecked(hash * 31 + c));
        var input = seedInput();
        var tallies = new List<Tally>();
        for (var m = 0; m < mutations.Count; m++)
        {
            var (name, apply) = mutations[m];
            var tally = new Tally(name);
            tallies.Add(tally);
            for (var i = 0; i < Iterations; i++)
            {
                var seed = unchecked(((Seed * 31 + kindSeed) * 31 + m) * 100_003 + i);
                var what = $"{kind} '{name}' #{i} (REPORTING_FUZZ_SEED={Seed}, input seed {seed})";
                var mutated = apply(input, new Random(seed));
                var (parsed, rejection, took) = await ReadWithinLimitAsync(() => read(mutated), what);
                OutcomeIsExplained(parsed, rejection, unit, what);
                NothingFromOutside(parsed, what);
                if (parsed is null)
                    tally.Rejected++;
                else
                    tally.Parsed++;
                tally.Slowest = took > tally.Slowest ? took : tally.Slowest;
            }
        }
        foreach (var tally in tallies)
            TestContext.WriteLine($"fuzz {kind} {tally.Mutation}: {tally.Parsed + tally.Rejected} inputs, {tally.Parsed} read, {tally.Rejected} rejected, slowest {tally.Slowest.TotalMilliseconds:0} ms");
        ReliabilityLog.Write($"fuzz {kind}: {tallies.Sum(t => t.Parsed + t.Rejected)} inputs from {mutations.Count} mutations, {tallies.Sum(t => t.Parsed)} read, "
            + $"{tallies.Sum(t => t.Rejected)} rejected with a reason, 0 unhandled, slowest {tallies.Max(t => t.Slowest).TotalMilliseconds:0} ms (seed {Seed})");
    }

    [TestMethod]
    public Task Mutated_workbooks_are_read_or_rejected_in_time_and_never_read_outside_the_file() =>
        FuzzAsync(Mutations.OfWorkbook, ValidWorkbook, bytes => Reader.ReadWorkbook(bytes, Commune), "workbook", CommuneCode);

    [TestMethod]
    [DataRow("ThongTin")]
    [DataRow("GiaDinh")]
    [DataRow("Thon")]
    public Task Mutated_csv_registers_are_read_or_rejected_in_time(string sheet) =>
        FuzzAsync(Mutations.OfCsv, () => ValidCsvSheets[sheet], bytes =>
        {
            var sheets = ValidCsv();
            sheets[sheet] = bytes;
            return Reader.ReadCsv(sheets, new ExpectedUnit("23275", UnitLevel.Commune));
        }, $"csv {sheet}", "23275");

    [TestMethod]
    public async Task Unmutated_seeds_are_read_whole()
    {
        var (workbook, _, _) = await ReadWithinLimitAsync(() => Reader.ReadWorkbook(ValidWorkbook(), Commune), "seed workbook");
        var (csv, _, _) = await ReadWithinLimitAsync(() => Reader.ReadCsv(ValidCsv(), new ExpectedUnit("23275", UnitLevel.Commune)), "seed csv");

        Assert.IsNotNull(workbook, "the seed workbook is a valid register, so mutations start from something readable");
        Assert.AreEqual(0, workbook.RejectedRowCount);
        Assert.IsNotNull(csv);
    }
}
