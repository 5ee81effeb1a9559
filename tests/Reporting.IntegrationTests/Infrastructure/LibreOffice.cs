using System.Diagnostics;

namespace Reporting.IntegrationTests.Infrastructure;

/// <summary>
/// LibreOffice headless as an independent reader of our workbooks: it recalculates every formula on
/// load (not trusting our cached values) with Vietnamese number formats, and writes one CSV per
/// sheet with the cells as shown.
/// </summary>
internal static class LibreOffice
{
    private const string CsvFilter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,1066,false,true,true,false,false,-1";

    private const string Profile = """
        <?xml version="1.0" encoding="UTF-8"?>
        <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
        <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
        <item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>vi-VN</value></prop></item>
        </oor:items>
        """;

    public static string? Executable { get; } = new[] { "/usr/bin/soffice", "/usr/bin/libreoffice" }.FirstOrDefault(File.Exists);

    /// <summary>Fails the test as inconclusive (counted as skipped, which fails CI) when LibreOffice is missing.</summary>
    public static void Require()
    {
        if (Executable is null)
            Assert.Inconclusive("LibreOffice (soffice) is not installed; .ci/run installs libreoffice-calc-nogui.");
    }

    /// <summary>Every sheet of the workbook as LibreOffice shows it, by sheet name.</summary>
    public static async Task<Dictionary<string, List<string[]>>> SheetsAsCsvAsync(string workbook)
    {
        Require();
        var folder = Directory.CreateTempSubdirectory("libreoffice-").FullName;
        try
        {
            var input = Path.Combine(folder, "book.xlsx");
            File.Copy(workbook, input);
            await ConvertAsync(folder, CsvFilter, folder, [input]);
            return Directory.GetFiles(folder, "book-*.csv").ToDictionary(
                path => Path.GetFileNameWithoutExtension(path)["book-".Length..],
                path => ParseCsv(File.ReadAllText(path)));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// The workbooks saved again by LibreOffice Calc with an export filter (<c>xls:MS Excel 97</c>,
    /// <c>ods</c>, <c>xlsx:Calc MS Excel 2007 XML</c>), as a clerk's LibreOffice saves them; each
    /// lands in <paramref name="outputFolder"/> under its own name with the filter's extension.
    /// </summary>
    public static async Task SaveAsAsync(IReadOnlyList<string> workbooks, string filter, string outputFolder)
    {
        Require();
        var folder = Directory.CreateTempSubdirectory("libreoffice-").FullName;
        try
        {
            await ConvertAsync(folder, filter, outputFolder, workbooks);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task ConvertAsync(string folder, string filter, string outputFolder, IReadOnlyList<string> inputs)
    {
        Directory.CreateDirectory(Path.Combine(folder, "profile", "user"));
        await File.WriteAllTextAsync(Path.Combine(folder, "profile", "user", "registrymodifications.xcu"), Profile);
        await RunAsync(folder, ["--headless", $"-env:UserInstallation=file://{Path.Combine(folder, "profile")}", "--convert-to", filter, "--outdir", outputFolder, .. inputs]);
    }

    private static async Task RunAsync(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo(Executable!) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        Assert.AreEqual(0, process.ExitCode, await error);
    }

    private static List<string[]> ParseCsv(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    cell.Append(text[++i]);
                else if (c == '"')
                    quoted = false;
                else
                    cell.Append(c);
            }
            else if (c == '"')
                quoted = true;
            else if (c == ',')
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\n')
            {
                row.Add(cell.ToString());
                cell.Clear();
                rows.Add([.. row]);
                row.Clear();
            }
            else if (c != '\r')
                cell.Append(c);
        }
        if (cell.Length > 0 || row.Count > 0)
        {
            row.Add(cell.ToString());
            rows.Add([.. row]);
        }
        return rows;
    }
}
