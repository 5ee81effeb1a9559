namespace Reporting.App.Web.Figures;

/// <summary>A cell as the page shows it and as a download carries it (a number stays a number in Excel).</summary>
public sealed record Cell(string Text, object? Value, bool IsNumber = false, string? Href = null, string? Class = null);

public sealed record DisplayRow(IReadOnlyList<Cell> Cells, string? Class = null);

/// <summary>
/// A table of the figures pages: what the page shows is what the CSV and Excel downloads hold,
/// header for header and row for row.
/// </summary>
public sealed record DisplayTable(string Name, string Caption, IReadOnlyList<string> Headers, IReadOnlyList<DisplayRow> Rows, IReadOnlyList<string> Notes);
