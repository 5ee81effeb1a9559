using System.Text;
using System.Text.Json;

namespace Reporting.Figures.Export;

public enum FiguresFormat
{
    Csv,
    Json,
}

/// <summary>Writes a table as CSV (UTF-8, no BOM) or a JSON array of objects, streaming.</summary>
public static class FiguresExport
{
    public static Task WriteAsync(IAsyncEnumerable<FigureRow> rows, FiguresFormat format, Stream output, CancellationToken cancellationToken) =>
        WriteAsync(rows, FigureColumns.Figures, format, output, cancellationToken);

    public static async Task WriteAsync<T>(IAsyncEnumerable<T> rows, IReadOnlyList<ExportColumn<T>> columns, FiguresFormat format, Stream output, CancellationToken cancellationToken)
    {
        if (format == FiguresFormat.Csv)
            await WriteCsvAsync(rows, columns, output, cancellationToken);
        else
            await WriteJsonAsync(rows, columns, output, cancellationToken);
    }

    private static async Task WriteCsvAsync<T>(IAsyncEnumerable<T> rows, IReadOnlyList<ExportColumn<T>> columns, Stream output, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true) { NewLine = "\n" };
        await writer.WriteLineAsync(string.Join(',', columns.Select(c => c.Name)));
        await foreach (var row in rows.WithCancellation(cancellationToken))
            await writer.WriteLineAsync(string.Join(',', columns.Select(c => Quote(ExportColumn<T>.Invariant(c.Value(row))))));
    }

    private static async Task WriteJsonAsync<T>(IAsyncEnumerable<T> rows, IReadOnlyList<ExportColumn<T>> columns, Stream output, CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartArray();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            json.WriteStartObject();
            foreach (var column in columns)
            {
                switch (column.Value(row))
                {
                    case null: json.WriteNull(column.Name); break;
                    case long count: json.WriteNumber(column.Name, count); break;
                    case int count: json.WriteNumber(column.Name, count); break;
                    case decimal percent: json.WriteNumber(column.Name, percent); break;
                    case var value: json.WriteString(column.Name, ExportColumn<T>.Invariant(value)); break;
                }
            }
            json.WriteEndObject();
            if (json.BytesPending > 64 * 1024)
                await json.FlushAsync(cancellationToken);
        }
        json.WriteEndArray();
        await json.FlushAsync(cancellationToken);
    }

    /// <summary>A CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180).</summary>
    public static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
}
