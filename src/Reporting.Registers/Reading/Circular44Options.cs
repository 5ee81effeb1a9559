using System.ComponentModel.DataAnnotations;
using Reporting.Domain.Circular44;

namespace Reporting.Registers.Reading;

/// <summary>
/// Section <c>Circular44</c>: points per criterion and the class bands. The defaults are those of
/// the register format page until the official allocation is entered.
/// </summary>
public sealed class Circular44Options : IValidatableObject
{
    public const string Section = "Circular44";

    /// <summary>Empty means the defaults. (A default array here would be appended to, not replaced, by binding.)</summary>
    public decimal[] CriterionMaxima { get; set; } = [];

    public decimal Good { get; set; } = Circular44Scale.Default.Good;

    public decimal Fair { get; set; } = Circular44Scale.Default.Fair;

    public decimal Average { get; set; } = Circular44Scale.Default.Average;

    public Circular44Scale ToScale() =>
        new(CriterionMaxima.Length == 0 ? Circular44Scale.Default.CriterionMaxima : CriterionMaxima, Good, Fair, Average);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var maxima = ToScale().CriterionMaxima;
        if (maxima.Any(m => m <= 0))
            yield return new ValidationResult($"{Section}:CriterionMaxima must all be positive.");
        if (!(Average > 0 && Average < Fair && Fair < Good && Good <= maxima.Sum()))
            yield return new ValidationResult(
                $"{Section}: bands must rise 0 < Average ({Average}) < Fair ({Fair}) < Good ({Good}) ≤ total points ({maxima.Sum()}).");
    }
}
