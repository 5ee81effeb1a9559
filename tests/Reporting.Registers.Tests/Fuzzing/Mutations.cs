using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Reporting.Registers.Tests.Fuzzing;

/// <summary>
/// Ways a register can arrive broken or hostile, each drawn from a seeded random source so that a
/// failing input can be made again from its seed: the zip's bytes flipped or cut, cell values
/// replaced with random, huge or control-character text, XML nested deeper than any parser's stack,
/// entity definitions that expand a billion times or read a local file.
/// </summary>
internal static partial class Mutations
{
    public delegate byte[] Mutation(byte[] input, Random random);

    public static readonly IReadOnlyList<(string Name, Mutation Apply)> OfWorkbook =
    [
        ("flip bytes", FlipBytes),
        ("truncate", Truncate),
        ("random cell text", (input, random) => RewriteXml(input, random, xml => ReplaceValues(xml, random, () => XmlText(RandomText(random, random.Next(0, 40))), everyOne: false))),
        ("control characters in cells", (input, random) => RewriteXml(input, random, xml => ReplaceValues(xml, random, () => RandomText(random, random.Next(0, 40)), everyOne: false))),
        ("huge cell text", (input, random) => RewriteXml(input, random, xml => ReplaceValues(xml, random, () => new string('Ư', random.Next(1, 3) * 1_000_000), everyOne: false))),
        ("unescaped markup in cells", (input, random) => RewriteXml(input, random, xml => ReplaceValues(xml, random, () => "<&\"'>]]>", escape: false))),
        ("deep nesting", (input, random) => RewriteXml(input, random, xml => Nest(xml, random.Next(10_000, 200_000)))),
        ("billion laughs", (input, random) => RewriteXml(input, random, xml => WithDoctype(xml, BillionLaughs))),
        ("external entity", (input, random) => RewriteXml(input, random, xml => WithDoctype(xml, ExternalEntity))),
    ];

    public static readonly IReadOnlyList<(string Name, Mutation Apply)> OfCsv =
    [
        ("flip bytes", FlipBytes),
        ("truncate", Truncate),
        ("random fields", (input, random) => Encoding.UTF8.GetBytes(RandomFields(Encoding.UTF8.GetString(input), random))),
        ("huge field", (input, random) => Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(input) + "\n\"" + new string('x', random.Next(1, 4) * 1_000_000))),
        ("random bytes", (input, random) => { var bytes = new byte[random.Next(0, 4096)]; random.NextBytes(bytes); return bytes; }),
    ];

    /// <summary>What an external entity would bring in if a reader resolved it.</summary>
    public const string SecretMarker = "fuzz-secret-9f4c";

    public static string SecretFile { get; } = WriteSecret();

    private static string BillionLaughs =>
        "<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
        + string.Concat(Enumerable.Range(1, 9).Select(i => $"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat(i == 1 ? "&lol;" : $"&lol{i - 1};", 10))}\">"))
        + "]>";

    private static string ExternalEntity => $"<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file://{SecretFile}\">]>";

    private static string WriteSecret()
    {
        var path = Path.Combine(Path.GetTempPath(), $"fuzz-secret-{Environment.ProcessId}.txt");
        File.WriteAllText(path, SecretMarker);
        return path;
    }

    private static byte[] FlipBytes(byte[] input, Random random)
    {
        var output = (byte[])input.Clone();
        for (var i = random.Next(1, 17); i > 0; i--)
            output[random.Next(output.Length)] ^= (byte)random.Next(1, 256);
        return output;
    }

    private static byte[] Truncate(byte[] input, Random random) => input[..random.Next(0, input.Length)];

    /// <summary>Rewrites one XML part of the package (a sheet or the shared strings), leaving the zip itself sound.</summary>
    private static byte[] RewriteXml(byte[] input, Random random, Func<string, string> rewrite)
    {
        using var buffer = new MemoryStream();
        buffer.Write(input);
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            var parts = zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal) || e.FullName == "xl/sharedStrings.xml").ToList();
            var part = parts[random.Next(parts.Count)];
            string xml;
            using (var reader = new StreamReader(part.Open()))
                xml = reader.ReadToEnd();
            var name = part.FullName;
            part.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
            writer.Write(rewrite(xml));
        }
        return buffer.ToArray();
    }

    private static string ReplaceValues(string xml, Random random, Func<string> value, bool everyOne = true, bool escape = true) =>
        CellValue().Replace(xml, match =>
            (everyOne ? random.Next(3) == 0 : random.Next(20) == 0)
                ? $"{match.Groups["open"].Value}{(escape ? System.Security.SecurityElement.Escape(value()) : value())}{match.Groups["close"].Value}"
                : match.Value);

    private static string Nest(string xml, int depth)
    {
        var at = xml.IndexOf("<sheetData>", StringComparison.Ordinal) is var sheetData and >= 0 ? sheetData + "<sheetData>".Length : xml.IndexOf("<si>", StringComparison.Ordinal);
        if (at < 0)
            at = xml.Length;
        return xml[..at] + string.Concat(Enumerable.Repeat("<x>", depth)) + string.Concat(Enumerable.Repeat("</x>", depth)) + xml[at..];
    }

    /// <summary>A DOCTYPE after the XML declaration, and its entities used where a value is read.</summary>
    private static string WithDoctype(string xml, string doctype)
    {
        var declarationEnd = xml.StartsWith("<?xml", StringComparison.Ordinal) ? xml.IndexOf("?>", StringComparison.Ordinal) + 2 : 0;
        var entity = doctype.Contains("xxe", StringComparison.Ordinal) ? "&xxe;" : "&lol9;";
        var body = CellValue().Replace(xml[declarationEnd..], match => $"{match.Groups["open"].Value}{entity}{match.Groups["close"].Value}", 3);
        return xml[..declarationEnd] + doctype + body;
    }

    private static string RandomFields(string csv, Random random)
    {
        var lines = csv.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (random.Next(3) == 0)
            {
                var fields = lines[i].Split(lines[i].Contains(';') ? ';' : ',');
                fields[random.Next(fields.Length)] = RandomText(random, random.Next(0, 60));
                lines[i] = string.Join(',', fields);
            }
        }
        return string.Join('\n', lines);
    }

    /// <summary>The characters XML 1.0 allows, so that the part stays well-formed and the reader's row checks get the text.</summary>
    private static string XmlText(string text) => string.Concat(text.Where(System.Xml.XmlConvert.IsXmlChar));

    /// <summary>Letters, digits, Vietnamese, quotes, separators, control characters, lone surrogates.</summary>
    public static string RandomText(Random random, int length)
    {
        const string alphabet = "aZ09 ,;\"'\t\r\nđĐưƯ\u0301\u0000\u001f\u200b-/.:=+@%&<>";
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++)
            text.Append(random.Next(10) == 0 ? (char)random.Next(0xD800, 0xDFFF) : alphabet[random.Next(alphabet.Length)]);
        return text.ToString();
    }

    [GeneratedRegex(@"(?<open><(?:t|v)(?:\s[^>]*)?>)[^<]*(?<close></(?:t|v)>)")]
    private static partial Regex CellValue();
}
