using Reporting.Data.Figures;
using Reporting.Domain.Figures;
using Reporting.Domain.Units;

namespace Reporting.App.Features.Figures;

public enum FiguresTable
{
    Figures,
    Exemplars,
    Completeness,
}

/// <summary>Which table to export: a period, optionally one level and one unit with what lies under it.</summary>
internal sealed record FiguresRequest(FiguresPeriod Period, UnitLevel? Level, string? UnitCode, FiguresFormat Format, FiguresTable Table = FiguresTable.Figures)
{
    /// <summary>As the run ledger records it.</summary>
    public string LedgerParameters =>
        $"period={Period};table={Table.ToString().ToLowerInvariant()};level={Level?.ToString().ToLowerInvariant() ?? "all"};unit={UnitCode ?? "-"};format={Format.ToString().ToLowerInvariant()}";
}
