using Reporting.Domain.Costs;
using Reporting.Domain.Figures;
using Reporting.Domain.Programme;
using Reporting.Domain.Registers;
using Reporting.Domain.Titles;
using Reporting.Domain.Units;
using Reporting.Figures;
using Reporting.Figures.Snapshots;
using Reporting.Reports.Conference;
using static Reporting.Reports.Output.Vietnamese;

namespace Reporting.Reports.Costs;

/// <summary>One line of an estimate: an item for one unit, its quantity with the reason for it, and its price.</summary>
public sealed record CostLine(UnitLevel Level, string UnitCode, string UnitName, string DistrictCode, CostItem Item, decimal Quantity, UnitCost Price, string Basis)
{
    public decimal Amount => Money.Amount(Quantity, Price.Amount);
}

/// <summary>
/// The yearly estimate (dự toán kinh phí) of every level for year Y, from the figures of the year
/// before (the latest complete year when the estimate is made; the first programme year uses its own)
/// and from the plan's calendar: a review conference in the year of a review (a one-year review in
/// the configured districts only, a longer one at every level), the regional discussions (tọa đàm)
/// by kind of area, the Circular 44 inspections, commendation of the exemplars of a review's window
/// where the review rewards them.
/// </summary>
public sealed class CostEstimator(CostSettings settings, UnitDirectory units, ProgrammeCalendar calendar)
{
    public CostSettings Settings => settings;

    private UnitDirectory Units => units;

    public ProgrammePeriod Programme => calendar.Period;

    private ProgrammeCalendar Calendar => calendar;

    public async Task<IReadOnlyList<CostLine>> EstimateAsync(int year, RunSnapshots figures, CancellationToken cancellationToken)
    {
        var baseYear = BaseYear(year);
        var baseRows = await figures.FiguresAsync(FiguresPeriod.Year(baseYear), cancellationToken);
        var window = calendar.ReviewIn(year) is { Rewards: true } review
            ? await figures.FiguresAsync(FiguresPeriod.Window(review.FromYear, year), cancellationToken)
            : [];
        return Estimate(year, baseRows, window);
    }

    /// <summary>
    /// The lines of year Y from the figures of its base year (<see cref="BaseYear"/>) and, in a year
    /// whose review rewards exemplars, those of the review's window.
    /// </summary>
    public IReadOnlyList<CostLine> Estimate(int year, IReadOnlyList<FigureRow> baseRows, IReadOnlyList<FigureRow> window) =>
        new YearEstimate(this, year, BaseYear(year), baseRows, window).Lines();

    public int BaseYear(int year) => Math.Max(calendar.Period.FirstYear, year - 1);

    /// <summary>Everything one year's estimate is computed from.</summary>
    private sealed class YearEstimate(CostEstimator estimator, int year, int baseYear, IReadOnlyList<FigureRow> baseRows, IReadOnlyList<FigureRow> window)
    {
        private readonly CostSettings _settings = estimator.Settings;
        private readonly Review? _review = estimator.Calendar.ReviewIn(year);

        /// <summary>A review longer than a year is held at every level; a one-year review only in the configured districts.</summary>
        private bool ReviewedEverywhere => _review is { WindowYears: > 1 };

        private bool Reviewed(string districtCode) => ReviewedEverywhere || (_review is not null && _settings.FirstReviewDistricts.Contains(districtCode));
        private readonly List<CostLine> _lines = [];

