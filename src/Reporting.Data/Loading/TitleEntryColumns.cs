using NpgsqlTypes;
using Reporting.Data.Model;

namespace Reporting.Data.Loading;

/// <summary>The columns of <c>title_entries</c> that a bulk load writes, with their values and PostgreSQL types.</summary>
internal static class TitleEntryColumns
{
    public sealed record Column(string Name, NpgsqlDbType Type, Func<TitleEntryRow, object?> Value);

    public static IReadOnlyList<Column> All { get; } =
    [
        new("commune_code", NpgsqlDbType.Text, e => e.CommuneCode),
        new("year", NpgsqlDbType.Integer, e => e.Year),
        new("title", NpgsqlDbType.Integer, e => (int)e.Title),
        new("code", NpgsqlDbType.Text, e => e.Code),
        new("name", NpgsqlDbType.Text, e => e.Name),
        new("village_code", NpgsqlDbType.Text, e => e.VillageCode),
        new("household_count", NpgsqlDbType.Integer, e => e.HouseholdCount),
        new("kind", NpgsqlDbType.Text, e => e.Kind),
        new("old_code", NpgsqlDbType.Text, e => e.OldCode),
        new("entity_key", NpgsqlDbType.Text, e => e.EntityKey),
        new("registered", NpgsqlDbType.Boolean, e => e.Registered),
        new("registered_on", NpgsqlDbType.Date, e => e.RegisteredOn),
        new("score", NpgsqlDbType.Numeric, e => e.Score),
        new("result", NpgsqlDbType.Integer, e => (int?)e.Result),
        new("evaluated_on", NpgsqlDbType.Date, e => e.EvaluatedOn),
        new("recognized", NpgsqlDbType.Boolean, e => e.Recognized),
        new("decision_number", NpgsqlDbType.Text, e => e.DecisionNumber),
        new("recognized_on", NpgsqlDbType.Date, e => e.RecognizedOn),
        new("note", NpgsqlDbType.Text, e => e.Note),
        new("register_file_id", NpgsqlDbType.Bigint, e => e.RegisterFileId),
        new("source_row", NpgsqlDbType.Integer, e => e.SourceRow),
    ];

    public static string NameList => string.Join(", ", All.Select(c => c.Name));
}
