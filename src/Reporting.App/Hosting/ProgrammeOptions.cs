using System.ComponentModel.DataAnnotations;
using Reporting.Domain.Registers;

namespace Reporting.App.Hosting;

/// <summary>Section <c>Programme</c>: the years registers may speak for.</summary>
public sealed class ProgrammeOptions : IValidatableObject
{
    public const string Section = "Programme";

    [Range(2000, 2100)]
    public int FirstYear { get; set; } = 2016;

    [Range(2000, 2100)]
    public int LastYear { get; set; } = 2020;

    public ProgrammePeriod ToPeriod() => new(FirstYear, LastYear);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (LastYear < FirstYear)
            yield return new ValidationResult($"{Section}:LastYear ({LastYear}) is before {Section}:FirstYear ({FirstYear}).");
    }
}