        public IReadOnlyList<CostLine> Lines()
        {
            var province = estimator.Units.In(year, UnitLevel.Province).Single();
            var districts = estimator.Units.In(year, UnitLevel.District).OrderBy(d => d.Code, StringComparer.Ordinal).ToList();
            var communes = estimator.Units.In(year, UnitLevel.Commune).OrderBy(c => c.Code, StringComparer.Ordinal).ToList();
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
            Add(unit, districtCode, item, quantity, _settings.Cost(priceKey), basis);

        private void Add(AdministrativeUnit unit, string districtCode, CostItem item, decimal quantity, UnitCost price, string basis) =>
            _lines.Add(new CostLine(unit.Level, unit.Code, unit.Name, districtCode, item, quantity, price, basis));

        private FigureRow? Row(string unitCode, Title title, IReadOnlyList<FigureRow> rows) =>
            rows.FirstOrDefault(r => r.UnitCode == unitCode && r.Title == title);

        private long Villages(string unitCode) => Row(unitCode, Title.Community, baseRows)?.Eligible ?? 0;

        private void Province(AdministrativeUnit province, List<AdministrativeUnit> districts, List<AdministrativeUnit> communes)
        {
            var code = province.Code;
            var villages = Villages(code);
            Add(province, code, CostItem.Materials, districts.Count + communes.Count + villages, UnitCostKey.Materials,
                $"một bộ cho mỗi huyện, xã, thôn năm {year}: {Number(districts.Count)} + {Number(communes.Count)} + {Number(villages)} thôn (số liệu năm {baseYear})");
            var trainees = districts.Count * _settings.TraineesPerDistrict * _settings.TrainingDays;
            Add(province, code, CostItem.Training, trainees, UnitCostKey.MealProvince,
                $"{Number(districts.Count)} huyện × {_settings.TraineesPerDistrict} học viên × {_settings.TrainingDays} ngày");
            Add(province, code, CostItem.Deployment, _settings.DeploymentParticipantsProvince, UnitCostKey.MealProvince,
                $"hội nghị triển khai cấp tỉnh: {_settings.DeploymentParticipantsProvince} đại biểu × 1 ngày");
            Add(province, code, CostItem.Inspection, districts.Count, UnitCostKey.InspectionProvince, $"kiểm tra {Number(districts.Count)} huyện, mỗi huyện một lượt");
            if (ReviewedEverywhere)
                Conference(province, code, _settings.ConferenceParticipantsProvince, UnitCostKey.MealProvince, UnitCostKey.ConferenceProvince);
            if (year == estimator.Calendar.DiscussionYear)
            {
                var kinds = communes.Select(c => c.Area).OfType<AreaKind>().Distinct().Order().ToList();
                Add(province, code, CostItem.DiscussionMeals(year), kinds.Count * _settings.DiscussionParticipants, UnitCostKey.MealProvince,
                    $"{kinds.Count} buổi tọa đàm ({List(kinds.Select(k => k.VietnameseName().ToLowerInvariant()).ToList())}) × {_settings.DiscussionParticipants} đại biểu");
                Add(province, code, CostItem.DiscussionOrganisation(year), kinds.Count, UnitCostKey.Discussion, $"một buổi cho mỗi vùng: {kinds.Count} vùng");
            }
        }

        private void District(AdministrativeUnit district, List<AdministrativeUnit> communes)
        {
            var code = district.Code;
            Add(district, code, CostItem.Training, communes.Count * _settings.TraineesPerCommune * _settings.TrainingDays, UnitCostKey.MealDistrict,
                $"{Number(communes.Count)} xã × {_settings.TraineesPerCommune} học viên × {_settings.TrainingDays} ngày");
            Add(district, code, CostItem.Deployment, _settings.DeploymentParticipantsDistrict, UnitCostKey.MealDistrict,
                $"hội nghị triển khai cấp huyện: {_settings.DeploymentParticipantsDistrict} đại biểu × 1 ngày");
            Add(district, code, CostItem.Inspection, communes.Count, UnitCostKey.InspectionDistrict, $"kiểm tra {Number(communes.Count)} xã, mỗi xã một lượt");
            if (Reviewed(code))
                Conference(district, code, _settings.ConferenceParticipantsDistrict, UnitCostKey.MealDistrict, UnitCostKey.ConferenceDistrict);
            if (year == estimator.Calendar.Circular44InspectionYear)
                Add(district, code, CostItem.Circular44Inspections(year), communes.Count, UnitCostKey.Circular44Inspection,
                    $"kiểm tra, đánh giá {Number(communes.Count)} xã theo Thông tư 44/2014/TT-BGDĐT");
        }

        private void Commune(AdministrativeUnit commune, AdministrativeUnit district)
        {
            var code = commune.Code;
            var known = baseRows.Any(r => r.UnitCode == code);
            var source = known ? $"năm {baseYear}" : $"năm {baseYear} (xã chưa có số liệu năm này)";
            var villages = Villages(code);
            Add(commune, district.Code, CostItem.Propaganda, villages, UnitCostKey.Propaganda, $"số thôn, khu phố {source}: {Number(villages)}");
            var forms = TitleKeys.Recognized.Select(t => Projected(Row(code, t, baseRows), r => r.Registered)).ToList();
            Add(commune, district.Code, CostItem.RegistrationForms, forms.Sum(f => f.Quantity), UnitCostKey.RegistrationForm,
                $"đăng ký {source} × (1 + {Growth}), không quá tổng số: " + string.Join("; ", TitleKeys.Recognized.Select((t, i) => $"{t.Names().Short} {forms[i].Text}")));
            CostItem[] certificates = [CostItem.FamilyCertificates, CostItem.ClanCertificates, CostItem.CommunityCertificates, CostItem.UnitCertificates];
            for (var t = 0; t < TitleKeys.Recognized.Count; t++)
            {
                var projected = Projected(Row(code, TitleKeys.Recognized[t], baseRows), r => r.Recognized ?? 0);
                Add(commune, district.Code, certificates[t], projected.Quantity, UnitCostKey.Certificate,
                    $"công nhận {source} × (1 + {Growth}), không quá tổng số: {projected.Text}");
            }
            Add(commune, district.Code, CostItem.Training, villages * _settings.TraineesPerVillage * _settings.TrainingDays, UnitCostKey.MealCommune,
                $"{Number(villages)} thôn × {_settings.TraineesPerVillage} học viên × {_settings.TrainingDays} ngày");
            Add(commune, district.Code, CostItem.Deployment, _settings.DeploymentParticipantsCommune, UnitCostKey.MealCommune,
                $"hội nghị triển khai cấp xã: {_settings.DeploymentParticipantsCommune} đại biểu × 1 ngày");
            if (Reviewed(district.Code))
                Conference(commune, district.Code, _settings.ConferenceParticipantsCommune, UnitCostKey.MealCommune, UnitCostKey.ConferenceCommune);
            if (_review is { Rewards: true })
                Rewards(commune, district.Code);
        }

        private void Conference(AdministrativeUnit unit, string districtCode, int participants, UnitCostKey meal, UnitCostKey organisation)
        {
            var kind = ConferenceKind.Of(_review!, estimator.Calendar).ShortTitle;
            Add(unit, districtCode, CostItem.ConferenceMeals, participants, meal, $"hội nghị {kind}: {Number(participants)} đại biểu × 1 ngày");
            Add(unit, districtCode, CostItem.ConferenceOrganisation, 1, organisation, $"một hội nghị {kind}");
        }

        private void Rewards(AdministrativeUnit commune, string districtCode)
        {
            var salaryDay = new DateOnly(year, 12, 31);
            var salary = _settings.BaseSalary.On(salaryDay);
            var person = new UnitCost(UnitCostKey.RewardPerson, "Giấy khen kèm tiền thưởng, cá nhân và hộ gia đình", _settings.PersonCoefficient * salary, "đ/hộ",
                $"Nghị định 91/2017/NĐ-CP: {_settings.PersonCoefficient.ToString("0.##", Culture)} × lương cơ sở {Number((long)salary)} đ (ngày {Date(salaryDay)})");
            var collective = new UnitCost(UnitCostKey.RewardCollective, "Giấy khen kèm tiền thưởng, tập thể", _settings.CollectiveCoefficient * salary, "đ/tập thể",
                $"Nghị định 91/2017/NĐ-CP: {_settings.CollectiveCoefficient.ToString("0.##", Culture)} × lương cơ sở {Number((long)salary)} đ (ngày {Date(salaryDay)})");
            CostItem[] items = [CostItem.FamilyRewards, CostItem.ClanRewards, CostItem.CommunityRewards, CostItem.UnitRewards];
            for (var t = 0; t < TitleKeys.Recognized.Count; t++)
            {
                var exemplary = Row(commune.Code, TitleKeys.Recognized[t], window)?.Exemplary ?? 0;
                Add(commune, districtCode, items[t], exemplary, t == 0 ? person : collective,
                    $"{TitleKeys.Recognized[t].Names().Short} tiêu biểu {_review!.FromYear}–{year} (công nhận đủ các năm): {Number(exemplary)}");
            }
        }

        private string Growth => _settings.GrowthPercent.ToString("0.##", Culture) + "%";

        /// <summary>Last year's count grown by the configured rate, rounded up, capped by the eligible count.</summary>
        private (long Quantity, string Text) Projected(FigureRow? row, Func<FigureRow, long> count)
        {
            if (row is null)
                return (0, "0");
            var grown = (long)Math.Ceiling(count(row) * (1 + _settings.GrowthPercent / 100m));
            var quantity = Math.Min(grown, row.Eligible);
            return (quantity, $"{Number(count(row))} → {Number(quantity)}" + (grown > row.Eligible ? $" (tối đa {Number(row.Eligible)})" : ""));
        }

    }
}
