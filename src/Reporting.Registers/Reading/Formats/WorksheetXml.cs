using System.Buffers.Text;
using System.Text;

namespace Reporting.Registers.Reading.Formats;

/// <summary>
/// The cells of a worksheet part, scanned straight from its UTF-8 bytes. A worksheet is most of a
/// workbook and only a handful of its elements matter (<c>row</c>, <c>c</c>, <c>v</c>, <c>f</c>,
/// <c>is</c>, <c>mergeCell</c>); reading them without a general XML reader's node objects and
/// strings is what keeps reading a register near the speed of walking its bytes. Still XML as the
/// standard has it: any namespace prefix, entities and character references, CDATA, comments; no
/// document type (refused, as the way to entity expansion), and no nesting deeper than a workbook
/// has. Anything malformed throws, and the workbook is refused as unreadable.
/// </summary>
internal static class WorksheetXml
{
    public const int MaxDepth = 64;

    /// <summary>What the scanner found in one <c>c</c> element.</summary>
    public ref struct RawCell
    {
        public int Row;
        public int Column;
        public int Style;
        public ReadOnlySpan<byte> Type;
        public ReadOnlySpan<byte> Value;
        public bool HasValue;
        public bool Formula;
        public string? InlineText;
        public string? InlineFont;
    }

    public delegate void CellHandler(ref RawCell cell);

    /// <summary>Calls <paramref name="onCell"/> for every cell, and <paramref name="onMerge"/> for every merged range, in document order.</summary>
    public static void Scan(ReadOnlySpan<byte> xml, CellHandler onCell, Action<string> onMerge)
    {
        var depth = 0;
        var row = 0;
        var column = 0;
        var i = 0;
        while (true)
        {
            var lt = xml[i..].IndexOf((byte)'<');
            if (lt < 0)
                return;
            i += lt + 1;
            if (i >= xml.Length)
                throw Malformed("a tag is cut off");
            switch (xml[i])
            {
                case (byte)'?':
                    i = After(xml, i, "?>"u8);
                    continue;
                case (byte)'!':
                    i = SkipBang(xml, i);
                    continue;
                case (byte)'/':
                    i = After(xml, i, ">"u8);
                    depth--;
                    continue;
            }
            var tag = ReadTag(xml, ref i);
            if (!tag.SelfClosing && ++depth > MaxDepth)
                throw WorkbookGuard.Abnormal($"a worksheet nested more than {MaxDepth} deep");
            if (tag.Name.SequenceEqual("row"u8))
            {
                row = tag.Attribute("r"u8) is { Length: > 0 } r && Utf8Parser.TryParse(r, out int number, out _) ? number : row + 1;
                column = 0;
            }
            else if (tag.Name.SequenceEqual("c"u8))
            {
                var cell = new RawCell { Type = tag.Attribute("t"u8), Style = tag.Attribute("s"u8) is { Length: > 0 } s && Utf8Parser.TryParse(s, out int style, out _) ? style : -1 };
                var (cellRow, cellColumn) = tag.Attribute("r"u8) is { Length: > 0 } reference ? CellReferences.Parse(reference) : (0, 0);
                column = cellColumn > 0 ? cellColumn : column + 1;
                if (cellRow > 0)
                    row = cellRow;
                (cell.Row, cell.Column) = (row, column);
                if (!tag.SelfClosing)
                {
                    i = ReadCellContent(xml, i, ref cell);
                    depth--;
                }
                onCell(ref cell);
            }
            else if (tag.Name.SequenceEqual("mergeCell"u8) && tag.Attribute("ref"u8) is { Length: > 0 } range)
                onMerge(Text(range));
        }
    }

