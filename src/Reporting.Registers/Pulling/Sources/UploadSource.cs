using System.Runtime.CompilerServices;

namespace Reporting.Registers.Pulling.Sources;

/// <summary>One register a clerk handed in on the upload page, pulled like any other.</summary>
public sealed class UploadSource(IncomingRegister register) : IRegisterSource
{
    public const string SourceName = "Trang nộp sổ";

    public string Name => SourceName;

    public async IAsyncEnumerable<SourceEvent> ReadAsync(SourceQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.CompletedTask;
        yield return new SourceEvent.Received(register);
    }
}
