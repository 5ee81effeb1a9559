using System.Globalization;
using Reporting.Domain.Figures;
using Reporting.Domain.Registers;
using Reporting.Domain.Titles;
using Reporting.Domain.Units;
using Reporting.Figures;
using Reporting.Reports.Output;

namespace Reporting.Reports.Conference;

/// <summary>Turns the conference's figures into the pack of one unit: only sums and selections of figure rows.</summary>
public sealed class PackBuilder(
    ConferenceFigures figures, UnitDirectory units, IReadOnlyList<UnitChange> changes, TargetTable targets, IReadOnlyDictionary<int, Costs.CostPlan> costs, ProgrammePeriod programme)
{
    /// <summary>The titles the review follows; the commune-level title has its own Circular 44 section.</summary>
    public static IReadOnlyList<Title> Titles => TitleKeys.Recognized;

    private ConferenceKind Kind => figures.Kind;

    private int LastYear => Kind.Window.ToYear;

    public PackModel Build(string unitCode)
    {
        var unit = figures.Window.FirstOrDefault(r => r.UnitCode == unitCode && r.Level is UnitLevel.Province or UnitLevel.District)
            ?? throw new ArgumentException($"No figures for unit {unitCode} in {Kind.Window}.", nameof(unitCode));
        var isProvince = unit.Level == UnitLevel.Province;
        var communes = CommunesOf(unitCode, isProvince, LastYear).ToList();
        var model = new PackModel(
            unit.UnitCode, unit.UnitName, isProvince, isProvince ? "huyện" : "xã",
            Kind.Year, Kind.Window.FromYear, LastYear, Kind.Window.WindowYears, Kind.Title, Kind.ShortTitle,
            Kind.Window.WindowYears == 1 ? $"năm {LastYear}" : $"{Kind.Window.FromYear}–{LastYear}",
            CutOff.Window(Kind.Window.FromYear, LastYear),
            CutOff.Year(LastYear),
            Titles.Select(t => Summary(unitCode, t)).ToList(),
            Children(unitCode, isProvince),
            Areas(communes),
            Exemplars(unitCode, isProvince),
            Kind.Circular44Years.Select(y => Circular44(unitCode, y)).ToList(),
            Circular44Communes(unitCode, isProvince),
            [],
            [],
            Mergers(unitCode, isProvince),
            [],
            Costs(unitCode, isProvince),
            programme.FirstYear,
            programme.LastYear,
            Kind.Circular44Year,
            Kind.InspectionInWindow,
            Kind.ComparesAreas,
            Kind.WindowYearsInWords,
            targets.Year);
        return model with { Findings = Findings.For(model), Shortfalls = Findings.Shortfalls(model) };
    }

    /// <summary>
    /// Why the unit has fewer communes than a year before, once in the window or the Circular 44
    /// years: "Năm 2020, toàn tỉnh còn 124 xã, phường, thị trấn (127 năm 2019) do sắp xếp …: A và B nhập thành B".
    /// </summary>
    private string? Mergers(string unitCode, bool isProvince)
    {
        var years = Enumerable.Range(Kind.Window.FromYear, Kind.Window.WindowYears).Union(Kind.Circular44Years).Order().ToList();
        int Communes(int year) => units.In(year, UnitLevel.Commune).Count(u => isProvince || u.ParentCode == unitCode);
        var sentences = new List<string>();
        foreach (var year in years.Skip(1))
        {
            var merged = changes.Where(c => c.EffectiveDate.Year == year && (isProvince || c.DistrictCode == unitCode))
                .GroupBy(c => c.NewCode).Where(g => g.Any(c => c.IsAbsorption)).ToList();
            if (merged.Count == 0)
                continue;
            var (before, after) = (Communes(year - 1), Communes(year));
            var where = isProvince ? "toàn tỉnh" : Findings.InSentence(units.Find(unitCode, year)?.Name ?? unitCode);
            var basis = string.Join("; ", merged.SelectMany(g => g.Select(c => c.Source)).Distinct());
            sentences.Add($"Năm {year}, {where} còn {Vietnamese.Number(after)} xã, phường, thị trấn ({Vietnamese.Number(before)} năm {year - 1}) do sắp xếp đơn vị hành chính theo {basis}: "
                + string.Join("; ", merged.Select(g => $"{Vietnamese.List(g.Select(c => Findings.InSentence(c.OldName)).Distinct().ToList())} nhập thành {Findings.InSentence(g.First().NewName)}")) + ".");
        }
        return sentences.Count == 0 ? null : string.Join(" ", sentences);
    }

    private FigureRow? WindowRow(string unitCode, Title title) =>
        figures.Window.FirstOrDefault(r => r.UnitCode == unitCode && r.Level != UnitLevel.Commune && r.Title == title);

    private FigureRow? YearRow(int year, string unitCode, Title title, UnitLevel? level = null) =>
        figures.Years[year].FirstOrDefault(r => r.UnitCode == unitCode && r.Title == title && (level is null ? r.Level != UnitLevel.Commune : r.Level == level));

    private TitleSummary Summary(string unitCode, Title title)
    {
        var row = WindowRow(unitCode, title);
        var series = Enumerable.Range(Kind.Window.FromYear, Kind.Window.WindowYears).Select(year =>
        {
            var yearRow = YearRow(year, unitCode, title);
            return new YearPoint(year, yearRow?.Eligible ?? 0, yearRow?.Registered ?? 0, yearRow?.Recognized ?? 0,
                yearRow?.RegisteredPercent, yearRow?.RecognizedPercent);
        }).ToList();
        return new TitleSummary(title.Key(), title.VietnameseName(), title.Names().Counted,
            row?.Eligible ?? 0, row?.Registered ?? 0, row?.Recognized ?? 0, row?.RegisteredPercent, row?.RecognizedPercent,
            row?.TargetPercent, row?.TargetGapPercent, row?.RecognizedAny ?? 0, row?.RecognizedEveryYear ?? 0, row?.Exemplary ?? 0, series);
    }

    private List<ChildRow> Children(string unitCode, bool isProvince) =>
        Rows(isProvince ? UnitLevel.District : UnitLevel.Commune, r => r.ParentCode == unitCode);

    /// <summary>Every commune under the unit in the window's last year, in code order within each district.</summary>
    public List<ChildRow> Communes(string unitCode, bool isProvince) =>
        Rows(UnitLevel.Commune, r => isProvince || r.ParentCode == unitCode);

    private List<ChildRow> Rows(UnitLevel level, Func<FigureRow, bool> belongs) =>
        figures.Window
            .Where(r => r.Level == level && r.Title == Title.Family && belongs(r))
            .OrderBy(r => r.ParentCode, StringComparer.Ordinal).ThenBy(r => r.UnitCode, StringComparer.Ordinal)
            .Select(r => new ChildRow(r.UnitCode, r.UnitName, AreaName(r.Area),
                Titles.Select(t => Cell(figures.Window.FirstOrDefault(c => c.Level == level && c.UnitCode == r.UnitCode && c.Title == t), t)).ToList(),
                YearRow(Kind.Window.FromYear, r.UnitCode, Title.Family, level)?.RecognizedPercent, r.ParentCode))
            .ToList();

    private static TitleCell Cell(FigureRow? row, Title title) =>
        new(title.Key(), row?.Eligible ?? 0, row?.Registered ?? 0, row?.Recognized ?? 0, row?.RecognizedPercent, row?.TargetPercent, row?.TargetGapPercent, row?.Exemplary ?? 0);

    private static string AreaName(AreaKind? area) => area is { } kind ? kind.VietnameseName() : "–";

    private IEnumerable<FigureRow> CommunesOf(string unitCode, bool isProvince, int year) =>
        figures.Years[year].Where(r => r.Level == UnitLevel.Commune && (isProvince || r.ParentCode == unitCode));

    /// <summary>The communes of each kind of area summed: the comparison the plan asks for in 2018.</summary>
    private List<AreaRow> Areas(List<FigureRow> communes) =>
        communes
            .GroupBy(r => r.Area)
            .Where(g => g.Key is not null)
            .OrderBy(g => g.Key)
            .Select(g => new AreaRow(g.Key!.Value.VietnameseName(), g.Select(r => r.UnitCode).Distinct().Count(),
                Titles.Select(t => AreaCell(g.Where(r => r.Title == t).ToList(), t, g.Key.Value)).ToList()))
            .ToList();

    private TitleCell AreaCell(List<FigureRow> rows, Title title, AreaKind kind)
    {
        var (eligible, registered, recognized) = (rows.Sum(r => r.Eligible), rows.Sum(r => r.Registered), rows.Sum(r => r.Recognized ?? 0));
        var percent = FigureRow.Percent(recognized, eligible);
        var target = targets.For(title, kind);
        return new TitleCell(title.Key(), eligible, registered, recognized, percent, target, percent - target, 0);
    }

    private List<ExemplarGroup> Exemplars(string unitCode, bool isProvince) =>
        Titles.Select(title =>
        {
            // Families are too many to name in a speech: the annex lists them.
            var named = title == Title.Family ? [] : ExemplarsOf(unitCode, isProvince).Where(e => e.Title == title).Select(Named).ToList();
            return new ExemplarGroup(title.Key(), title.VietnameseName(), title.Names().Exemplars, WindowRow(unitCode, title)?.Exemplary ?? 0, named);
        }).ToList();

    public IEnumerable<Exemplar> ExemplarsOf(string unitCode, bool isProvince) =>
        figures.Exemplars.Where(e => isProvince || e.DistrictCode == unitCode);

    public NamedExemplar Named(Exemplar exemplar) => new(
        exemplar.Title.VietnameseName(), NameOf(exemplar.DistrictCode), NameOf(exemplar.CommuneCode), exemplar.VillageCode, exemplar.VillageName, exemplar.Code, exemplar.Name,
        string.Join(", ", exemplar.YearsRecognized.Select(y => y.ToString(CultureInfo.InvariantCulture))),
        string.Join("; ", exemplar.DecisionNumbers));

    private string NameOf(string code) => units.Find(code, LastYear)?.Name ?? units.Versions.LastOrDefault(u => u.Code == code)?.Name ?? code;

    private Circular44Year Circular44(string unitCode, int year)
    {
        var row = YearRow(year, unitCode, Title.CommuneCommunity);
        return new Circular44Year(year, (int)(row?.Eligible ?? 0), row?.Registered ?? 0, row?.Good ?? 0, row?.Fair ?? 0, row?.Average ?? 0, row?.Unclassified ?? 0);
    }

    private List<Circular44Commune> Circular44Communes(string unitCode, bool isProvince)
    {
        var years = Kind.Circular44Years;
        var rows = years.SelectMany(y => CommunesOf(unitCode, isProvince, y).Where(r => r.Title == Title.CommuneCommunity).Select(r => (Year: y, Row: r))).ToList();
        return rows
            .GroupBy(x => x.Row.UnitCode)
            .OrderBy(g => g.First().Row.ParentCode, StringComparer.Ordinal).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new Circular44Commune(NameOf(g.First().Row.ParentCode!), g.Key, g.Last().Row.UnitName,
                years.Select(y => g.FirstOrDefault(x => x.Year == y).Row is { } row ? ClassOf(row) : "").ToList()))
            .ToList();
    }

    /// <summary>Each year's estimate for the unit: the whole province, or a district with its communes.</summary>
    private List<CostYear> Costs(string unitCode, bool isProvince) =>
        costs.OrderBy(c => c.Key).Select(c => new CostYear(c.Key, (long)c.Value.Lines
            .Where(l => isProvince || (l.Level != UnitLevel.Province && l.Current.DistrictCode == unitCode))
            .Sum(l => l.Current.Amount))).ToList();

    private static string ClassOf(FigureRow row) =>
        row.Good > 0 ? "Tốt" : row.Fair > 0 ? "Khá" : row.Average > 0 ? "Trung bình" : row.Unclassified > 0 ? "Không xếp loại" : "Chưa đánh giá";
}
