using System.Diagnostics;

namespace Reporting.Reports.Word;

/// <summary>
/// One LibreOffice kept running and driven through its UNO bridge by <c>pdf_worker.py</c> (shipped
/// inside this assembly): a request per line on the worker's stdin, an answer per line on its
/// stdout. Disposing closes its stdin — the worker then closes LibreOffice — and removes the profile;
/// a parent that dies closes that stdin too, so no LibreOffice outlives the process that started it.
/// </summary>
internal sealed class LibreOfficeWorker : IDisposable
{
    private readonly Process _process;
    private readonly DirectoryInfo _profile;
    private readonly TimeSpan _timeout;

    private LibreOfficeWorker(Process process, DirectoryInfo profile, TimeSpan timeout) =>
        (_process, _profile, _timeout) = (process, profile, timeout);

    public static LibreOfficeWorker Start(string python, string soffice, TimeSpan timeout)
    {
        var profile = Directory.CreateTempSubdirectory("reporting-pdf-profile-");
        var script = Path.Combine(profile.FullName, "pdf_worker.py");
        using (var resource = typeof(LibreOfficeWorker).Assembly.GetManifestResourceStream("Reporting.Reports.Word.pdf_worker.py")!)
        using (var file = File.Create(script))
            resource.CopyTo(file);
        var start = new ProcessStartInfo(python)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-u", script, soffice, new Uri(Path.Combine(profile.FullName, "user")).AbsoluteUri, $"reporting-pdf-{Guid.NewGuid():N}" })
            start.ArgumentList.Add(argument);
        var process = Process.Start(start) ?? throw new PdfRenderingException($"Python ('{python}') did not start.");
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        var worker = new LibreOfficeWorker(process, profile, timeout);
        try
        {
            if (worker.Answer() is not "ready" and var answer)
                throw new PdfRenderingException($"LibreOffice ('{soffice}') did not start: {answer}");
            return worker;
        }
        catch
        {
            worker.Dispose();
            throw;
        }
    }

    public void Render(string document, string pdf)
    {
        try
        {
            _process.StandardInput.WriteLine($"{document}\t{pdf}");
            _process.StandardInput.Flush();
        }
        catch (IOException gone)
        {
            // Died while idle: the renderer gives the document to a new worker.
            throw new PdfRenderingException($"LibreOffice's worker is gone: {gone.Message}");
        }
        var answer = Answer();
        if (answer != "ok" || !File.Exists(pdf))
            throw new PdfRenderingException($"LibreOffice could not render {Path.GetFileName(document)}: {answer.Replace("error ", "", StringComparison.Ordinal)}");
    }

    /// <summary>The worker's next line, within the timeout; a worker that says nothing in time is stopped.</summary>
    private string Answer()
    {
        var line = _process.StandardOutput.ReadLineAsync();
        if (!line.Wait(_timeout))
        {
            Kill();
            throw new PdfRenderingException($"LibreOffice did not answer within {_timeout.TotalSeconds:0} s.");
        }
        return line.Result ?? throw new PdfRenderingException($"LibreOffice's worker ended (exit {(_process.WaitForExit(5000) ? _process.ExitCode : -1)}).");
    }

    public void Dispose()
    {
        try
        {
            _process.StandardInput.Close();
            if (!_process.WaitForExit(TimeSpan.FromSeconds(30)))
                Kill();
        }
        catch (Exception exception) when (exception is InvalidOperationException or IOException)
        {
            // Never started or already gone (what was left to flush into its stdin has nowhere to go).
        }
        _process.Dispose();
        try
        {
            _profile.Delete(recursive: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A profile left in the temporary folder is only disk space; the worker itself is gone.
        }
    }

    private void Kill()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }
        catch (InvalidOperationException)
        {
        }
    }
}
