namespace Reporting.Reports.Conference;

// What a conference report template sees (templates/README.md), in snake_case:
// counts are numbers, shares are percents with one decimal (49.0), text is plain and is escaped
// when written. Format with vi.number, vi.percent, vi.points and vi.gap.

/// <summary>One pack: the province or one district, for one conference.</summary>
public sealed record PackModel(
    string UnitCode,
    string UnitName,
    bool IsProvince,
    string ChildLevel,
    int Year,
    int FromYear,
    int ToYear,
    int WindowYears,
    string Title,
    string ShortTitle,
    string Window,
    string CutOff,
    string YearCutOff,
    IReadOnlyList<TitleSummary> Titles,
    IReadOnlyList<ChildRow> Children,
    IReadOnlyList<AreaRow> Areas,
    IReadOnlyList<ExemplarGroup> Exemplars,
    IReadOnlyList<Circular44Year> Circular44,
    IReadOnlyList<Circular44Commune> Circular44Communes,
    IReadOnlyList<string> Findings,
    IReadOnlyList<string> Shortfalls,
    string? Mergers,
    IReadOnlyList<ChartImage> Charts,
    IReadOnlyList<CostYear> Costs,
    int ProgrammeFrom,
    int ProgrammeTo,
    int Circular44Year,
    bool InspectionInWindow,
    bool ComparesAreas,
    string WindowYearsInWords,
    int TargetYear)
{
    /// <summary>Whether the pack's figures are closed, and since when (<see cref="Output.ClosedFigures"/>).</summary>
    public string Closing { get; init; } = "";
}

/// <summary>The estimate of one year of the window for the unit (a district with its communes), in đồng.</summary>
public sealed record CostYear(int Year, long Amount);

/// <summary>A title over the window: the last year's counts, the window counts and the yearly series.</summary>
public sealed record TitleSummary(
    string Key,
    string Name,
    string EligibleLabel,
    long Eligible,
    long Registered,
    long Recognized,
    decimal? RegisteredPercent,
    decimal? RecognizedPercent,
    decimal? Target,
    decimal? Gap,
    long RecognizedAny,
    long RecognizedEveryYear,
    long Exemplary,
    IReadOnlyList<YearPoint> Series);

public sealed record YearPoint(int Year, long Eligible, long Registered, long Recognized, decimal? RegisteredPercent, decimal? RecognizedPercent);

/// <summary>The counts of one title for one unit in the window's last year, with its exemplars.</summary>
public sealed record TitleCell(string Key, long Eligible, long Registered, long Recognized, decimal? RecognizedPercent, decimal? Target, decimal? Gap, long Exemplary);

/// <summary>A district of the province, or a commune of the district; with its families' recognised share in the window's first year.</summary>
public sealed record ChildRow(string Code, string Name, string Area, IReadOnlyList<TitleCell> Cells, decimal? FamilyFirstPercent, string? District = null);

/// <summary>The communes of one kind of area taken together.</summary>
public sealed record AreaRow(string Area, int Communes, IReadOnlyList<TitleCell> Cells);

/// <summary>The exemplars of one title: how many ("12 gia đình": <see cref="Count"/> <see cref="Noun"/>), and (for clans, communities and units) who.</summary>
public sealed record ExemplarGroup(string Key, string Name, string Noun, long Count, IReadOnlyList<NamedExemplar> Named);

public sealed record NamedExemplar(string Title, string District, string Commune, string? Village, string? VillageName, string Code, string Name, string Years, string Decisions);

public sealed record Circular44Year(int Year, int Communes, long Assessed, long Good, long Fair, long Average, long Unclassified);

public sealed record Circular44Commune(string District, string Code, string Name, IReadOnlyList<string> Classes);

/// <summary>A chart of the pack, as files for slides and as a data URI the report embeds.</summary>
public sealed record ChartImage(string Name, string Caption, string PngFile, string SvgFile, string DataUri);
