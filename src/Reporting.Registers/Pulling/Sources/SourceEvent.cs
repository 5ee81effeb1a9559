using Reporting.Registers.Reading;

namespace Reporting.Registers.Pulling.Sources;

/// <summary>What a source reports while it is read.</summary>
public abstract record SourceEvent(string Source)
{
    /// <summary>A register to ingest.</summary>
    public sealed record Received(IncomingRegister Register) : SourceEvent(Register.Source);

    /// <summary>A file over the size limit: hashed (and kept where it could be) but never parsed.</summary>
    public sealed record TooLarge(string Source, string Origin, string FileName, ExpectedUnit Expected, long Size, string Sha256, bool Kept) : SourceEvent(Source);

    /// <summary>An HTTP source answered 304: nothing new, nothing written.</summary>
    public sealed record NotModified(string Source, string Origin) : SourceEvent(Source);

    /// <summary>A file in the tree that is not a register (a desktop.ini, a stray .docx): reported once, not read.</summary>
    public sealed record Ignored(string Source, string Origin, string Reason) : SourceEvent(Source);

    /// <summary>The source as a whole failed (down, timing out); the pull goes on with the other sources.</summary>
    public sealed record Failed(string Source, string Message) : SourceEvent(Source);
}
