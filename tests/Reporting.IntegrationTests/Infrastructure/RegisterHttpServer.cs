using System.Net;

namespace Reporting.IntegrationTests.Infrastructure;

/// <summary>A real HTTP server on loopback, in the test process, answering with the test's handler.</summary>
internal sealed class RegisterHttpServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;
    private readonly CancellationTokenSource _stop = new();

    public RegisterHttpServer(Func<HttpListenerContext, Task> handle)
    {
        var port = FreePorts.Next();
        BaseUrl = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(BaseUrl);
        _listener.Start();
        _loop = Task.Run(async () =>
        {
            while (!_stop.IsCancellationRequested)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception) when (_stop.IsCancellationRequested)
                {
                    return;
                }
                _ = Task.Run(async () =>
                {
                    try
                    {
                        Requests.Add($"{context.Request.Url!.AbsolutePath} {context.Request.Headers["If-None-Match"]}".Trim());
                        await handle(context);
                    }
                    catch (Exception)
                    {
                        // The client gave up (a timeout test); nothing to answer.
                    }
                    finally
                    {
                        try { context.Response.Close(); } catch (Exception) { }
                    }
                });
            }
        });
    }

    public string BaseUrl { get; }

    public System.Collections.Concurrent.ConcurrentBag<string> Requests { get; } = [];

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _loop;
        _listener.Close();
    }
}
