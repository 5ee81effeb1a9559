using Reporting.Data.Model;

namespace Reporting.Registers.Pulling.Sources;

/// <summary>Where registers of one level come from: a folder, an HTTP server.</summary>
public interface IRegisterSource
{
    string Name { get; }

    /// <summary>Events in a stable order; a source that fails says so in a <see cref="SourceEvent.Failed"/> and ends.</summary>
    IAsyncEnumerable<SourceEvent> ReadAsync(SourceQuery query, CancellationToken cancellationToken);
}

/// <summary>What a pull asks of its sources: which registers, and what HTTP servers answered last time.</summary>
public sealed record SourceQuery(PullFilter Filter, IReadOnlyDictionary<string, HttpSourceState> HttpStates);
