using System.CommandLine;
using Reporting.App.CommandLine;

namespace Reporting.IntegrationTests.CommandLine;

/// <summary>How a verb's failures become exit codes, never without a word on stderr.</summary>
[TestClass]
[DoNotParallelize]
public sealed class VerbActionTests
{
    private static readonly Command Figures = new("figures");

    [TestMethod]
    public async Task A_cancellation_from_inside_the_verb_fails_with_its_message_on_stderr()
    {
        var (code, error) = await WithStandardErrorAsync(() =>
            VerbAction.GuardAsync(Figures, CancellationToken.None, () => throw new TaskCanceledException("a lane gave up")));

        Assert.AreEqual(VerbAction.Failed, code);
        StringAssert.Contains(error, "figures failed: a lane gave up");
    }

    [TestMethod]
    public async Task The_users_own_cancelling_fails_saying_it_was_cancelled()
    {
        using var pressed = new CancellationTokenSource();
        await pressed.CancelAsync();

        var (code, error) = await WithStandardErrorAsync(() =>
            VerbAction.GuardAsync(Figures, pressed.Token, () => throw new OperationCanceledException(pressed.Token)));

        Assert.AreEqual(VerbAction.Failed, code);
        Assert.AreEqual("figures cancelled.", error.Trim());
    }

    private static async Task<(T Result, string Error)> WithStandardErrorAsync<T>(Func<Task<T>> run)
    {
        var original = Console.Error;
        using var error = new StringWriter();
        Console.SetError(error);
        try
        {
            return (await run(), error.ToString());
        }
        finally
        {
            Console.SetError(original);
        }
    }
}
