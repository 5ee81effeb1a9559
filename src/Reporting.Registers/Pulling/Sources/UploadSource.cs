using System.Runtime.CompilerServices;

namespace Reporting.Registers.Pulling.Sources;

/// <summary>One register a clerk handed in on the upload page, pulled like any other.</summary>
public sealed class UploadSource(IncomingRegister register) : IRegisterSource
{
    public const string SourceName = "Trang nộp sổ";

    public string Name => SourceName;

    /// <summary>A workbook a clerk handed in for <paramref name="unit"/>, named as their browser sent it.</summary>
    public static IncomingRegister Register(string user, Domain.Units.AdministrativeUnit unit, string fileName, byte[] bytes) =>
        new(SourceName, $"web:{user}/{fileName}", fileName, new Reading.ExpectedUnit(unit.Code, unit.Level), RegisterFormat.Workbook,
            [new IncomingPart(fileName, bytes)]);

    public async IAsyncEnumerable<SourceEvent> ReadAsync(SourceQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.CompletedTask;
        yield return new SourceEvent.Received(register);
    }
}
