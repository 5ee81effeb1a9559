using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Reporting.Domain.Costs;
using Reporting.Domain.Titles;
using Reporting.Domain.Units;

namespace Reporting.Reports.Costs;

/// <summary>
/// Section <c>Costs</c>: how quantities are derived (growth of last year's counts, trainees and
/// delegates per unit, the share of them paid meals, the quotas of rewards, the districts of the
/// first review), what each unit of an item costs from which date and by which text, and who signs
/// the estimate. What is not given keeps its default (<see cref="CostSettings.Default"/>); a rate,
/// a base salary or a reward scale that is given replaces the default steps of that entry.
/// </summary>
public sealed class CostsOptions : IValidatableObject
{
    public const string Section = "Costs";

    /// <summary>The month and day of the year before on which an estimate is drawn up (<c>MM-dd</c>).</summary>
    public string DraftedOn { get; set; } = "10-01";

    [Range(0, 100)]
    public decimal GrowthPercent { get; set; } = CostSettings.Default.GrowthPercent;

    /// <summary>Rates by item key, each a list of steps <c>{ From, Amount, Basis }</c>; a step without a basis is planned (<i>dự kiến</i>).</summary>
    public Dictionary<string, List<DatedAmountOption>> UnitCosts { get; set; } = [];

    /// <summary>Base salary steps <c>{ From, Amount, Basis }</c>; none given means the national steps of 2013–2019.</summary>
    public List<DatedAmountOption> BaseSalary { get; set; } = [];

    /// <summary>The legal scale of rewards by date; none given means Decree 91/2017/NĐ-CP.</summary>
    public List<RewardScaleOption> RewardScale { get; set; } = [];

    public RewardsOption Rewards { get; set; } = new();

    /// <summary>The share of participants not on a state payroll, by level (<c>Province</c>, <c>District</c>, <c>Commune</c>).</summary>
    public Dictionary<string, decimal> NonPayrollShare { get; set; } = [];

    /// <summary>An estimate this many times the previous year's, or less than its share, is flagged with the lines that make the difference.</summary>
    [Range(1, 100)]
    public decimal PlausibleChangeFactor { get; set; } = CostSettings.Default.PlausibleChangeFactor;

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

    /// <summary>Who draws the estimate up and who approves it, on its cover.</summary>
    public EstimateSigners Signers { get; set; } = new();

