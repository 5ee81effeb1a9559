namespace Reporting.Figures;

/// <summary>The tables of figures: each is exported, and stored as a snapshot, under its lower-case name.</summary>
public enum FiguresTable
{
    Figures,
    Exemplars,
    Completeness,
}

public static class FiguresTableNames
{
    public static string Key(this FiguresTable table) => table.ToString().ToLowerInvariant();
}
