using Reporting.Domain.Registers;
using Reporting.Domain.Titles;

namespace Reporting.Data.Model;

/// <summary>A valid row of the current register of a commune: village, household, clan or learning unit.</summary>
public sealed class TitleEntryRow
{
    public long Id { get; set; }
    public required string CommuneCode { get; set; }
    public int Year { get; set; }
    public Title Title { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? VillageCode { get; set; }
    public int? HouseholdCount { get; set; }
    public string? Kind { get; set; }
    public string? OldCode { get; set; }
    /// <summary>
    /// Who this entity is across years: <c>&lt;commune&gt;/&lt;code&gt;</c> where it was first registered,
    /// carried over through <c>Mã cũ</c> so that a household of an absorbed commune keeps its history.
    /// </summary>
    public required string EntityKey { get; set; }
    public bool Registered { get; set; }
    public DateOnly? RegisteredOn { get; set; }
    public decimal? Score { get; set; }
    public EvaluationResult? Result { get; set; }
    public DateOnly? EvaluatedOn { get; set; }
    public bool Recognized { get; set; }
    public string? DecisionNumber { get; set; }
    public DateOnly? RecognizedOn { get; set; }
    public string? Note { get; set; }
    public long RegisterFileId { get; set; }
    public int SourceRow { get; set; }

    /// <summary>The same row as a new one of another year (not yet stored: no id).</summary>
    public TitleEntryRow CopyFor(int year)
    {
        var copy = (TitleEntryRow)MemberwiseClone();
        copy.Id = 0;
        copy.Year = year;
        return copy;
    }
}
