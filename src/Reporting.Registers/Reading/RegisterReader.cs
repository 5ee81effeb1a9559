using OfficeOpenXml;
using Reporting.Domain.Registers;
using Reporting.Domain.Units;
using Reporting.Registers.Schema;

namespace Reporting.Registers.Reading;

/// <summary>Reads a register workbook into valid rows and rejected rows, by the register format page.</summary>
public sealed class RegisterReader(RegisterReadingContext context)
{
    public ParsedRegister ReadWorkbook(Stream stream, string? expectedUnitCode = null)
    {
        ExcelPackage package;
        try
        {
            package = new ExcelPackage(stream);
            _ = package.Workbook.Worksheets.Count;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            throw new RegisterRejectedException(
                "Tệp không phải là sổ Excel (.xlsx) đọc được.",
                $"The file is not a readable Excel workbook (.xlsx): {exception.Message}");
        }
        using (package)
        {
            var sheets = package.Workbook.Worksheets.ToDictionary(w => w.Name, StringComparer.OrdinalIgnoreCase);
            return Read(name => sheets.TryGetValue(name, out var worksheet) ? new ExcelRegisterSheet(worksheet) : null, expectedUnitCode);
        }
    }

    public ParsedRegister Read(Func<string, IRegisterSheet?> sheetNamed, string? expectedUnitCode = null)
    {
        IRegisterSheet Sheet(string name) => sheetNamed(name) ?? throw new RegisterRejectedException(
            $"Thiếu sheet \"{name}\".", $"Sheet \"{name}\" is missing.");

        var header = HeaderReader.Read(Sheet(RegisterSchema.InfoSheet), context, expectedUnitCode);
        var collector = new RowCollector(header);
        if (header.Level == UnitLevel.Commune)
        {
            // Read every sheet's layout first: a missing column rejects the file before any row is read.
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
}
