using System.Globalization;
using Reporting.Data.Figures;
using Reporting.Data.Units;
using Reporting.Domain.Costs;
using Reporting.Domain.Figures;
using Reporting.Domain.Titles;
using Reporting.Domain.Units;
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
/// and from the plan's calendar: review conferences in 2016 (configured districts), 2018 and 2020,
/// tọa đàm by kind of area in 2018, Circular 44 inspections in 2019, commendation of the exemplars
/// of the window ending Y in 2018 and 2020.
/// </summary>
public sealed class CostEstimator(CostSettings settings, UnitDirectory units, ProgrammeYears programme)
{
    public CostSettings Settings => settings;

    private UnitDirectory Units => units;

    public ProgrammeYears Programme => programme;

    public async Task<IReadOnlyList<CostLine>> EstimateAsync(int year, FiguresCache figures, CancellationToken cancellationToken)
    {
        var baseYear = BaseYear(year);
        var baseRows = await figures.GetAsync(FiguresPeriod.Year(baseYear), cancellationToken);
        var exemplars = RewardsIn(year) ? await figures.GetAsync(FiguresPeriod.Window(programme.First, year), cancellationToken) : [];
        return new Estimate(this, year, baseYear, baseRows, exemplars).Lines();
    }

    public int BaseYear(int year) => Math.Max(programme.First, year - 1);

    public static bool ConferenceIn(int year) => year is 2018 or 2020;

    public static bool RewardsIn(int year) => ConferenceIn(year);

    /// <summary>Everything one year's estimate is computed from.</summary>
    private sealed class Estimate(CostEstimator estimator, int year, int baseYear, IReadOnlyList<FigureRow> baseRows, IReadOnlyList<FigureRow> window)
    {
        private readonly CostSettings _settings = estimator.Settings;
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

        private void Add(AdministrativeUnit unit, string districtCode, CostItem item, decimal quantity, string priceKey, string basis) =>
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
            Add(province, code, CostItem.Materials, districts.Count + communes.Count + villages, "materials",
                $"một bộ cho mỗi huyện, xã, thôn năm {year}: {Number(districts.Count)} + {Number(communes.Count)} + {Number(villages)} thôn (số liệu năm {baseYear})");
            var trainees = districts.Count * _settings.TraineesPerDistrict * _settings.TrainingDays;
            Add(province, code, CostItem.Training, trainees, "meal_province",
                $"{Number(districts.Count)} huyện × {_settings.TraineesPerDistrict} học viên × {_settings.TrainingDays} ngày");
            Add(province, code, CostItem.Deployment, _settings.DeploymentParticipantsProvince, "meal_province",
                $"hội nghị triển khai cấp tỉnh: {_settings.DeploymentParticipantsProvince} đại biểu × 1 ngày");
            Add(province, code, CostItem.Inspection, districts.Count, "inspection_province", $"kiểm tra {Number(districts.Count)} huyện, mỗi huyện một lượt");
            if (ConferenceIn(year))
                Conference(province, code, _settings.ConferenceParticipantsProvince, "meal_province", "conference_province");
            if (year == 2018)
            {
                var kinds = communes.Select(c => AreaKinds.Of(c.Terrain)).OfType<AreaKind>().Distinct().Order().ToList();
                Add(province, code, CostItem.DiscussionMeals, kinds.Count * _settings.DiscussionParticipants, "meal_province",
                    $"{kinds.Count} buổi tọa đàm ({List(kinds.Select(k => k.VietnameseName().ToLowerInvariant()).ToList())}) × {_settings.DiscussionParticipants} đại biểu");
                Add(province, code, CostItem.DiscussionOrganisation, kinds.Count, "discussion", $"một buổi cho mỗi vùng: {kinds.Count} vùng");
            }
        }

        private void District(AdministrativeUnit district, List<AdministrativeUnit> communes)
        {
            var code = district.Code;
            Add(district, code, CostItem.Training, communes.Count * _settings.TraineesPerCommune * _settings.TrainingDays, "meal_district",
                $"{Number(communes.Count)} xã × {_settings.TraineesPerCommune} học viên × {_settings.TrainingDays} ngày");
            Add(district, code, CostItem.Deployment, _settings.DeploymentParticipantsDistrict, "meal_district",
                $"hội nghị triển khai cấp huyện: {_settings.DeploymentParticipantsDistrict} đại biểu × 1 ngày");
            Add(district, code, CostItem.Inspection, communes.Count, "inspection_district", $"kiểm tra {Number(communes.Count)} xã, mỗi xã một lượt");
            if (ConferenceIn(year) || (year == 2016 && _settings.ReviewDistricts2016.Contains(code)))
                Conference(district, code, _settings.ConferenceParticipantsDistrict, "meal_district", "conference_district");
            if (year == 2019)
                Add(district, code, CostItem.Circular44Inspections, communes.Count, "circular44_inspection",
                    $"kiểm tra, đánh giá {Number(communes.Count)} xã theo Thông tư 44/2014/TT-BGDĐT");
        }

