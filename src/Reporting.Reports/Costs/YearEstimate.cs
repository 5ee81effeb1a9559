using Reporting.Domain.Costs;
using Reporting.Domain.Programme;
using Reporting.Domain.Registers;
using Reporting.Domain.Titles;
using Reporting.Domain.Units;
using Reporting.Figures;
using Reporting.Reports.Conference;
using static Reporting.Reports.Output.Vietnamese;

namespace Reporting.Reports.Costs;

/// <summary>Everything one year's estimate is computed from, and the lines it gives, each with its quantity's reason in words.</summary>
internal sealed class YearEstimate(
    CostSettings settings, UnitDirectory units, ProgrammeCalendar calendar, int year, int baseYear, IReadOnlyList<FigureRow> baseRows, ReviewCommendations? commendations)
{
    private readonly Review? _review = calendar.ReviewIn(year);
    private readonly DateOnly _drafted = settings.DraftedOn(year);
    private readonly List<CostLine> _lines = [];

    /// <summary>A review longer than a year is held at every level; a one-year review only in the configured districts.</summary>
    private bool ReviewedEverywhere => _review is { WindowYears: > 1 };

    private bool Reviewed(string districtCode) => ReviewedEverywhere || (_review is not null && settings.FirstReviewDistricts.Contains(districtCode));

    public IReadOnlyList<CostLine> Lines()
    {
        var province = units.In(year, UnitLevel.Province).Single();
        var districts = units.In(year, UnitLevel.District).OrderBy(d => d.Code, StringComparer.Ordinal).ToList();
        var communes = units.In(year, UnitLevel.Commune).OrderBy(c => c.Code, StringComparer.Ordinal).ToList();
        Province(province, districts, communes);
        foreach (var district in districts)
        {
            var own = communes.Where(c => c.ParentCode == district.Code).ToList();
            District(district, own);
            foreach (var commune in own)
                Commune(commune, district);
        }
        return _lines;
    }

    private void Add(AdministrativeUnit unit, string districtCode, CostItem item, decimal quantity, UnitCostKey priceKey, string basis) =>
        Add(unit, districtCode, item, quantity, settings.Cost(priceKey, _drafted), basis);

    private void Add(AdministrativeUnit unit, string districtCode, CostItem item, decimal quantity, UnitCost price, string basis) =>
        _lines.Add(new CostLine(unit.Level, unit.Code, unit.Name, districtCode, item, quantity, price, basis));

    private FigureRow? Row(string unitCode, Title title) => baseRows.FirstOrDefault(r => r.UnitCode == unitCode && r.Title == title);

    private long Villages(string unitCode) => Row(unitCode, Title.Community)?.Eligible ?? 0;

    /// <summary>Meal support goes to the participants not on a state payroll: the level's share of them, rounded up, for each day.</summary>
    private void Meals(AdministrativeUnit unit, string districtCode, CostItem item, long participants, int days, UnitCostKey meal, string who)
    {
        var share = settings.NonPayroll(unit.Level);
        var paid = (long)Math.Ceiling(participants * share);
        Add(unit, districtCode, item, paid * days, meal,
            $"{who}: {Number(participants)} người; hỗ trợ tiền ăn cho người không hưởng lương từ ngân sách ({CostWords.Share(share)}): {Number(paid)} người × {days} ngày");
    }

    private void Province(AdministrativeUnit province, List<AdministrativeUnit> districts, List<AdministrativeUnit> communes)
    {
        var code = province.Code;
        var villages = Villages(code);
        Add(province, code, CostItem.Materials, districts.Count + communes.Count + villages, UnitCostKey.Materials,
            $"một bộ cho mỗi huyện, xã, thôn, khu phố: {Number(districts.Count)} huyện + {Number(communes.Count)} xã + {Number(villages)} thôn, khu phố (năm {baseYear})");
        Meals(province, code, CostItem.Training, districts.Count * settings.TraineesPerDistrict, settings.TrainingDays, UnitCostKey.MealProvince,
            $"tập huấn cán bộ huyện: {Number(districts.Count)} huyện × {settings.TraineesPerDistrict} học viên");
        Meals(province, code, CostItem.Deployment, settings.DeploymentParticipantsProvince, 1, UnitCostKey.MealProvince, "hội nghị triển khai cấp tỉnh");
        Add(province, code, CostItem.Inspection, districts.Count, UnitCostKey.InspectionProvince, $"kiểm tra {Number(districts.Count)} huyện, mỗi huyện một lượt");
        if (ReviewedEverywhere)
            Conference(province, code, settings.ConferenceParticipantsProvince, UnitCostKey.MealProvince, UnitCostKey.ConferenceProvince);
        if (year == calendar.DiscussionYear)
        {
            var kinds = communes.Select(c => c.Area).OfType<AreaKind>().Distinct().Order().ToList();
            Meals(province, code, CostItem.DiscussionMeals(year), kinds.Count * settings.DiscussionParticipants, 1, UnitCostKey.MealProvince,
                $"{kinds.Count} buổi tọa đàm ({List(kinds.Select(k => k.VietnameseName().ToLowerInvariant()).ToList())}) × {settings.DiscussionParticipants} đại biểu");
            Add(province, code, CostItem.DiscussionOrganisation(year), kinds.Count, UnitCostKey.Discussion, $"một buổi cho mỗi vùng: {kinds.Count} vùng");
        }
        Rewards(province, code);
    }

    private void District(AdministrativeUnit district, List<AdministrativeUnit> communes)
    {
        var code = district.Code;
        Meals(district, code, CostItem.Training, communes.Count * settings.TraineesPerCommune, settings.TrainingDays, UnitCostKey.MealDistrict,
            $"tập huấn cán bộ xã: {Number(communes.Count)} xã × {settings.TraineesPerCommune} học viên");
        Meals(district, code, CostItem.Deployment, settings.DeploymentParticipantsDistrict, 1, UnitCostKey.MealDistrict, "hội nghị triển khai cấp huyện");
        Add(district, code, CostItem.Inspection, communes.Count, UnitCostKey.InspectionDistrict, $"kiểm tra {Number(communes.Count)} xã, mỗi xã một lượt");
        if (Reviewed(code))
            Conference(district, code, settings.ConferenceParticipantsDistrict, UnitCostKey.MealDistrict, UnitCostKey.ConferenceDistrict);
        if (year == calendar.Circular44InspectionYear)
            Add(district, code, CostItem.Circular44Inspections(year), communes.Count, UnitCostKey.Circular44Inspection,
                $"kiểm tra, đánh giá {Number(communes.Count)} xã theo Thông tư 44/2014/TT-BGDĐT");
        Rewards(district, code);
    }

    private void Commune(AdministrativeUnit commune, AdministrativeUnit district)
    {
        var code = commune.Code;
        var source = baseRows.Any(r => r.UnitCode == code) ? $"năm {baseYear}" : $"năm {baseYear} (xã chưa có số liệu năm này)";
        var villages = Villages(code);
        Add(commune, district.Code, CostItem.Propaganda, villages, UnitCostKey.Propaganda, $"số thôn, khu phố {source}: {Number(villages)}");
        var forms = TitleKeys.Recognized.Select(t => Projected(Row(code, t), r => r.Registered)).ToList();
        Add(commune, district.Code, CostItem.RegistrationForms, forms.Sum(f => f.Quantity), UnitCostKey.RegistrationForm,
            $"số đăng ký {source}: " + string.Join(", ", TitleKeys.Recognized.Select((t, i) => $"{t.Names().Short} {Number(forms[i].Count)}"))
            + $"; dự kiến tăng {Growth}, không quá số hiện có: " + string.Join(", ", TitleKeys.Recognized.Select((t, i) => $"{t.Names().Short} {forms[i].Text}")));
        CostItem[] certificates = [CostItem.FamilyCertificates, CostItem.ClanCertificates, CostItem.CommunityCertificates, CostItem.UnitCertificates];
        for (var t = 0; t < TitleKeys.Recognized.Count; t++)
        {
            var title = TitleKeys.Recognized[t];
            var projected = Projected(Row(code, title), r => r.Recognized ?? 0);
            Add(commune, district.Code, certificates[t], projected.Quantity, UnitCostKey.Certificate,
                $"số {title.Names().Counted} được công nhận {source}: {Number(projected.Count)}; dự kiến tăng {Growth}: {projected.Text}");
        }
        Meals(commune, district.Code, CostItem.Training, villages * settings.TraineesPerVillage, settings.TrainingDays, UnitCostKey.MealCommune,
            $"tập huấn cán bộ thôn: {Number(villages)} thôn, khu phố × {settings.TraineesPerVillage} học viên");
        Meals(commune, district.Code, CostItem.Deployment, settings.DeploymentParticipantsCommune, 1, UnitCostKey.MealCommune, "hội nghị triển khai cấp xã");
        if (Reviewed(district.Code))
            Conference(commune, district.Code, settings.ConferenceParticipantsCommune, UnitCostKey.MealCommune, UnitCostKey.ConferenceCommune);
        Rewards(commune, district.Code);
    }

    private void Conference(AdministrativeUnit unit, string districtCode, int participants, UnitCostKey meal, UnitCostKey organisation)
    {
        var kind = ConferenceKind.Of(_review!, calendar).ShortTitle;
        Meals(unit, districtCode, CostItem.ConferenceMeals, participants, 1, meal, $"hội nghị {kind}");
        Add(unit, districtCode, CostItem.ConferenceOrganisation, 1, organisation, $"một hội nghị {kind}");
    }

    private static readonly CostItem[] RewardItems = [CostItem.FamilyRewards, CostItem.ClanRewards, CostItem.CommunityRewards, CostItem.UnitRewards];

    /// <summary>The unit's level commends its quota of the exemplar candidates of each title, at the level's grade on the drafting day.</summary>
    private void Rewards(AdministrativeUnit unit, string districtCode)
    {
        if (commendations is null)
            return;
        for (var t = 0; t < TitleKeys.Recognized.Count; t++)
        {
            var title = TitleKeys.Recognized[t];
            if (commendations.Of(unit.Code, title) is not { } commendation)
                continue;
            Add(unit, districtCode, RewardItems[t], commendation.Number, RewardPrice(unit.Level, title), RewardBasis(unit, title, commendation));
        }
    }

    private string RewardBasis(AdministrativeUnit unit, Title title, Commendation c)
    {
        var names = title.Names();
        var review = commendations!.Review;
        var candidates = commendations.CandidatesKnown
            ? $"ứng viên: {names.Counted} được công nhận đủ các năm {YearsText(review.FromYear, commendations.CandidatesTo)}: {Number(c.Candidates)}"
            : $"ứng viên: chưa có năm nào của kỳ {review.FromYear}–{review.Year} được công nhận khi lập dự toán";
        var before = c.Before > 0 && commendations.Earlier is { } earlier ? $"; đã khen ở hội nghị năm {earlier.Year}, không tính lại: {Number(c.Before)}" : "";
        var below = c.Below > 0 ? $"; được khen ở {(unit.Level == UnitLevel.Province ? "cấp huyện, cấp xã" : "cấp xã")} năm {review.Year}: {Number(c.Below)}" : "";
        return $"{candidates}{before}{below}; định mức khen {CostWords.Level(unit.Level)}: {CostWords.Quota(c.Quota, unit.Level, names)} → {Number(c.Number)}";
    }

    private static string YearsText(int from, int to) => from == to ? $"{from}" : $"{from}–{to}";

    /// <summary>The reward per household (as an individual) or collective: the level's multiple of the base salary, both as in force on the drafting day.</summary>
    private UnitCost RewardPrice(UnitLevel level, Title title)
    {
        var scale = settings.RewardScale.On(_drafted);
        var salary = settings.BaseSalary.On(_drafted);
        var grade = scale.Value.TryGetValue(level, out var found) ? found
            : throw new InvalidOperationException($"The reward scale from {scale.From:yyyy-MM-dd} gives no grade for the {level} level.");
        var person = title == Title.Family;
        var multiple = person ? grade.Person : grade.Collective;
        var who = person ? "hộ gia đình (mức cá nhân)" : "tập thể";
        var formula = $"{multiple.ToString("0.##", Culture)} × lương cơ sở {Number((long)salary.Value)} đ, làm tròn lên hàng chục nghìn đồng";
        var basis = scale.Planned || salary.Planned ? null
            : $"{scale.Basis}; lương cơ sở theo {salary.Basis}";
        var from = scale.From > salary.From ? scale.From : salary.From;
        DateOnly? to = (scale.To, salary.To) switch
        {
            ({ } a, { } b) => a < b ? a : b,
            (var a, var b) => a ?? b,
        };
        return new UnitCost(person ? UnitCostKey.RewardPerson : UnitCostKey.RewardCollective, $"Tiền thưởng kèm {grade.Award}, {who}",
            Money.RewardUpToTenThousand(multiple * salary.Value), person ? "đ/hộ" : "đ/tập thể", basis, from, to, formula);
    }

    private string Growth => CostWords.Share(settings.GrowthPercent / 100m);

    /// <summary>Last year's count grown by the configured rate, rounded up, capped by the eligible count.</summary>
    private (long Count, long Quantity, string Text) Projected(FigureRow? row, Func<FigureRow, long> count)
    {
        if (row is null)
            return (0, 0, "0");
        var grown = (long)Math.Ceiling(count(row) * (1 + settings.GrowthPercent / 100m));
        var quantity = Math.Min(grown, row.Eligible);
        return (count(row), quantity, Number(quantity) + (grown > row.Eligible ? $" (có {Number(row.Eligible)})" : ""));
    }
}
