using System.Globalization;

namespace Reporting.Figures.Export;

/// <summary>A column of an exported table: a stable name and how to read it from a row.</summary>
public sealed record ExportColumn<T>(string Name, Func<T, object?> Value)
{
    public static string Invariant(object? value) => value switch
    {
        null => string.Empty,
        decimal number => number.ToString("0.0", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime time => time.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
