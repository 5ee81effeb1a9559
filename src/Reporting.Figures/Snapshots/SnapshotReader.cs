using System.Globalization;
using System.Text;
using Reporting.Domain.Titles;
using Reporting.Domain.Units;

namespace Reporting.Figures.Snapshots;

/// <summary>
/// A stored snapshot read back into its rows: the figures pages show exactly the table the reports
/// were built from, by the export's stable column names (<see cref="Export.FigureColumns"/>).
/// </summary>
public static class SnapshotReader
{
    public static IReadOnlyList<FigureRow> Figures(string csv) => Rows(csv).Select(r => new FigureRow(
        r["period"], Level(r["level"]), r["unit_code"], r["unit_name"], NullIfEmpty(r["parent_code"]), TitleOf(r["title"]),
        Long(r["eligible"]) ?? 0, Long(r["registered"]) ?? 0, Long(r["evaluated"]) ?? 0, Long(r["passed"]), Long(r["recognized"]),
        Long(r["good"]), Long(r["fair"]), Long(r["average"]), Long(r["unclassified"]), Long(r["rejected_rows"]),
        NullIfEmpty(r["terrain"]), Long(r["recognized_any"]), Long(r["recognized_every_year"]), Long(r["exemplary"]), Decimal(r["target_pct"]))).ToList();

    public static IReadOnlyList<CompletenessRow> Completeness(string csv) => Rows(csv).Select(r => new CompletenessRow(
        r["period"], Level(r["level"]), r["unit_code"], r["unit_name"], NullIfEmpty(r["parent_code"]), Status(r["status"]),
        NullIfEmpty(r["updated_on"]) is { } updated ? DateOnly.ParseExact(updated, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
        NullIfEmpty(r["received_at"]) is { } received ? DateTime.ParseExact(received, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal) : null,
        (int?)Long(r["days_since_update"]), (int?)Long(r["rejected_rows"]),
        Long(r["communes_expected"]), Long(r["communes_submitted"]), Long(r["communes_on_time"]))).ToList();

    public static IReadOnlyList<Exemplar> Exemplars(string csv) => Rows(csv).Select(r => new Exemplar(
        r["period"], TitleOf(r["title"]), r["district_code"], r["commune_code"], NullIfEmpty(r["village_code"]), NullIfEmpty(r["village_name"]),
        r["entity_key"], r["code"], r["name"],
        r["years_recognized"].Split(';', StringSplitOptions.RemoveEmptyEntries).Select(y => int.Parse(y, CultureInfo.InvariantCulture)).ToList(),
        r["decision_numbers"].Split(';', StringSplitOptions.RemoveEmptyEntries).ToList())).ToList();

    /// <summary>The rows of a CSV the export wrote (RFC 4180: quoted fields may hold commas, quotes and line breaks), by column name.</summary>
    public static IEnumerable<CsvRecord> Rows(string csv)
    {
        using var records = Records(csv).GetEnumerator();
        if (!records.MoveNext())
            yield break;
        var columns = records.Current.Select((name, i) => (name, i)).ToDictionary(c => c.name, c => c.i, StringComparer.Ordinal);
        while (records.MoveNext())
            yield return new CsvRecord(columns, records.Current);
    }

    /// <summary>One row of a snapshot's CSV; a column the row is short of reads as empty.</summary>
    public readonly struct CsvRecord(IReadOnlyDictionary<string, int> columns, List<string> fields)
    {
        public string this[string column] => columns[column] is var i && i < fields.Count ? fields[i] : "";
    }

    private static IEnumerable<List<string>> Records(string csv)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                    quoted = false;
                else
                    field.Append(c);
            }
            else if (c == '"')
                quoted = true;
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                yield return fields;
                fields = [];
            }
            else if (c != '\r')
                field.Append(c);
        }
        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return fields;
        }
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    private static long? Long(string text) => text.Length == 0 ? null : long.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    private static decimal? Decimal(string text) => text.Length == 0 ? null : decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);

    private static UnitLevel Level(string key) => UnitLevelNames.TryParse(key, out var level) ? level : throw new FormatException($"Unknown level '{key}'.");

    private static Title TitleOf(string key) => Enum.GetValues<Title>().Single(t => t.Key() == key);

    /// <summary>The export writes the status as <see cref="CompletenessRow.StatusVietnamese"/> says it.</summary>
    private static SubmissionStatus? Status(string text) => text switch
    {
        "Đã nộp" => SubmissionStatus.Submitted,
        "Chậm" => SubmissionStatus.Late,
        "Chưa nộp" => SubmissionStatus.Missing,
        _ => null,
    };
}
