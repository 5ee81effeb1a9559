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
/// side by side; one that fails or hangs is replaced, and a document that a worker long idle
/// could not render is given once more to a new one.
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
        ObjectDisposedException.ThrowIf(_disposed, this);
        _free.Wait();
        try
        {
            OutputFile.WriteAtomically(pdf, temporary => RenderOnAWorker(Path.GetFullPath(document), Path.GetFullPath(temporary), interpreter, soffice));
        }
        finally
        {
            _free.Release();
        }
    }

    /// <summary>
    /// On an idle worker, or a new one. A worker that fails is thrown away; one that had waited idle
    /// may have died or lost its LibreOffice meanwhile (a crash the worker only sees at the next
    /// document), so its document is given once more to a new one.
    /// </summary>
    private void RenderOnAWorker(string document, string pdf, string interpreter, string soffice)
    {
        if (TakeIdle() is { } idle)
        {
            try
            {
                RenderOn(idle, document, pdf);
                return;
            }
            catch (Exception)
            {
                // Thrown away already; the document goes to a new worker.
            }
        }
        RenderOn(LibreOfficeWorker.Start(interpreter, soffice, timeout), document, pdf);
    }

    /// <summary>Renders on the worker and gives it back, or throws it away with what it threw.</summary>
    private void RenderOn(LibreOfficeWorker worker, string document, string pdf)
    {
        try
        {
            worker.Render(document, pdf);
        }
        catch (Exception)
        {
            Discard(worker);
            throw;
        }
        GiveBack(worker);
    }

    private LibreOfficeWorker? TakeIdle()
    {
        lock (_idle)
            return _idle.TryPop(out var worker) ? worker : null;
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
        Discard(worker);
    }

    private static void Discard(LibreOfficeWorker worker)
    {
        try
        {
            worker.Dispose();
        }
        catch (Exception)
        {
            // Best effort: a worker being thrown away must not fail the document, or stop the next.
        }
    }

    public void Dispose()
    {
        List<LibreOfficeWorker> idle;
        lock (_idle)
        {
            _disposed = true;
            idle = [.. _idle];
            _idle.Clear();
        }
        // Those rendering now are disposed as they come back.
        foreach (var worker in idle)
            Discard(worker);
    }

    private static string? Locate(string program)
    {
        if (program.Contains(Path.DirectorySeparatorChar))
            return File.Exists(program) ? program : null;
        return (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, program)).FirstOrDefault(File.Exists);
    }
}
