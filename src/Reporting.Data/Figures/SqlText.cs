using System.Data.Common;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Reporting.Data.Model;

namespace Reporting.Data.Figures;

/// <summary>The figure queries: SQL files shipped in the assembly, run with named parameters.</summary>
internal static class SqlText
{
    public static string Read(string fileName)
    {
        var assembly = Assembly.GetExecutingAssembly();
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
        command.CommandText = sql;
        command.CommandTimeout = db.Database.GetCommandTimeout() ?? 600;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    public static long? NullableCount(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : Convert.ToInt64(reader.GetValue(ordinal));
}
