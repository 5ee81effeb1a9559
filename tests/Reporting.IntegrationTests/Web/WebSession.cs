using System.Net;
using System.Text.RegularExpressions;

namespace Reporting.IntegrationTests.Web;

/// <summary>A browser of one user: cookies kept, redirects not followed, forms posted with the page's anti-forgery field.</summary>
internal sealed partial class WebSession(HttpClient client) : IDisposable
{
    public HttpClient Client => client;

    public Task<HttpResponseMessage> GetAsync(string path) => client.GetAsync(path);

    /// <summary>The session cookie the last successful sign-in set, as a <c>Cookie</c> header carries it.</summary>
    public string Cookies { get; private set; } = "";

    /// <summary>Signs in through the login form, as a person would.</summary>
    public async Task<HttpResponseMessage> LoginAsync(string name, string password, string returnUrl = "/")
    {
        var response = await PostFormAsync("/login", "/login", new() { ["userName"] = name, ["password"] = password, ["returnUrl"] = returnUrl });
        if (response.Headers.TryGetValues("Set-Cookie", out var cookies))
            Cookies = string.Join("; ", cookies.Where(c => c.StartsWith("reporting.session=", StringComparison.Ordinal)).Select(c => c.Split(';')[0]));
        return response;
    }

    public async Task<WebSession> SignedInAsync(string name, string password)
    {
        var response = await LoginAsync(name, password);
        Assert.AreEqual(HttpStatusCode.Redirect, response.StatusCode, await response.Content.ReadAsStringAsync());
        return this;
    }

    /// <summary>Posts a form of the page at <paramref name="formPage"/>, carrying that page's anti-forgery field.</summary>
    public Task<HttpResponseMessage> PostFormAsync(string formPage, string action, Dictionary<string, string> fields) =>
        PostFormAsync(formPage, action, fields.AsEnumerable());

    /// <summary>Posts the fields as multipart/form-data, as a form with a file field sends them.</summary>
    public async Task<HttpResponseMessage> PostMultipartAsync(string formPage, string action, Dictionary<string, string> fields)
    {
        var token = AntiforgeryToken().Match(await client.GetStringAsync(formPage));
        Assert.IsTrue(token.Success, $"no anti-forgery token on {formPage}");
        var content = new MultipartFormDataContent { { new StringContent(token.Groups["token"].Value), FieldName } };
        foreach (var (name, value) in fields)
            content.Add(new StringContent(value), name);
        return await client.PostAsync(action, content);
    }

    public async Task<HttpResponseMessage> PostFormAsync(string formPage, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var page = await client.GetStringAsync(formPage);
        var token = AntiforgeryToken().Match(page);
        Assert.IsTrue(token.Success, $"no anti-forgery token on {formPage}");
        return await PostWithoutTokenAsync(action, fields.Append(KeyValuePair.Create(FieldName, token.Groups["token"].Value)));
    }

    /// <summary>Posts a file with the form of the page at <paramref name="formPage"/>, as a browser's file field does.</summary>
    public async Task<HttpResponseMessage> PostFileAsync(string formPage, string action, Dictionary<string, string> fields, string fileName, byte[] bytes, bool withToken = true)
    {
        var content = new MultipartFormDataContent();
        if (withToken)
        {
            var token = AntiforgeryToken().Match(await client.GetStringAsync(formPage));
            Assert.IsTrue(token.Success, $"no anti-forgery token on {formPage}");
            content.Add(new StringContent(token.Groups["token"].Value), FieldName);
        }
        foreach (var (name, value) in fields)
            content.Add(new StringContent(value), name);
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        content.Add(file, "file", fileName);
        return await client.PostAsync(action, content);
    }

    public Task<HttpResponseMessage> PostWithoutTokenAsync(string action, Dictionary<string, string> fields) =>
        PostWithoutTokenAsync(action, fields.AsEnumerable());

    public Task<HttpResponseMessage> PostWithoutTokenAsync(string action, IEnumerable<KeyValuePair<string, string>> fields) =>
        client.PostAsync(action, new FormUrlEncodedContent(fields));

    private const string FieldName = "__RequestVerificationToken";

    // Our forms carry a hidden field; Hangfire's dashboard a meta tag its scripts send back.
    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"(?<token>[^\"]+)\"|<meta name=\"csrf-token\" content=\"(?<token>[^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    public void Dispose() => client.Dispose();
}
