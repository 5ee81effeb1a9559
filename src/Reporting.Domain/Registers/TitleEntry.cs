using Reporting.Domain.Titles;

namespace Reporting.Domain.Registers;

/// <summary>
/// One valid row of a commune register: a village, household, clan or learning unit and its
/// workflow for the year. <see cref="VillageCode"/> is the village itself for a village row and
/// null for a learning unit, which belongs to the commune as a whole.
/// </summary>
public sealed record TitleEntry(
    Title Title,
    string Code,
    string Name,
    string? VillageCode,
    int? HouseholdCount,
    string? Kind,
    string? OldCode,
    Workflow Workflow,
    int SourceRow);
