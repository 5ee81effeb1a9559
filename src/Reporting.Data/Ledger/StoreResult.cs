using Reporting.Data.Model;
using Reporting.Domain.Registers;

namespace Reporting.Data.Ledger;

/// <summary>The ledger row of a stored file and the warnings found while storing it.</summary>
public sealed record StoreResult(RegisterFile Ledger, IReadOnlyList<RowIssue> Warnings);
