using Reporting.Domain.Titles;

namespace Reporting.Figures;

/// <summary>An entity proposed as exemplary (<i>tiêu biểu</i>) for a window, as the annex lists it.</summary>
public sealed record Exemplar(
    string Period,
    Title Title,
    string DistrictCode,
    string CommuneCode,
    string? VillageCode,
    string? VillageName,
    string EntityKey,
    string Code,
    string Name,
    List<int> YearsRecognized,
    List<string> DecisionNumbers);
