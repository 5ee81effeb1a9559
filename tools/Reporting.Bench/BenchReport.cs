using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Spectre.Console;

namespace Reporting.Bench;

/// <summary>One line of the bench's table: what was measured, how much, and the target it is held to.</summary>
public sealed record BenchLine(string Stage, string Measure, double Value, string Unit, string? Target = null, bool? Pass = null);

/// <summary>What one <c>reporting bench</c> run measured, as printed and as written to JSON.</summary>
/// <remarks><see cref="StageSeconds"/> is each stage's wall time, what a larger run's growth per stage is held against.</remarks>
public sealed record BenchReport(
    int Scale, int Households, long Rows, double PipelineSeconds, long PeakBytes, string Machine, IReadOnlyList<BenchLine> Lines,
    IReadOnlyDictionary<string, double>? StageSeconds = null)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public bool AllPass => Lines.All(l => l.Pass != false);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static BenchReport FromJson(string json) => JsonSerializer.Deserialize<BenchReport>(json, Json)
        ?? throw new InvalidDataException("Not a bench report.");

    public Table ToTable()
    {
        var table = new Table().AddColumns("stage", "measure", "value", "target", "");
        foreach (var line in Lines)
            table.AddRow(
                Markup.Escape(line.Stage),
                Markup.Escape(line.Measure),
                Markup.Escape(Format(line.Value) + (line.Unit.Length > 0 ? " " + line.Unit : "")),
                Markup.Escape(line.Target ?? ""),
                line.Pass switch { true => "[green]PASS[/]", false => "[red]FAIL[/]", _ => "" });
        return table;
    }

    private static string Format(double value) => value switch
    {
        _ when value == Math.Floor(value) => value.ToString("N0", CultureInfo.InvariantCulture),
        >= 1000 => value.ToString("N0", CultureInfo.InvariantCulture),
        >= 100 => value.ToString("0.0", CultureInfo.InvariantCulture),
        _ => value.ToString("0.00", CultureInfo.InvariantCulture),
    };
}
