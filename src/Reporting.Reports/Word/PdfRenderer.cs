using Reporting.Output;

namespace Reporting.Reports.Word;

/// <summary>Why a PDF could not be rendered: LibreOffice missing, failing or too slow.</summary>
public sealed class PdfRenderingException(string message) : Exception(message);

/// <summary>
/// Renders Word documents to PDF with LibreOffice headless — the renderer that reads the document
/// as another word processor would, so the PDF shows what the secretary's Word shows. Starting
/// LibreOffice is most of a rendering's time, so each LibreOffice started is kept running for the
/// next documents (<see cref="LibreOfficeWorker"/>), in a profile of its own. Each renders one
/// document at a time and renders on one core, so up to <paramref name="workers"/> of them render
/// side by side; one that fails, hangs or has died meanwhile is replaced.
/// </summary>
public sealed class PdfRenderer(string program, string python, TimeSpan timeout, int workers = 1) : IDisposable
{
    private readonly SemaphoreSlim _free = new(workers, workers);
    private readonly Stack<LibreOfficeWorker> _idle = new();
    private bool _disposed;

    /// <summary>Whether LibreOffice and the Python of its UNO bridge are there to run: paths that exist, or names found on the PATH.</summary>
    public bool IsAvailable => Locate(program) is not null && Locate(python) is not null;

    public void Render(string document, string pdf)
    {
        var soffice = Locate(program) ?? throw new PdfRenderingException(
            $"LibreOffice ('{program}') was not found: install libreoffice-writer-nogui, or set Conference:LibreOffice to its path.");
        var interpreter = Locate(python) ?? throw new PdfRenderingException(
            $"Python ('{python}') with LibreOffice's UNO bridge was not found: install python3-uno, or set Conference:Python to its path.");
        _free.Wait();
        var worker = TakeIdle();
        try
        {
            OutputFile.WriteAtomically(pdf, temporary =>
            {
                try
                {
                    worker ??= LibreOfficeWorker.Start(interpreter, soffice, timeout);
                    worker.Render(Path.GetFullPath(document), Path.GetFullPath(temporary));
                }
                catch (PdfRenderingException)
                {
                    worker?.Dispose();
                    worker = null;
                    throw;
                }
            });
        }
        finally
        {
            if (worker is not null)
                GiveBack(worker);
            _free.Release();
        }
    }

    private LibreOfficeWorker? TakeIdle()
    {
        lock (_idle)
        {
            while (_idle.TryPop(out var worker))
            {
                if (!worker.HasExited)
                    return worker;
                worker.Dispose();
            }
            return null;
        }
    }

    private void GiveBack(LibreOfficeWorker worker)
    {
        lock (_idle)
        {
            if (!_disposed)
            {
                _idle.Push(worker);
                return;
            }
        }
        worker.Dispose();
    }

    public void Dispose()
    {
        lock (_idle)
        {
            _disposed = true;
            while (_idle.TryPop(out var worker))
                worker.Dispose();
        }
    }

    private static string? Locate(string program)
    {
        if (program.Contains(Path.DirectorySeparatorChar))
            return File.Exists(program) ? program : null;
        return (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, program)).FirstOrDefault(File.Exists);
    }
}
