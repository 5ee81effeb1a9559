using OfficeOpenXml;
using Reporting.Domain.Registers;
using Reporting.Domain.Units;
using Reporting.Registers.Reading;
using Reporting.Testing;

namespace Reporting.Registers.Tests;

/// <summary>Registers written by the builder, then changed cell by cell as a clerk would in Excel, and read back.</summary>
internal sealed class EditedRegisters : IDisposable
{
    private static readonly RegisterReader Reader = new(RegisterReadingContext.Default);
    private readonly string _folder = Directory.CreateTempSubdirectory("reader-").FullName;

    public byte[] Bytes(RegisterBuilder builder, Action<ExcelPackage>? edit = null)
    {
        var path = Path.Combine(_folder, $"{Guid.NewGuid():N}.xlsx");
        builder.SaveAs(path);
        if (edit is not null)
        {
            using var package = new ExcelPackage(new FileInfo(path));
            edit(package);
            package.Save();
        }
        return File.ReadAllBytes(path);
    }

    public ParsedRegister Read(RegisterBuilder builder, Action<ExcelPackage>? edit = null, string? expectedUnit = "23272") =>
        Reader.ReadWorkbook(Bytes(builder, edit), Expected(expectedUnit));

    public RegisterRejectedException ReadRejected(RegisterBuilder builder, Action<ExcelPackage>? edit = null, string? expectedUnit = "23272") =>
        Assert.ThrowsExactly<RegisterRejectedException>(() => Read(builder, edit, expectedUnit));

    public static ExpectedUnit? Expected(string? code) =>
        code is null ? null : new ExpectedUnit(code, code.Length == 3 ? UnitLevel.District : UnitLevel.Commune);

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
