using Reporting.Data.Figures;
using Reporting.Domain.Units;

namespace Reporting.App.Features.Figures;

/// <summary>Which figures to export: a period, optionally one level and one unit with what lies under it.</summary>
internal sealed record FiguresRequest(FiguresPeriod Period, UnitLevel? Level, string? UnitCode, FiguresFormat Format);
