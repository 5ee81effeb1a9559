using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using Reporting.App.Web.Security;

namespace Reporting.IntegrationTests.Infrastructure;

/// <summary>A real <c>reporting serve</c> process on a free local port, killed (as a crash would) when the test is done with it.</summary>
internal sealed class ServeProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private ServeProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri Address { get; }

    public bool HasExited => _process.HasExited;

    public string Log
    {
        get
        {
            lock (_log)
                return _log.ToString();
        }
    }

    /// <summary>
    /// Starts serve in <paramref name="folder"/> with one admin and the given settings (a JSON file
    /// passed with --config), and waits until /health answers.
    /// </summary>
    public static async Task<ServeProcess> StartAsync(string folder, IDictionary<string, string?> settings)
    {
        var port = FreePorts.Next();
        var config = Path.Combine(folder, $"serve-{port}.json");
        var all = new Dictionary<string, string?>(settings)
        {
            ["Web:Users:0:Name"] = Web.ServeFactory.Admin,
            ["Web:Users:0:PasswordHash"] = UserDirectory.Hash(Web.ServeFactory.AdminPassword),
            ["Web:Users:0:Role"] = Roles.Admin,
        };
        await File.WriteAllTextAsync(config, JsonSerializer.Serialize(Nest(all)));
        var address = new Uri($"http://127.0.0.1:{port}");
        var serve = new ServeProcess(Process.Start(Cli.StartInfo(folder, "serve", "--config", config, "--urls", address.ToString()))!, address);
        using var http = new HttpClient();
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (true)
        {
            if (serve._process.HasExited)
                throw new AssertFailedException($"serve exited with {serve._process.ExitCode}:\n{serve.Log}");
            try
            {
                if ((await http.GetAsync(new Uri(address, "/health"))).StatusCode == HttpStatusCode.OK)
                    return serve;
            }
            catch (HttpRequestException)
            {
            }
            if (DateTime.UtcNow > deadline)
                throw new AssertFailedException($"serve did not answer /health within a minute:\n{serve.Log}");
            await Task.Delay(200);
        }
    }

    /// <summary>SIGKILL: no shutdown, no cleanup, as when the machine loses power.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
            Kill();
        _process.Dispose();
        return ValueTask.CompletedTask;
    }

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (_log)
            _log.AppendLine(line);
    }

    /// <summary>"A:B:0:C" keys as the nested JSON configuration files are written in.</summary>
    private static Dictionary<string, object?> Nest(IDictionary<string, string?> settings)
    {
        var root = new Dictionary<string, object?>();
        foreach (var (key, value) in settings)
        {
            var parts = key.Split(':');
            var node = root;
            foreach (var part in parts[..^1])
            {
                if (!node.TryGetValue(part, out var child) || child is not Dictionary<string, object?> next)
                    node[part] = next = new Dictionary<string, object?>();
                node = next;
            }
            node[parts[^1]] = value;
        }
        return root;
    }
}
