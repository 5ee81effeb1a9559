using System.Data.Common;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Reporting.Data.Model;
using Reporting.Domain.Titles;
using Reporting.Domain.Units;

namespace Reporting.Data.Figures;

/// <summary>Runs <c>YearFigures.sql</c>: one statement, all levels, computed by the database.</summary>
public static class YearFiguresQuery
{
    private static readonly string Sql = ReadSql();

    public static async IAsyncEnumerable<FigureRow> RunAsync(
        ReportingDbContext db, int year, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
            await db.Database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = Sql;
        AddParameter(command, "@year", year);
        AddParameter(command, "@jan1", new DateOnly(year, 1, 1));
        AddParameter(command, "@asof", DateOnly.MaxValue);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var period = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        while (await reader.ReadAsync(cancellationToken))
            yield return Read(reader, period);
    }

    private static FigureRow Read(DbDataReader reader, string period)
    {
        var level = (UnitLevel)Convert.ToInt32(reader.GetValue(0));
        var title = (Title)Convert.ToInt32(reader.GetValue(4));
        long Count(int ordinal) => Convert.ToInt64(reader.GetValue(ordinal));
        var classified = title == Title.CommuneCommunity;
        return new FigureRow(
            period,
            level,
            reader.GetString(1),
            reader.GetString(2),
            reader.IsDBNull(3) ? null : reader.GetString(3),
            title,
            Eligible: Count(5),
            Registered: Count(6),
            Evaluated: Count(7),
            Passed: classified ? null : Count(8),
            Recognized: classified ? null : Count(9),
            Good: classified ? Count(10) : null,
            Fair: classified ? Count(11) : null,
            Average: classified ? Count(12) : null,
            Unclassified: classified ? Count(13) : null,
            RejectedRows: level == UnitLevel.Village ? null : Count(14));
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static string ReadSql()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("YearFigures.sql", StringComparison.Ordinal));
        using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
        return reader.ReadToEnd();
    }
}
