using Reporting.Domain.Registers;
using Reporting.Domain.Units;
using Reporting.Registers.Schema;
using Reporting.Registers.Reading.Encodings;
using Reporting.Registers.Reading.Formats;

namespace Reporting.Registers.Reading;

/// <summary>Reads a register — a workbook, or one CSV file per sheet — into valid rows and row issues.</summary>
public sealed class RegisterReader(RegisterReadingContext context)
{
    public RegisterReadingContext Context => context;

    /// <summary>A workbook in any format a register comes in: <c>.xlsx</c> from any writer, <c>.xls</c>, <c>.ods</c>.</summary>
    public ParsedRegister ReadWorkbook(ReadOnlyMemory<byte> file, ExpectedUnit? expected = null)
    {
        var sheets = WorkbookSheets.Read(file, context.Limits);
        return Guarded(() =>
        {
            var notices = LegacyText.ToUnicode(sheets);
            var register = Read(SheetNames.Lookup(sheets), expected);
            return notices.Count == 0 ? register : register with { Notices = [.. notices, .. register.Notices] };
        });
    }

    /// <summary>A register sent as CSV: one file per sheet, keyed by sheet name.</summary>
    public ParsedRegister ReadCsv(IReadOnlyDictionary<string, byte[]> sheetFiles, ExpectedUnit? expected = null)
    {
        var total = sheetFiles.Values.Sum(b => (long)b.Length);
        if (total > context.Limits.MaxFileBytes)
            throw WorkbookGuard.TooLarge(total, context.Limits);
        var twice = sheetFiles.Keys.GroupBy(SheetNames.Key).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
            throw new RegisterRejectedException(
                $"Sheet \"{twice.Key}\" được gửi hai lần ({string.Join(", ", twice)}): không biết dùng tệp nào.",
                $"Sheet \"{twice.Key}\" arrived twice ({string.Join(", ", twice)}).");
        return Guarded(() =>
        {
            return Read(SheetNames.Lookup(sheetFiles.Select(f => CsvRegisterSheet.Parse(f.Key, f.Value)).ToList()), expected);
        });
    }

    public ParsedRegister Read(Func<string, IRegisterSheet?> sheetNamed, ExpectedUnit? expected = null)
    {
        IRegisterSheet Sheet(string name) => sheetNamed(name) ?? throw new RegisterRejectedException(
            $"Thiếu sheet \"{name}\".", $"Sheet \"{name}\" is missing.");

        var header = HeaderReader.Read(Sheet(RegisterSchema.InfoSheet), context, expected);
        var collector = new RowCollector(header);
        if (header.Level == UnitLevel.Commune)
        {
            // Every sheet's layout first: a missing column rejects the file before any row is read.
            var layouts = RegisterSchema.CommuneSheets.ToDictionary(s => s.Name, s => SheetLayout.Find(Sheet(s.Name), s));
            CommuneSheetReader.Read(header, layouts, Sheet, collector);
        }
        else
        {
            var spec = RegisterSchema.Assessments(context.Scale.CriterionCount);
            var sheet = Sheet(spec.Name);
            AssessmentSheetReader.Read(header, sheet, SheetLayout.Find(sheet, spec), context, collector);
        }
        return collector.ToRegister();
    }

    /// <summary>Whatever a parser throws on a malformed file becomes a rejection of that file, never a crash of the pull.</summary>
    private static ParsedRegister Guarded(Func<ParsedRegister> read)
    {
        try
        {
            return read();
        }
        catch (Exception exception) when (exception is not (RegisterRejectedException or OperationCanceledException))
        {
            throw new RegisterRejectedException(
                "Không đọc được sổ (lỗi không lường trước); đã lưu tệp để kiểm tra.",
                $"The register could not be read: {exception.GetType().Name}: {exception.Message}");
        }
    }
}