        private void Commune(AdministrativeUnit commune, AdministrativeUnit district)
        {
            var code = commune.Code;
            var known = baseRows.Any(r => r.UnitCode == code);
            var source = known ? $"năm {baseYear}" : $"năm {baseYear} (xã chưa có số liệu năm này)";
            var villages = Villages(code);
            Add(commune, district.Code, CostItem.Propaganda, villages, "propaganda", $"số thôn, khu phố {source}: {Number(villages)}");
            var forms = TitleKeys.Recognized.Select(t => Projected(Row(code, t, baseRows), r => r.Registered)).ToList();
            Add(commune, district.Code, CostItem.RegistrationForms, forms.Sum(f => f.Quantity), "registration_form",
                $"đăng ký {source} × (1 + {Growth}), không quá tổng số: " + string.Join("; ", TitleKeys.Recognized.Select((t, i) => $"{Noun(t)} {forms[i].Text}")));
            CostItem[] certificates = [CostItem.FamilyCertificates, CostItem.ClanCertificates, CostItem.CommunityCertificates, CostItem.UnitCertificates];
            for (var t = 0; t < TitleKeys.Recognized.Count; t++)
            {
                var projected = Projected(Row(code, TitleKeys.Recognized[t], baseRows), r => r.Recognized ?? 0);
                Add(commune, district.Code, certificates[t], projected.Quantity, "certificate",
                    $"công nhận {source} × (1 + {Growth}), không quá tổng số: {projected.Text}");
            }
            Add(commune, district.Code, CostItem.Training, villages * _settings.TraineesPerVillage * _settings.TrainingDays, "meal_commune",
                $"{Number(villages)} thôn × {_settings.TraineesPerVillage} học viên × {_settings.TrainingDays} ngày");
            Add(commune, district.Code, CostItem.Deployment, _settings.DeploymentParticipantsCommune, "meal_commune",
                $"hội nghị triển khai cấp xã: {_settings.DeploymentParticipantsCommune} đại biểu × 1 ngày");
            if (ConferenceIn(year) || (year == 2016 && _settings.ReviewDistricts2016.Contains(district.Code)))
                Conference(commune, district.Code, _settings.ConferenceParticipantsCommune, "meal_commune", "conference_commune");
            if (RewardsIn(year))
                Rewards(commune, district.Code);
        }

        private void Conference(AdministrativeUnit unit, string districtCode, int participants, string meal, string organisation)
        {
            var kind = ConferenceKind.For(year)!.ShortTitle;
            Add(unit, districtCode, CostItem.ConferenceMeals, participants, meal, $"hội nghị {kind}: {Number(participants)} đại biểu × 1 ngày");
            Add(unit, districtCode, CostItem.ConferenceOrganisation, 1, organisation, $"một hội nghị {kind}");
        }

        private void Rewards(AdministrativeUnit commune, string districtCode)
        {
            var salaryDay = new DateOnly(year, 12, 31);
            var salary = _settings.BaseSalary.On(salaryDay);
            var person = new UnitCost("reward_person", "Giấy khen kèm tiền thưởng, cá nhân và hộ gia đình", _settings.PersonCoefficient * salary, "đ/hộ",
                $"Nghị định 91/2017/NĐ-CP: {_settings.PersonCoefficient.ToString("0.##", Culture)} × lương cơ sở {Number((long)salary)} đ (ngày {Date(salaryDay)})");
            var collective = new UnitCost("reward_collective", "Giấy khen kèm tiền thưởng, tập thể", _settings.CollectiveCoefficient * salary, "đ/tập thể",
                $"Nghị định 91/2017/NĐ-CP: {_settings.CollectiveCoefficient.ToString("0.##", Culture)} × lương cơ sở {Number((long)salary)} đ (ngày {Date(salaryDay)})");
            CostItem[] items = [CostItem.FamilyRewards, CostItem.ClanRewards, CostItem.CommunityRewards, CostItem.UnitRewards];
            for (var t = 0; t < TitleKeys.Recognized.Count; t++)
            {
                var exemplary = Row(commune.Code, TitleKeys.Recognized[t], window)?.Exemplary ?? 0;
                Add(commune, districtCode, items[t], exemplary, t == 0 ? person : collective,
                    $"{Noun(TitleKeys.Recognized[t])} tiêu biểu {estimator.Programme.First}–{year} (công nhận đủ các năm): {Number(exemplary)}");
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

        private static string Noun(Title title) => title switch
        {
            Title.Family => "hộ",
            Title.Clan => "dòng họ",
            Title.Community => "thôn",
            _ => "đơn vị",
        };
    }
}

/// <summary>The programme's first and last year.</summary>
public sealed record ProgrammeYears(int First, int Last);
