using System.Text;
using System.Text.Json;

namespace Reporting.Data.Figures;

public enum FiguresFormat
{
    Csv,
    Json,
}

/// <summary>Writes figures as a flat table, one row per (period, level, unit, title), streaming.</summary>
public static class FiguresExport
{
    public static async Task WriteAsync(IAsyncEnumerable<FigureRow> rows, FiguresFormat format, Stream output, CancellationToken cancellationToken)
    {
        if (format == FiguresFormat.Csv)
            await WriteCsvAsync(rows, output, cancellationToken);
        else
            await WriteJsonAsync(rows, output, cancellationToken);
    }

    private static async Task WriteCsvAsync(IAsyncEnumerable<FigureRow> rows, Stream output, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true) { NewLine = "\n" };
        await writer.WriteLineAsync(string.Join(',', FigureColumns.All.Select(c => c.Name)));
        await foreach (var row in rows.WithCancellation(cancellationToken))
            await writer.WriteLineAsync(string.Join(',', FigureColumns.All.Select(c => Quote(FigureColumns.Invariant(c.Value(row))))));
    }

    private static async Task WriteJsonAsync(IAsyncEnumerable<FigureRow> rows, Stream output, CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartArray();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            json.WriteStartObject();
            foreach (var column in FigureColumns.All)
            {
                switch (column.Value(row))
                {
                    case null: json.WriteNull(column.Name); break;
                    case long count: json.WriteNumber(column.Name, count); break;
                    case decimal percent: json.WriteNumber(column.Name, percent); break;
                    case var value: json.WriteString(column.Name, FigureColumns.Invariant(value)); break;
                }
            }
            json.WriteEndObject();
            if (json.BytesPending > 64 * 1024)
                await json.FlushAsync(cancellationToken);
        }
        json.WriteEndArray();
        await json.FlushAsync(cancellationToken);
    }

    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
}
