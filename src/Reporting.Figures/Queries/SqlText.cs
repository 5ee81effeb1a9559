using System.Data.Common;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Reporting.Data.Model;
using Reporting.Domain.Circular44;
using Reporting.Domain.Registers;
using Reporting.Domain.Titles;
using Reporting.Domain.Units;

namespace Reporting.Figures.Queries;

/// <summary>
/// SQL files shipped in an assembly (the figure queries in this one), run with named parameters.
/// The stored values of the domain's enums are parameters too (<c>@family</c>, <c>@commune</c>,
/// <c>@good</c>…), bound from the enums themselves, so no number in a query stands for a title.
/// </summary>
public static partial class SqlText
{
    private static readonly IReadOnlyDictionary<string, object> Constants = new Dictionary<string, object>
    {
        ["@family"] = (int)Title.Family,
        ["@clan"] = (int)Title.Clan,
        ["@community"] = (int)Title.Community,
        ["@learning_unit"] = (int)Title.LearningUnit,
        ["@commune_community"] = (int)Title.CommuneCommunity,
        ["@province"] = (int)UnitLevel.Province,
        ["@district"] = (int)UnitLevel.District,
        ["@commune"] = (int)UnitLevel.Commune,
        ["@village"] = (int)UnitLevel.Village,
        ["@good"] = (int)Classification.Good,
        ["@fair"] = (int)Classification.Fair,
        ["@average"] = (int)Classification.Average,
        ["@unclassified"] = (int)Classification.Unclassified,
        ["@passed"] = (int)EvaluationResult.Passed,
        ["@error"] = (int)IssueSeverity.Error,
        ["@rejected"] = FileOutcome.Rejected.ToString(),
        ["@file_rejected"] = RejectedRowsQuery.WholeFile,
    };

    public static string Read(string fileName, Assembly? shippedIn = null)
    {
        var assembly = shippedIn ?? typeof(SqlText).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("." + fileName, StringComparison.Ordinal));
        using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
        return reader.ReadToEnd();
    }

    public static async Task<DbCommand> CommandAsync(ReportingDbContext db, string sql, IReadOnlyDictionary<string, object> parameters, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
            await db.Database.OpenConnectionAsync(cancellationToken);
        var command = connection.CreateCommand();
        // Inside a transaction of the context (a dry run's), the query sees what it has written; SQLite insists on being told.
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = sql;
        command.CommandTimeout = db.Database.GetCommandTimeout() ?? 600;
        var named = ParameterName().Matches(sql).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var (name, value) in parameters.Concat(Constants.Where(c => named.Contains(c.Key))))
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    public static long? NullableCount(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : Convert.ToInt64(reader.GetValue(ordinal));

    [GeneratedRegex(@"@[a-z_0-9]+")]
    private static partial Regex ParameterName();
}
