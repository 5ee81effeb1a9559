using Reporting.Domain.Registers;

namespace Reporting.Registers.Pulling;

/// <summary>What a pull would make of a register, without keeping it: its outcome, its rows' issues and what was seen of the figures.</summary>
public sealed record DryRun<T>(FileResult Result, RegisterHeader? Header, IReadOnlyList<RowIssue> Issues, T? Seen);