    /// <summary>The inside of a <c>c</c> element up to its end tag: its value, whether it is a formula, its inline text.</summary>
    private static int ReadCellContent(ReadOnlySpan<byte> xml, int i, ref RawCell cell)
    {
        var depth = 1;
        StringBuilder? inline = null;
        var inInline = false;
        var skipping = 0;
        while (true)
        {
            var lt = xml[i..].IndexOf((byte)'<');
            if (lt < 0)
                throw Malformed("a cell is not closed");
            i += lt + 1;
            if (i >= xml.Length)
                throw Malformed("a tag is cut off");
            if (xml[i] == (byte)'!')
            {
                i = SkipBang(xml, i);
                continue;
            }
            if (xml[i] == (byte)'/')
            {
                var end = After(xml, i, ">"u8);
                var name = LocalName(xml[(i + 1)..(end - 1)].TrimEnd(" \t\r\n"u8));
                i = end;
                if (--depth == 0)
                {
                    if (inline is not null)
                        cell.InlineText = inline.ToString();
                    return i;
                }
                if (name.SequenceEqual("is"u8))
                    inInline = false;
                else if (skipping > 0 && name.SequenceEqual("rPh"u8))
                    skipping--;
                continue;
            }
            var tag = ReadTag(xml, ref i);
            if (tag.SelfClosing)
            {
                if (tag.Name.SequenceEqual("f"u8))
                    cell.Formula = true;
                else if (inInline && tag.Name.SequenceEqual("rFont"u8))
                    cell.InlineFont ??= tag.Attribute("val"u8) is { Length: > 0 } font ? Text(font) : null;
                continue;
            }
            if (++depth > MaxDepth)
                throw WorkbookGuard.Abnormal($"a worksheet nested more than {MaxDepth} deep");
            if (tag.Name.SequenceEqual("v"u8))
            {
                cell.Value = Content(xml, ref i);
                cell.HasValue = true;
            }
            else if (tag.Name.SequenceEqual("f"u8))
            {
                cell.Formula = true;
                Content(xml, ref i);
            }
            else if (tag.Name.SequenceEqual("is"u8))
            {
                inInline = true;
                inline = new StringBuilder();
                continue;
            }
            else if (inInline && tag.Name.SequenceEqual("rPh"u8))
            {
                // Phonetic guides are not part of the text.
                skipping++;
                continue;
            }
            else if (inInline && skipping == 0 && tag.Name.SequenceEqual("t"u8))
            {
                inline!.Append(Text(Content(xml, ref i)));
            }
            else
                continue;
            // Content() stopped at the element's end tag: consume it.
            i = After(xml, i, ">"u8);
            depth--;
        }
    }

    /// <summary>The raw text of an element up to its end tag (left to read: <paramref name="i"/> stops at its <c>/</c>), CDATA sections included.</summary>
    private static ReadOnlySpan<byte> Content(ReadOnlySpan<byte> xml, scoped ref int i)
    {
        var lt = xml[i..].IndexOf((byte)'<');
        if (lt < 0)
            throw Malformed("an element is not closed");
        if (!xml[(i + lt)..].StartsWith("<![CDATA["u8))
        {
            var raw = xml[i..(i + lt)];
            i += lt + 1;
            return raw;
        }
        // Rare enough to be read the long way: the text before, the CDATA, and what follows, escaped again.
        var builder = new StringBuilder();
        while (true)
        {
            lt = xml[i..].IndexOf((byte)'<');
            if (lt < 0)
                throw Malformed("an element is not closed");
            builder.Append(Text(xml[i..(i + lt)]));
            i += lt;
            if (!xml[i..].StartsWith("<![CDATA["u8))
            {
                i++;
                return Encoding.UTF8.GetBytes(System.Security.SecurityElement.Escape(builder.ToString()));
            }
            var end = xml[i..].IndexOf("]]>"u8);
            if (end < 0)
                throw Malformed("a CDATA section is not closed");
            builder.Append(Encoding.UTF8.GetString(xml[(i + 9)..(i + end)]));
            i += end + 3;
        }
    }

    private ref struct Tag
    {
        public ReadOnlySpan<byte> Name;
        public ReadOnlySpan<byte> Attributes;
        public bool SelfClosing;

        /// <summary>The raw value of an attribute, by local name; empty when absent.</summary>
        public readonly ReadOnlySpan<byte> Attribute(ReadOnlySpan<byte> localName)
        {
            var rest = Attributes;
            while (true)
            {
                rest = rest.TrimStart(" \t\r\n"u8);
                var equals = rest.IndexOf((byte)'=');
                if (equals <= 0)
                    return default;
                var name = LocalName(rest[..equals].TrimEnd(" \t\r\n"u8));
                rest = rest[(equals + 1)..].TrimStart(" \t\r\n"u8);
                if (rest.Length == 0 || rest[0] is not ((byte)'"' or (byte)'\''))
                    throw Malformed("an attribute value is not quoted");
                var close = rest[1..].IndexOf(rest[0]);
                if (close < 0)
                    throw Malformed("an attribute value is not closed");
                if (name.SequenceEqual(localName))
                    return rest[1..(close + 1)];
                rest = rest[(close + 2)..];
            }
        }
    }

