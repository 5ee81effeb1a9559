namespace Reporting.Domain.Registers;

/// <summary>Why a row cannot be counted, for the commune clerk (Vietnamese) and for us (English).</summary>
public sealed record RowError(string Column, RowRule Rule, string MessageVi, string MessageEn);
