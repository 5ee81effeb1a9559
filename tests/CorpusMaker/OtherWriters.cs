using System.Diagnostics;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

/// <summary>LibreOffice Calc, headless, saving a workbook as a clerk's LibreOffice would.</summary>
internal static class LibreOfficeWriter
{
    /// <summary>Converts <paramref name="source"/> with a LibreOffice export filter (<c>xls:MS Excel 97</c>, <c>ods</c>, <c>xlsx:Calc MS Excel 2007 XML</c>).</summary>
    public static void SaveAs(string source, string filter, string target)
    {
        var folder = Directory.CreateTempSubdirectory("corpus-soffice-").FullName;
        try
        {
            var input = Path.Combine(folder, "book" + Path.GetExtension(source));
            File.Copy(source, input);
            var start = new ProcessStartInfo("soffice") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { "--headless", $"-env:UserInstallation=file://{folder}/profile", "--convert-to", filter, "--outdir", Path.Combine(folder, "out"), input })
                start.ArgumentList.Add(argument);
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            var output = Directory.GetFiles(Path.Combine(folder, "out")).Single();
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"soffice failed: {error}");
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(output, target, overwrite: true);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

/// <summary>
/// The Open XML SDK writing a register the way other programs do: strings inline rather than
/// shared, no styles part at all, one name in rich text of two runs, dates typed as text.
/// </summary>
internal static class OpenXmlSdkWriter
{
    public static void Save(string path, IReadOnlyList<(string Name, IReadOnlyList<object?[]> Rows)> sheets)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook(new Sheets());
        uint id = 1;
        foreach (var (name, rows) in sheets)
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            for (var r = 0; r < rows.Count; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < rows[r].Length; c++)
                {
                    if (rows[r][c] is { } value)
                        row.Append(CellOf($"{(char)('A' + c)}{r + 1}", value));
                }
                data.Append(row);
            }
            part.Worksheet = new Worksheet(data);
            workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = name });
        }
    }

    /// <summary>A name given as two runs, the family name bold, as rich text pasted from Word arrives.</summary>
    public sealed record RichText(string Bold, string Rest);

    private static Cell CellOf(string reference, object value) => value switch
    {
        double or int => new Cell { CellReference = reference, CellValue = new CellValue(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture)) },
        RichText rich => new Cell(new InlineString(
            new Run(new RunProperties(new Bold()), new Text(rich.Bold) { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new Text(rich.Rest) { Space = SpaceProcessingModeValues.Preserve })))
        { CellReference = reference, DataType = CellValues.InlineString },
        _ => new Cell(new InlineString(new Text(value.ToString()!))) { CellReference = reference, DataType = CellValues.InlineString },
    };
}

/// <summary>Text as a clerk's keyboard driver types it in the legacy encodings: the pipeline's own tables read backwards.</summary>
internal static class LegacyTyping
{
    private static readonly string Tables = Path.Combine("src", "Reporting.Registers", "Reading", "Encodings");

    private static readonly Dictionary<char, char> Tcvn3Bytes = Lines("tcvn3.txt")
        .Select(l => l.Split(' ')).ToDictionary(f => f[1][0], f => (char)Convert.ToByte(f[0], 16));

    private static readonly Dictionary<string, string> VniSpellings = Lines("vni-windows.txt")
        .Select(l => l.Split('\t')).GroupBy(f => f[1]).ToDictionary(g => g.Key, g => g.First()[0]);

    public static string Tcvn3(string text) => string.Concat(text.Select(c => Tcvn3Bytes.GetValueOrDefault(c, c)));

    public static string Vni(string text) => string.Concat(text.Select(c => VniSpellings.GetValueOrDefault(c.ToString(), c.ToString())));

    private static IEnumerable<string> Lines(string file) =>
        File.ReadLines(Path.Combine(Tables, file)).Where(l => l.Length > 0 && l[0] != '#');
}