    private static readonly Dictionary<string, UnitLevel> LevelKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Province"] = UnitLevel.Province, ["District"] = UnitLevel.District, ["Commune"] = UnitLevel.Commune,
    };

    private static readonly Dictionary<string, Title> TitleKeysByName = TitleKeys.Recognized.ToDictionary(t => t.Key(), t => t, StringComparer.OrdinalIgnoreCase);

    public CostSettings ToSettings()
    {
        var costs = CostSettings.DefaultUnitCosts.ToDictionary(c => c.Key);
        foreach (var (text, steps) in UnitCosts)
            if (UnitCostKeys.TryParse(text, out var key) && costs.ContainsKey(key) && steps.Count > 0)
                costs[key] = costs[key] with { Rates = Schedule(steps) };
        var quotas = RewardRules.Default.Quotas.ToDictionary(l => l.Key, l => l.Value.ToDictionary(t => t.Key, t => t.Value));
        foreach (var (level, titles) in Rewards.Levels())
            foreach (var (title, quota) in titles)
                if (LevelKeys.TryGetValue(level, out var unitLevel) && TitleKeysByName.TryGetValue(title, out var key))
                    quotas[unitLevel][key] = new RewardQuota(quota.Count, quota.Share, quota.Cap);
        var shares = CostSettings.DefaultNonPayrollShare.ToDictionary();
        foreach (var (level, share) in NonPayrollShare)
            if (LevelKeys.TryGetValue(level, out var unitLevel))
                shares[unitLevel] = share;
        var draft = DateOnly.ParseExact(NonLeapYear + DraftedOn, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var defaults = CostSettings.Default;
        return defaults with
        {
            GrowthPercent = GrowthPercent,
            UnitCosts = costs,
            BaseSalary = BaseSalary.Count == 0 ? defaults.BaseSalary : Schedule(BaseSalary),
            RewardScale = RewardScale.Count == 0 ? defaults.RewardScale : new(RewardScale.Select(s => new DatedStep<IReadOnlyDictionary<UnitLevel, RewardGrade>>(s.From, s.Grades(), s.Basis)).ToList()),
            Rewards = new RewardRules(quotas.ToDictionary(l => l.Key, l => (IReadOnlyDictionary<Title, RewardQuota>)l.Value), Rewards.CommendAgain, Rewards.Basis),
            NonPayrollShare = shares,
            DraftDay = (draft.Month, draft.Day),
            PlausibleChangeFactor = PlausibleChangeFactor,
            TrainingDays = TrainingDays,
            TraineesPerDistrict = TraineesPerDistrict,
            TraineesPerCommune = TraineesPerCommune,
            TraineesPerVillage = TraineesPerVillage,
            DeploymentParticipantsProvince = DeploymentParticipantsProvince,
            DeploymentParticipantsDistrict = DeploymentParticipantsDistrict,
            DeploymentParticipantsCommune = DeploymentParticipantsCommune,
            ConferenceParticipantsProvince = ConferenceParticipantsProvince,
            ConferenceParticipantsDistrict = ConferenceParticipantsDistrict,
            ConferenceParticipantsCommune = ConferenceParticipantsCommune,
            FirstReviewDistricts = ReviewDistricts2016.Count == 0 ? defaults.FirstReviewDistricts : ReviewDistricts2016,
            DiscussionParticipants = DiscussionParticipants,
        };
    }

    private static DatedSchedule<decimal> Schedule(List<DatedAmountOption> steps) =>
        new(steps.Select(s => new DatedStep<decimal>(s.From, s.Amount, string.IsNullOrWhiteSpace(s.Basis) ? null : s.Basis)).ToList());

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var known = CostSettings.DefaultUnitCosts.Select(c => c.Key.Key()).ToList();
        foreach (var (key, steps) in UnitCosts)
        {
            if (!known.Contains(key))
            {
                yield return Error(nameof(UnitCosts), $"{key} is not a cost item; known: {string.Join(", ", known)}.");
                continue;
            }
            if (steps.Count == 0)
                yield return Error(nameof(UnitCosts), $"{key} gives no steps: write it as a list [{{ \"From\": \"2017-07-01\", \"Amount\": 100000, \"Basis\": \"…\" }}].");
            foreach (var step in steps.Where(s => s.From == default))
                yield return Error(nameof(UnitCosts), $"{key}: a step of {step.Amount} gives no From date.");
            foreach (var step in steps.Where(s => s.Amount < 0))
                yield return Error(nameof(UnitCosts), $"{key}: the amount from {step.From:yyyy-MM-dd} must not be negative ({step.Amount}).");
        }
        foreach (var step in BaseSalary.Where(s => s.Amount <= 0 || s.From == default))
            yield return Error(nameof(BaseSalary), $"the step from {step.From:yyyy-MM-dd} needs a From date and a positive amount.");
        foreach (var step in RewardScale)
        {
            if (step.From == default)
                yield return Error(nameof(RewardScale), "a step gives no From date.");
            foreach (var level in LevelKeys.Keys)
                if (step.Grade(level) is not { Person: > 0, Collective: > 0 })
                    yield return Error(nameof(RewardScale), $"the scale from {step.From:yyyy-MM-dd} gives no {level} grade with positive Person and Collective multiples.");
        }
        foreach (var (level, titles) in Rewards.Levels())
        {
            foreach (var (title, quota) in titles)
            {
                if (!TitleKeysByName.ContainsKey(title))
                    yield return Error(nameof(Rewards), $"{level}:{title} is not a title; known: {string.Join(", ", TitleKeysByName.Keys)}.");
                if ((quota.Count is null) == (quota.Share is null))
                    yield return Error(nameof(Rewards), $"{level}:{title} needs either Count or Share, not both or neither.");
                if (quota.Count < 0 || quota.Share is < 0 or > 1 || quota.Cap < 0)
                    yield return Error(nameof(Rewards), $"{level}:{title}: Count and Cap must not be negative, Share lies between 0 and 1.");
            }
        }
        foreach (var (level, share) in NonPayrollShare)
            if (!LevelKeys.ContainsKey(level) || share is < 0 or > 1)
                yield return Error(nameof(NonPayrollShare), $"{level}: {share} — give Province, District or Commune a share between 0 and 1.");
        // A day every year has: 29 February is refused.
        if (!DateOnly.TryParseExact(NonLeapYear + DraftedOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            yield return Error(nameof(DraftedOn), $"'{DraftedOn}' is not a month and day every year has (MM-dd).");
        foreach (var code in ReviewDistricts2016.Where(c => !UnitDirectory.Reference.Versions.Any(u => u.Code == c && u.Level == UnitLevel.District)))
            yield return Error(nameof(ReviewDistricts2016), $"'{code}' is not a district.");
    }

    private const string NonLeapYear = "2001-";

    private static ValidationResult Error(string member, string message) => new($"{Section}:{member}: {message}", [member]);
}

public sealed class DatedAmountOption
{
    public DateOnly From { get; set; }

    public decimal Amount { get; set; }

    public string? Basis { get; set; }
}

public sealed class RewardGradeOption
{
    public string Award { get; set; } = "";

    public decimal Person { get; set; }

    public decimal Collective { get; set; }
}

public sealed class RewardScaleOption
{
    public DateOnly From { get; set; }

    public string? Basis { get; set; }

    public RewardGradeOption? Province { get; set; }

    public RewardGradeOption? District { get; set; }

    public RewardGradeOption? Commune { get; set; }

    public RewardGradeOption? Grade(string level) => level switch
    {
        "Province" => Province,
        "District" => District,
        _ => Commune,
    };

    public IReadOnlyDictionary<UnitLevel, RewardGrade> Grades() => new Dictionary<UnitLevel, RewardGrade>
    {
        [UnitLevel.Province] = ToGrade(Province!),
        [UnitLevel.District] = ToGrade(District!),
        [UnitLevel.Commune] = ToGrade(Commune!),
    };

    private static RewardGrade ToGrade(RewardGradeOption option) => new(option.Award, option.Person, option.Collective);
}

public sealed class RewardQuotaOption
{
    public int? Count { get; set; }

    public decimal? Share { get; set; }

    public int? Cap { get; set; }
}

/// <summary>Quotas by level and title key (<c>Commune:family</c>), whether an entity commended at one review counts again at the next, and the decision that sets them.</summary>
public sealed class RewardsOption
{
    public Dictionary<string, RewardQuotaOption> Province { get; set; } = [];

    public Dictionary<string, RewardQuotaOption> District { get; set; } = [];

    public Dictionary<string, RewardQuotaOption> Commune { get; set; } = [];

    public bool CommendAgain { get; set; }

    public string? Basis { get; set; }

    public IEnumerable<(string Level, Dictionary<string, RewardQuotaOption> Titles)> Levels() =>
        [("Province", Province), ("District", District), ("Commune", Commune)];
}

/// <summary>The two signatures of an estimate: who drew it up (<i>Người lập</i>) and who approves it.</summary>
public sealed class EstimateSigners
{
    public string Place { get; set; } = "Phan Thiết";

    public string DrafterTitle { get; set; } = "NGƯỜI LẬP DỰ TOÁN";

    public string? DrafterName { get; set; }

    public string ApproverTitle { get; set; } = "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH";

    public string? ApproverName { get; set; }
}
