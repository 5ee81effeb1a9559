using System.Net;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using Reporting.Domain.Registers;
using Reporting.Domain.Units;
using Reporting.Registers.Reading;

namespace Reporting.Registers.Pulling.Sources;

/// <summary>
/// Asks an HTTP server for the register of every unit of its level and year, with conditional
/// GETs (ETag, Last-Modified) so that an unchanged register costs one 304. A 404 means the unit
/// has not published yet. A server that is down, times out, redirects or answers an error fails
/// this source for the rest of the pull; the other sources go on.
/// </summary>
public sealed class HttpSource(HttpSourceSettings settings, HttpClient client, UnitDirectory units, ProgrammePeriod period, FileLimits limits) : IRegisterSource
{
    public string Name => settings.Name;

    public async IAsyncEnumerable<SourceEvent> ReadAsync(SourceQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var year in query.Filter.Year is { } only ? [only] : period.Years)
        {
            foreach (var unit in units.In(year, settings.Level).Where(u => query.Filter.TakesUnit(u.Code)).OrderBy(u => u.Code, StringComparer.Ordinal))
            {
                var outcome = await FetchAsync(settings.UrlFor(unit.Code, year), new ExpectedUnit(unit.Code, settings.Level), $"{unit.Code}_{year}.xlsx", query, cancellationToken);
                if (outcome is not null)
                    yield return outcome;
                if (outcome is SourceEvent.Failed)
                    yield break;
            }
        }
    }

    private async Task<SourceEvent?> FetchAsync(Uri url, ExpectedUnit expected, string fileName, SourceQuery query, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (query.HttpStates.TryGetValue(url.ToString(), out var state))
        {
            if (state.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag))
                request.Headers.IfNoneMatch.Add(tag);
            if (state.LastModified is { } lastModified)
                request.Headers.IfModifiedSince = lastModified;
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.Timeout);
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            switch (response.StatusCode)
            {
                case HttpStatusCode.NotModified:
                    return new SourceEvent.NotModified(Name, url.ToString());
                case HttpStatusCode.NotFound:
                    return null;
                case HttpStatusCode.OK:
                    return await ReceiveAsync(response, url, expected, fileName, timeout.Token);
                case var status when (int)status is >= 300 and < 400:
                    return Failed($"máy chủ chuyển hướng {url} sang {response.Headers.Location}; không theo chuyển hướng.");
                case var status:
                    return Failed($"máy chủ trả lời {(int)status} {response.ReasonPhrase} cho {url}.");
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Failed($"quá thời gian chờ ({settings.Timeout.TotalSeconds:0} giây) khi tải {url}.");
        }
        catch (HttpRequestException exception)
        {
            return Failed($"không kết nối được tới {url}: {exception.Message}");
        }
        catch (IOException exception)
        {
            // The connection broke mid-body: a partial download is never handed on as a register.
            return Failed($"kết nối tới {url} bị ngắt khi đang tải: {exception.Message}");
        }
    }

    private async Task<SourceEvent> ReceiveAsync(HttpResponseMessage response, Uri url, ExpectedUnit expected, string fileName, CancellationToken cancellationToken)
    {
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limits.MaxFileBytes)
                return new SourceEvent.TooLarge(Name, url.ToString(), fileName, expected, buffer.Length, FileVault.HashOf(buffer.ToArray()), Kept: false);
        }
        var validators = new HttpValidators(url.ToString(), response.Headers.ETag?.ToString(), response.Content.Headers.LastModified);
        return new SourceEvent.Received(new IncomingRegister(Name, url.ToString(), fileName, expected, RegisterFormat.Workbook,
            [new IncomingPart(fileName, buffer.ToArray())], validators));
    }

    private SourceEvent.Failed Failed(string message) => new(Name, $"Nguồn {Name}: {message}");
}
