using System.ComponentModel.DataAnnotations;
using Reporting.Domain.Costs;
using Reporting.Domain.Units;

namespace Reporting.Reports.Costs;

/// <summary>
/// Section <c>Costs</c>: how quantities are derived (growth of last year's counts, trainees and
/// delegates per unit, the districts of the 2016 review) and what each unit of an item costs. Unit
/// costs not given keep their defaults and legal basis (<see cref="CostSettings.DefaultUnitCosts"/>).
/// </summary>
public sealed class CostsOptions : IValidatableObject
{
    public const string Section = "Costs";

    [Range(0, 100)]
    public decimal GrowthPercent { get; set; } = CostSettings.Default.GrowthPercent;

    /// <summary>Amounts in đồng by item key, with an optional basis replacing the default one.</summary>
    public Dictionary<string, UnitCostOption> UnitCosts { get; set; } = [];

    /// <summary>Base salary steps; none given means the national steps of 2016–2019.</summary>
    public List<BaseSalaryOption> BaseSalary { get; set; } = [];

    [Range(0, 10)]
    public decimal PersonCoefficient { get; set; } = CostSettings.Default.PersonCoefficient;

    [Range(0, 10)]
    public decimal CollectiveCoefficient { get; set; } = CostSettings.Default.CollectiveCoefficient;

    [Range(0, 30)]
    public int TrainingDays { get; set; } = CostSettings.Default.TrainingDays;

    [Range(0, 1000)]
    public int TraineesPerDistrict { get; set; } = CostSettings.Default.TraineesPerDistrict;

    [Range(0, 1000)]
    public int TraineesPerCommune { get; set; } = CostSettings.Default.TraineesPerCommune;

    [Range(0, 1000)]
    public int TraineesPerVillage { get; set; } = CostSettings.Default.TraineesPerVillage;

    [Range(0, 10000)]
    public int DeploymentParticipantsProvince { get; set; } = CostSettings.Default.DeploymentParticipantsProvince;

    [Range(0, 10000)]
    public int DeploymentParticipantsDistrict { get; set; } = CostSettings.Default.DeploymentParticipantsDistrict;

    [Range(0, 10000)]
    public int DeploymentParticipantsCommune { get; set; } = CostSettings.Default.DeploymentParticipantsCommune;

    [Range(0, 10000)]
    public int ConferenceParticipantsProvince { get; set; } = CostSettings.Default.ConferenceParticipantsProvince;

    [Range(0, 10000)]
    public int ConferenceParticipantsDistrict { get; set; } = CostSettings.Default.ConferenceParticipantsDistrict;

    [Range(0, 10000)]
    public int ConferenceParticipantsCommune { get; set; } = CostSettings.Default.ConferenceParticipantsCommune;

    /// <summary>
    /// The districts that hold the one-year review of the programme's first year (the setting keeps
    /// the name it had when that year was 2016); none given means Phan Thiết and Tánh Linh.
    /// </summary>
    public List<string> ReviewDistricts2016 { get; set; } = [];

    [Range(0, 10000)]
    public int DiscussionParticipants { get; set; } = CostSettings.Default.DiscussionParticipants;

    public CostSettings ToSettings()
    {
        var costs = CostSettings.DefaultUnitCosts.ToDictionary(c => c.Key);
        foreach (var (text, option) in UnitCosts)
        {
            if (!UnitCostKeys.TryParse(text, out var key) || !costs.ContainsKey(key))
                continue;
            costs[key] = costs[key] with { Amount = option.Amount, Basis = string.IsNullOrWhiteSpace(option.Basis) ? costs[key].Basis : option.Basis };
        }
        return new CostSettings(GrowthPercent, costs,
            BaseSalary.Count == 0 ? BaseSalarySchedule.Default : new BaseSalarySchedule(BaseSalary.Select(s => new BaseSalaryStep(s.From, s.Amount)).ToList()),
            PersonCoefficient, CollectiveCoefficient, TrainingDays, TraineesPerDistrict, TraineesPerCommune, TraineesPerVillage,
            DeploymentParticipantsProvince, DeploymentParticipantsDistrict, DeploymentParticipantsCommune,
            ConferenceParticipantsProvince, ConferenceParticipantsDistrict, ConferenceParticipantsCommune,
            ReviewDistricts2016.Count == 0 ? CostSettings.Default.FirstReviewDistricts : ReviewDistricts2016, DiscussionParticipants);
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var known = CostSettings.DefaultUnitCosts.Select(c => c.Key.Key()).ToList();
        foreach (var (key, option) in UnitCosts)
        {
            if (!known.Contains(key))
                yield return new ValidationResult($"{Section}:{nameof(UnitCosts)}:{key} is not a cost item; known: {string.Join(", ", known)}.", [nameof(UnitCosts)]);
            else if (option.Amount < 0)
                yield return new ValidationResult($"{Section}:{nameof(UnitCosts)}:{key}:Amount must not be negative ({option.Amount}).", [nameof(UnitCosts)]);
        }
        foreach (var step in BaseSalary.Where(s => s.Amount <= 0))
            yield return new ValidationResult($"{Section}:{nameof(BaseSalary)}: the amount from {step.From:yyyy-MM-dd} must be positive.", [nameof(BaseSalary)]);
        foreach (var code in ReviewDistricts2016.Where(c => !UnitDirectory.Reference.Versions.Any(u => u.Code == c && u.Level == UnitLevel.District)))
            yield return new ValidationResult($"{Section}:{nameof(ReviewDistricts2016)}: '{code}' is not a district.", [nameof(ReviewDistricts2016)]);
    }
}

public sealed class UnitCostOption
{
    public decimal Amount { get; set; }

    public string? Basis { get; set; }
}

public sealed class BaseSalaryOption
{
    public DateOnly From { get; set; }

    public decimal Amount { get; set; }
}
