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
internal sealed record FiguresRequest(FiguresPeriod Period, UnitLevel? Level, string? UnitCode, FiguresFormat Format, FiguresTable Table = FiguresTable.Figures);