    /// <summary>A start tag from just after its <c>&lt;</c>; <paramref name="i"/> moves past its <c>&gt;</c>.</summary>
    private static Tag ReadTag(ReadOnlySpan<byte> xml, ref int i)
    {
        var start = i;
        // A '>' inside a quoted attribute value does not end the tag.
        var quote = (byte)0;
        for (; i < xml.Length; i++)
        {
            var b = xml[i];
            if (quote != 0)
            {
                if (b == quote)
                    quote = 0;
            }
            else if (b is (byte)'"' or (byte)'\'')
                quote = b;
            else if (b == (byte)'>')
                break;
        }
        if (i >= xml.Length)
            throw Malformed("a tag is not closed");
        var inside = xml[start..i];
        i++;
        var selfClosing = inside.Length > 0 && inside[^1] == (byte)'/';
        if (selfClosing)
            inside = inside[..^1];
        var nameEnd = inside.IndexOfAny(" \t\r\n"u8);
        var name = nameEnd < 0 ? inside : inside[..nameEnd];
        return new Tag { Name = LocalName(name), Attributes = nameEnd < 0 ? default : inside[nameEnd..], SelfClosing = selfClosing };
    }

    private static ReadOnlySpan<byte> LocalName(ReadOnlySpan<byte> name) => name.IndexOf((byte)':') is var colon and >= 0 ? name[(colon + 1)..] : name;

    /// <summary>Past a comment, a CDATA section outside text, or refuses a document type; <paramref name="i"/> is at the <c>!</c>.</summary>
    private static int SkipBang(ReadOnlySpan<byte> xml, int i)
    {
        if (xml[i..].StartsWith("!--"u8))
            return After(xml, i + 3, "-->"u8);
        if (xml[i..].StartsWith("![CDATA["u8))
            return After(xml, i, "]]>"u8);
        throw WorkbookGuard.Abnormal("a worksheet declares a document type");
    }

    private static int After(ReadOnlySpan<byte> xml, int i, ReadOnlySpan<byte> marker)
    {
        var at = xml[i..].IndexOf(marker);
        return at < 0 ? throw Malformed("the part is cut off") : i + at + marker.Length;
    }

    /// <summary>UTF-8 text with its entities and character references resolved, line ends as XML reads them.</summary>
    public static string Text(ReadOnlySpan<byte> raw)
    {
        var source = Encoding.UTF8.GetString(raw);
        if (source.AsSpan().IndexOfAny('&', '\r') < 0)
            return source;
        var text = new StringBuilder(source.Length);
        for (var k = 0; k < source.Length; k++)
        {
            switch (source[k])
            {
                case '\r':
                    text.Append('\n');
                    if (k + 1 < source.Length && source[k + 1] == '\n')
                        k++;
                    break;
                case '&':
                    var semicolon = source.IndexOf(';', k);
                    if (semicolon < 0)
                        throw Malformed("an entity is not closed");
                    text.Append(Entity(source[(k + 1)..semicolon]));
                    k = semicolon;
                    break;
                default:
                    text.Append(source[k]);
                    break;
            }
        }
        return text.ToString();
    }

    private static string Entity(string name) => name switch
    {
        "amp" => "&",
        "lt" => "<",
        "gt" => ">",
        "quot" => "\"",
        "apos" => "'",
        ['#', 'x' or 'X', .. var hex] when int.TryParse(hex, System.Globalization.NumberStyles.AllowHexSpecifier, null, out var code) => char.ConvertFromUtf32(code),
        ['#', .. var digits] when int.TryParse(digits, System.Globalization.NumberStyles.None, null, out var code) => char.ConvertFromUtf32(code),
        _ => throw Malformed($"an unknown entity &{name};"),
    };

    private static InvalidDataException Malformed(string what) => new($"The worksheet is not well-formed XML: {what}.");
}
