using Reporting.Output;

namespace Reporting.Reports.Word;

/// <summary>Why a PDF could not be rendered: LibreOffice missing, failing or too slow.</summary>
public sealed class PdfRenderingException(string message) : Exception(message);

/// <summary>
/// Renders Word documents to PDF with LibreOffice headless — the renderer that reads the document
/// as another word processor would, so the PDF shows what the secretary's Word shows. Starting
/// LibreOffice is most of a rendering's time, so one is started at the first rendering and kept
/// running for the next ones (<see cref="LibreOfficeWorker"/>), in a profile of its own; one
/// renderer renders one document at a time, and a LibreOffice that fails or hangs is replaced.
/// </summary>
public sealed class PdfRenderer(string program, string python, TimeSpan timeout) : IDisposable
{
    private readonly Lock _rendering = new();
    private LibreOfficeWorker? _worker;

    /// <summary>Whether LibreOffice and the Python of its UNO bridge are there to run: paths that exist, or names found on the PATH.</summary>
    public bool IsAvailable => Locate(program) is not null && Locate(python) is not null;

    public void Render(string document, string pdf)
    {
        var soffice = Locate(program) ?? throw new PdfRenderingException(
            $"LibreOffice ('{program}') was not found: install libreoffice-writer-nogui, or set Conference:LibreOffice to its path.");
        var interpreter = Locate(python) ?? throw new PdfRenderingException(
            $"Python ('{python}') with LibreOffice's UNO bridge was not found: install python3-uno, or set Conference:Python to its path.");
        using var one = _rendering.EnterScope();
        OutputFile.WriteAtomically(pdf, temporary =>
        {
            try
            {
                if (_worker is { HasExited: true })
                {
                    _worker.Dispose();
                    _worker = null;
                }
                _worker ??= LibreOfficeWorker.Start(interpreter, soffice, timeout);
                _worker.Render(Path.GetFullPath(document), Path.GetFullPath(temporary));
            }
            catch (PdfRenderingException)
            {
                _worker?.Dispose();
                _worker = null;
                throw;
            }
        });
    }

    public void Dispose()
    {
        using var one = _rendering.EnterScope();
        _worker?.Dispose();
        _worker = null;
    }

    private static string? Locate(string program)
    {
        if (program.Contains(Path.DirectorySeparatorChar))
            return File.Exists(program) ? program : null;
        return (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, program)).FirstOrDefault(File.Exists);
    }
}
