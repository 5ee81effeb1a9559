namespace Reporting.Registers.Schema;

/// <summary>A column of a register sheet as users see it; optional columns may be left out.</summary>
public sealed record ColumnSpec(string Header, bool Required = true, double Width = 14)
{
    public string FoldedHeader { get; } = TextNormalizer.Fold(Header);
}
