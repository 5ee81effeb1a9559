using System.Diagnostics;
using Reporting.Output;

namespace Reporting.Reports.Word;

/// <summary>Why a PDF could not be rendered: LibreOffice missing, failing or too slow.</summary>
public sealed class PdfRenderingException(string message) : Exception(message);

/// <summary>
/// Renders Word documents to PDF with LibreOffice headless — the renderer that reads the document
/// as another word processor would, so the PDF shows what the secretary's Word shows. Each renderer
/// has a LibreOffice profile of its own, made at its first rendering and reused by the next ones
/// (making it is most of a first rendering's time), so renderings in parallel runs never share
/// LibreOffice's lock; one renderer renders one document at a time.
/// </summary>
public sealed class PdfRenderer(string program, TimeSpan timeout) : IDisposable
{
    private readonly Lazy<DirectoryInfo> _profile = new(() => Directory.CreateTempSubdirectory("reporting-pdf-profile-"));
    private readonly Lock _rendering = new();

    /// <summary>Whether the program is there to run: a path that exists, or a name found on the PATH.</summary>
    public bool IsAvailable => Locate(program) is not null;

    public void Render(string document, string pdf)
    {
        var executable = Locate(program) ?? throw new PdfRenderingException(
            $"LibreOffice ('{program}') was not found: install libreoffice-writer-nogui, or set Conference:LibreOffice to its path.");
        using var one = _rendering.EnterScope();
        var work = Directory.CreateTempSubdirectory("reporting-pdf-");
        try
        {
            var start = new ProcessStartInfo(executable)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[] { "--headless", "--norestore", "--nologo", $"-env:UserInstallation={new Uri(_profile.Value.FullName).AbsoluteUri}",
                         "--convert-to", "pdf:writer_pdf_Export", "--outdir", work.FullName, Path.GetFullPath(document) })
                start.ArgumentList.Add(argument);
            using var process = Process.Start(start) ?? throw new PdfRenderingException($"LibreOffice ('{executable}') did not start.");
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new PdfRenderingException($"LibreOffice took longer than {timeout.TotalSeconds:0} s to render {Path.GetFileName(document)}.");
            }
            var rendered = Path.Combine(work.FullName, Path.GetFileNameWithoutExtension(document) + ".pdf");
            if (process.ExitCode != 0 || !File.Exists(rendered))
                throw new PdfRenderingException($"LibreOffice could not render {Path.GetFileName(document)} (exit {process.ExitCode}): {(errors.Result + output.Result).Trim()}");
            OutputFile.WriteAtomically(pdf, temporary => File.Copy(rendered, temporary, overwrite: true));
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    public void Dispose()
    {
        if (_profile.IsValueCreated && _profile.Value.Exists)
            _profile.Value.Delete(recursive: true);
    }

    private static string? Locate(string program)
    {
        if (program.Contains(Path.DirectorySeparatorChar))
            return File.Exists(program) ? program : null;
        return (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, program)).FirstOrDefault(File.Exists);
    }
}
