using PuppeteerSharp;

namespace Reporting.IntegrationTests.Browser;

/// <summary>Debian's chromium, headless, driven over the DevTools protocol; never a downloaded browser. Missing, it fails the test.</summary>
internal static class Chromium
{
    public const string Path = "/usr/bin/chromium";

    public static async Task<IBrowser> LaunchAsync()
    {
        if (!File.Exists(Path))
            throw new AssertFailedException($"{Path} is missing: install Debian's chromium (.ci/run does).");
        return await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = Path,
            Headless = true,
            // As root in a container chromium has no sandbox to enter; the pages are our own.
            Args = ["--no-sandbox", "--disable-dev-shm-usage", "--lang=vi-VN"],
            Timeout = 60_000,
        });
    }
}
