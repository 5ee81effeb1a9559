using Reporting.Domain.Registers;

namespace Reporting.Data.Ledger;

/// <summary>What is wrong with a row's <c>Mã cũ</c>; the row still counts.</summary>
public enum OldCodeProblem
{
    /// <summary>Not <c>&lt;old commune&gt;/&lt;old code&gt;</c>.</summary>
    Malformed,

    /// <summary>Names nothing in earlier registers of the old commune.</summary>
    Unknown,
}

/// <summary>
/// What the ledger records for people while it stores a register. The register stage, which speaks
/// to the clerks, supplies the words; the ledger only decides when they are due.
/// </summary>
public interface IRegisterWording
{
    RowIssue OldCodeWarning(string unitCode, TitleEntry entry, OldCodeProblem problem, string? oldCommune);

    /// <summary>Why a register was kept but not made current: a newer one of its year is stored.</summary>
    string Superseded(int year, DateOnly newerUpdatedOn);

    /// <summary>Why a register was kept and checked but not counted: its year was closed; and how it differs from what was closed.</summary>
    string HeldAfterClosing(int year, DateTime closedAtUtc, IReadOnlyList<CountChange> changes);
}
