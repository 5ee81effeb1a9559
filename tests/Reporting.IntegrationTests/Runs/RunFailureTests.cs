using System.Net.Sockets;
using Reporting.Data.Runs;
using Reporting.Domain.Requests;

namespace Reporting.IntegrationTests.Runs;

[TestClass]
public sealed class RunFailureTests
{
    [TestMethod]
    public void Failures_a_later_try_can_mend_are_retried_and_the_others_are_not()
    {
        Assert.IsTrue(RunFailure.Of(new SocketException((int)SocketError.ConnectionRefused)).RetryMayMend, "a server that is not answering");
        Assert.IsTrue(RunFailure.Of(new TimeoutException()).RetryMayMend);
        Assert.IsTrue(RunFailure.Of(new JobAlreadyRunningException("pull:{}")).RetryMayMend);
        Assert.IsFalse(RunFailure.Of(new InvalidRequestException("year", "Năm phải nằm trong 2016–2020.", "year")).RetryMayMend);
        Assert.IsFalse(RunFailure.Of(new UnauthorizedAccessException()).RetryMayMend);
        Assert.IsFalse(RunFailure.Of(new IOException("No space left on device", 28)).RetryMayMend, "a full disk waits for a person");
        Assert.IsFalse(RunFailure.Of(new NullReferenceException()).RetryMayMend, "a fault in the program");
    }

    [TestMethod]
    public void The_recorded_error_explains_first_and_keeps_the_exception_after_the_separator()
    {
        var described = RunFailure.Describe(new InvalidOperationException("outer", new IOException("No space left on device", 28)));

        var at = described.IndexOf(RunFailure.DetailSeparator, StringComparison.Ordinal);
        StringAssert.StartsWith(described, "Hết chỗ trên đĩa");
        StringAssert.Contains(described[at..], "InvalidOperationException: outer ← IOException: No space left on device");
    }
}
