using Npgsql;
using NpgsqlTypes;
using Reporting.Data.Model;

namespace Reporting.Data.Loading;

/// <summary>The columns of <c>title_entries</c> that a bulk load writes, with their values and PostgreSQL types.</summary>
internal static class TitleEntryColumns
{
    /// <summary>A column: its value boxed (for SQLite's parameters) and a typed writer for binary COPY.</summary>
    public sealed record Column(string Name, Func<TitleEntryRow, object?> Value, Action<NpgsqlBinaryImporter, TitleEntryRow> Copy);

    public static IReadOnlyList<Column> All { get; } =
    [
        Text("commune_code", e => e.CommuneCode),
        Value("year", NpgsqlDbType.Integer, e => e.Year),
        Value("title", NpgsqlDbType.Integer, e => (int)e.Title),
        Text("code", e => e.Code),
        Text("name", e => e.Name),
        Text("village_code", e => e.VillageCode),
        Value("household_count", NpgsqlDbType.Integer, e => e.HouseholdCount),
        Text("kind", e => e.Kind),
        Text("old_code", e => e.OldCode),
        Text("entity_key", e => e.EntityKey),
        Value("registered", NpgsqlDbType.Boolean, e => e.Registered),
        Value("registered_on", NpgsqlDbType.Date, e => e.RegisteredOn),
        Value("score", NpgsqlDbType.Numeric, e => e.Score),
        Value("result", NpgsqlDbType.Integer, e => (int?)e.Result),
        Value("evaluated_on", NpgsqlDbType.Date, e => e.EvaluatedOn),
        Value("recognized", NpgsqlDbType.Boolean, e => e.Recognized),
        Text("decision_number", e => e.DecisionNumber),
        Value("recognized_on", NpgsqlDbType.Date, e => e.RecognizedOn),
        Text("note", e => e.Note),
        Value("register_file_id", NpgsqlDbType.Bigint, e => e.RegisterFileId),
        Value("source_row", NpgsqlDbType.Integer, e => e.SourceRow),
    ];

    public static string NameList => string.Join(", ", All.Select(c => c.Name));

    // Typed writes: a boxed value makes Npgsql look its converter up again for every cell.
    private static Column Text(string name, Func<TitleEntryRow, string?> value) =>
        new(name, value, (importer, row) =>
        {
            if (value(row) is { } text)
                importer.Write(text, NpgsqlDbType.Text);
            else
                importer.WriteNull();
        });

    private static Column Value<T>(string name, NpgsqlDbType type, Func<TitleEntryRow, T> value) where T : struct =>
        new(name, row => value(row), (importer, row) => importer.Write(value(row), type));

    private static Column Value<T>(string name, NpgsqlDbType type, Func<TitleEntryRow, T?> value) where T : struct =>
        new(name, row => value(row), (importer, row) =>
        {
            if (value(row) is { } present)
                importer.Write(present, type);
            else
                importer.WriteNull();
        });
}
