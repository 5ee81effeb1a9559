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

    /// <summary>UTF-8 that refuses bytes that are not UTF-8, rather than reading them as U+FFFD.</summary>
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

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
        var open = new OpenElements(xml);
        var row = 0;
        var column = 0;
        var i = 0;
        while (NextMarkup(xml, ref i, ref open, out var tag))
        {
            if (tag.Name.SequenceEqual("row"u8))
            {
                row = tag.Attribute("r"u8) is { Length: > 0 } r && Utf8Parser.TryParse(r, out int number, out _) ? number : row + 1;
                column = 0;
            }
            else if (tag.Name.SequenceEqual("c"u8))
            {
                var cell = new RawCell { Style = -1 };
                var (cellRow, cellColumn) = (0, 0);
                var attributes = new AttributeReader(tag.Attributes);
                for (var attribute = attributes.Next(); !attribute.Name.IsEmpty; attribute = attributes.Next())
                {
                    if (attribute.Name.Length != 1 || attribute.Value.IsEmpty)
                        continue;
                    if (attribute.Name[0] == (byte)'r')
                        (cellRow, cellColumn) = CellReferences.Parse(attribute.Value);
                    else if (attribute.Name[0] == (byte)'s' && Utf8Parser.TryParse(attribute.Value, out int style, out _))
                        cell.Style = style;
                    else if (attribute.Name[0] == (byte)'t')
                        cell.Type = attribute.Value;
                }
                column = cellColumn > 0 ? cellColumn : column + 1;
                if (cellRow > 0)
                    row = cellRow;
                (cell.Row, cell.Column) = (row, column);
                if (!tag.SelfClosing)
                    i = ReadCellContent(xml, i, ref cell, ref open, unprefixed: tag.QualifiedLength == 1);
                onCell(ref cell);
            }
            else if (tag.Name.SequenceEqual("mergeCell"u8) && tag.Attribute("ref"u8) is { Length: > 0 } range)
                onMerge(Text(range));
        }
    }

    /// <summary>
    /// Calls <paramref name="onString"/> with the text and first font of every <c>si</c> of a
    /// shared-strings part, in order, after <paramref name="onCount"/> with the count it declares.
    /// </summary>
    public static void ScanSharedStrings(ReadOnlySpan<byte> xml, Action<int> onCount, Action<string, string?> onString)
    {
        var open = new OpenElements(xml);
        var i = 0;
        while (NextMarkup(xml, ref i, ref open, out var tag))
        {
            if (tag.Name.SequenceEqual("sst"u8) && Utf8Parser.TryParse(tag.Attribute("uniqueCount"u8), out int count, out _))
                onCount(count);
            else if (tag.Name.SequenceEqual("si"u8))
            {
                var (text, font) = tag.SelfClosing ? ("", null) : RichText(xml, ref i, ref open);
                onString(text, font);
            }
        }
    }

    /// <summary>
    /// Moves past markup to the next start tag and returns it (pushed on <paramref name="open"/>
    /// unless self-closing); end tags are matched to their start tags on the way. False at the end
    /// of the part, which must have closed every element it opened.
    /// </summary>
    private static bool NextMarkup(ReadOnlySpan<byte> xml, scoped ref int i, scoped ref OpenElements open, out Tag tag)
    {
        while (true)
        {
            var lt = xml[i..].IndexOf((byte)'<');
            if (lt < 0)
            {
                tag = default;
                return open.Depth == 0 ? false : throw Malformed("the part is cut off");
            }
            i += lt + 1;
            if (i >= xml.Length)
                throw Malformed("a tag is cut off");
            switch (xml[i])
            {
                case (byte)'?' or (byte)'!':
                    i = SkipMarkup(xml, i);
                    continue;
                case (byte)'/':
                    i = EndTag(xml, i, ref open);
                    continue;
            }
            tag = ReadTag(xml, ref i);
            if (!tag.SelfClosing)
                open.Push(tag.QualifiedStart, tag.QualifiedLength);
            return true;
        }
    }

    /// <summary>
    /// The inside of a <c>c</c> element up to past its end tag: its value, whether it is a formula,
    /// its inline text.
    /// </summary>
    private static int ReadCellContent(ReadOnlySpan<byte> xml, int i, ref RawCell cell, scoped ref OpenElements open, bool unprefixed)
    {
        // Nearly every cell is <c …><v>…</v></c>: taken whole, the rest read element by element.
        if (unprefixed && xml[i..].StartsWith("<v>"u8) && xml[(i + 3)..].IndexOf((byte)'<') is var length and >= 0
            && xml[(i + 3 + length)..].StartsWith("</v></c>"u8))
        {
            cell.Value = xml.Slice(i + 3, length);
            cell.HasValue = true;
            open.Pop();
            return i + 3 + length + 8;
        }
        var depth = open.Depth;
        while (true)
        {
            i = NextTag(xml, i, "a cell is not closed");
            if (xml[i] is (byte)'!' or (byte)'?')
            {
                i = SkipMarkup(xml, i);
                continue;
            }
            if (xml[i] == (byte)'/')
            {
                i = EndTag(xml, i, ref open);
                if (open.Depth < depth)
                    return i;
                continue;
            }
            var tag = ReadTag(xml, ref i);
            if (tag.SelfClosing)
            {
                cell.Formula |= tag.Name.SequenceEqual("f"u8);
                continue;
            }
            open.Push(tag.QualifiedStart, tag.QualifiedLength);
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
                (cell.InlineText, cell.InlineFont) = RichText(xml, ref i, ref open);
        }
    }

    /// <summary>
    /// The text of an <c>si</c> or <c>is</c> element from just after its start tag to past its end
    /// tag: its runs joined, phonetic guides left out, with the first run's font.
    /// </summary>
    private static (string Text, string? Font) RichText(ReadOnlySpan<byte> xml, scoped ref int i, scoped ref OpenElements open)
    {
        var depth = open.Depth;
        var phonetic = 0;
        string? single = null;
        StringBuilder? runs = null;
        string? font = null;
        var run = 0;
        while (true)
        {
            i = NextTag(xml, i, "a text is not closed");
            if (xml[i] is (byte)'!' or (byte)'?')
            {
                i = SkipMarkup(xml, i);
                continue;
            }
            if (xml[i] == (byte)'/')
            {
                var closing = open.Depth;
                i = EndTag(xml, i, ref open);
                if (open.Depth < depth)
                    return (runs?.ToString() ?? single ?? "", font);
                if (closing == phonetic)
                    phonetic = 0;
                continue;
            }
            var tag = ReadTag(xml, ref i);
            if (tag.SelfClosing)
            {
                // The font of the first run only: a later run's font says nothing of the first's text.
                if (run == 1 && tag.Name.SequenceEqual("rFont"u8))
                    font ??= tag.Attribute("val"u8) is { Length: > 0 } name ? Text(name) : null;
                continue;
            }
            open.Push(tag.QualifiedStart, tag.QualifiedLength);
            if (open.Depth == depth + 1 && tag.Name.SequenceEqual("r"u8))
                run++;
            // Phonetic guides are not part of the text: everything inside one is passed over.
            if (phonetic == 0 && tag.Name.SequenceEqual("rPh"u8))
                phonetic = open.Depth;
            else if (phonetic == 0 && tag.Name.SequenceEqual("t"u8))
            {
                var text = Text(Content(xml, ref i));
                // Most strings are one run: kept as read, without a builder.
                if (single is null && runs is null)
                    single = text;
                else
                    (runs ??= new StringBuilder(single)).Append(text);
            }
        }
    }

    /// <summary>Past an end tag from its <c>/</c>, matched to the element it closes.</summary>
    private static int EndTag(ReadOnlySpan<byte> xml, int i, scoped ref OpenElements open)
    {
        var end = After(xml, i, ">"u8);
        open.Pop(xml[(i + 1)..(end - 1)].TrimEnd(" \t\r\n"u8));
        return end;
    }

    /// <summary>The elements open at a point of the part, by where their names are written.</summary>
    private ref struct OpenElements(ReadOnlySpan<byte> xml)
    {
        private readonly ReadOnlySpan<byte> _xml = xml;
        private readonly int[] _starts = new int[MaxDepth];
        private readonly int[] _lengths = new int[MaxDepth];

        public int Depth { get; private set; }

        public void Push(int start, int length)
        {
            if (Depth == MaxDepth)
                throw WorkbookGuard.Abnormal($"a worksheet nested more than {MaxDepth} deep");
            _starts[Depth] = start;
            _lengths[Depth] = length;
            Depth++;
        }

        /// <summary>Closes the innermost element, which must be the one <paramref name="name"/> names.</summary>
        public void Pop(ReadOnlySpan<byte> name)
        {
            if (Depth == 0 || !_xml.Slice(_starts[Depth - 1], _lengths[Depth - 1]).SequenceEqual(name))
                throw Malformed($"the end tag </{Encoding.UTF8.GetString(name)}> closes no open element of that name");
            Depth--;
        }

        /// <summary>Closes the innermost element, already matched by the caller.</summary>
        public void Pop() => Depth--;
    }

    /// <summary>Just past the next <c>&lt;</c> from <paramref name="i"/>, at the character that says what the tag is.</summary>
    private static int NextTag(ReadOnlySpan<byte> xml, int i, string unclosed)
    {
        var lt = xml[i..].IndexOf((byte)'<');
        if (lt < 0)
            throw Malformed(unclosed);
        i += lt + 1;
        return i < xml.Length ? i : throw Malformed("a tag is cut off");
    }

    /// <summary>
    /// The raw text of an element, CDATA sections included, comments left out; <paramref name="i"/>
    /// stops at the <c>&lt;</c> of the markup that ends it.
    /// </summary>
    private static ReadOnlySpan<byte> Content(ReadOnlySpan<byte> xml, scoped ref int i)
    {
        var lt = xml[i..].IndexOf((byte)'<');
        if (lt < 0)
            throw Malformed("an element is not closed");
        if (xml.Length > i + lt + 1 && xml[i + lt + 1] != (byte)'!')
        {
            var raw = xml[i..(i + lt)];
            i += lt;
            return raw;
        }
        // Rare enough to be read the long way: the text around CDATA and comments, escaped again.
        var builder = new StringBuilder();
        while (true)
        {
            lt = xml[i..].IndexOf((byte)'<');
            if (lt < 0)
                throw Malformed("an element is not closed");
            builder.Append(Text(xml[i..(i + lt)]));
            i += lt;
            if (xml[i..].StartsWith("<![CDATA["u8))
            {
                var end = xml[i..].IndexOf("]]>"u8);
                if (end < 0)
                    throw Malformed("a CDATA section is not closed");
                builder.Append(Strict.GetString(xml[(i + 9)..(i + end)]));
                i += end + 3;
            }
            else if (xml[i..].StartsWith("<!--"u8))
                i = After(xml, i + 4, "-->"u8);
            else
                return Encoding.UTF8.GetBytes(System.Security.SecurityElement.Escape(builder.ToString()).Replace("\r", "&#13;", StringComparison.Ordinal));
        }
    }

    private ref struct Tag
    {
        /// <summary>The local name; the name as written is at <see cref="QualifiedStart"/> in the part.</summary>
        public ReadOnlySpan<byte> Name;
        public int QualifiedStart;
        public int QualifiedLength;
        public ReadOnlySpan<byte> Attributes;
        public bool SelfClosing;

        /// <summary>The raw value of an attribute, by local name; empty when absent.</summary>
        public readonly ReadOnlySpan<byte> Attribute(ReadOnlySpan<byte> localName)
        {
            var attributes = new AttributeReader(Attributes);
            for (var attribute = attributes.Next(); !attribute.Name.IsEmpty; attribute = attributes.Next())
            {
                if (attribute.Name.SequenceEqual(localName))
                    return attribute.Value;
            }
            return default;
        }
    }

    private ref struct Attribute
    {
        public ReadOnlySpan<byte> Name;
        public ReadOnlySpan<byte> Value;
    }

    /// <summary>The attributes of a start tag in order, each by local name with its raw value; an empty name once none is left.</summary>
    private ref struct AttributeReader(ReadOnlySpan<byte> attributes)
    {
        private ReadOnlySpan<byte> _rest = attributes;

        public Attribute Next()
        {
            _rest = _rest.TrimStart(" \t\r\n"u8);
            var equals = _rest.IndexOf((byte)'=');
            if (equals <= 0)
                return default;
            var name = LocalName(_rest[..equals].TrimEnd(" \t\r\n"u8));
            _rest = _rest[(equals + 1)..].TrimStart(" \t\r\n"u8);
            if (_rest.Length == 0 || _rest[0] is not ((byte)'"' or (byte)'\''))
                throw Malformed("an attribute value is not quoted");
            var close = _rest[1..].IndexOf(_rest[0]);
            if (close < 0)
                throw Malformed("an attribute value is not closed");
            var value = _rest[1..(close + 1)];
            _rest = _rest[(close + 2)..];
            return new Attribute { Name = name, Value = value };
        }
    }

    /// <summary>A start tag from just after its <c>&lt;</c>; <paramref name="i"/> moves past its <c>&gt;</c>.</summary>
    private static Tag ReadTag(ReadOnlySpan<byte> xml, scoped ref int i)
    {
        var start = i;
        // A '>' inside a quoted attribute value does not end the tag.
        while (true)
        {
            var next = xml[i..].IndexOfAny((byte)'>', (byte)'"', (byte)'\'');
            if (next < 0)
                throw Malformed("a tag is not closed");
            i += next;
            if (xml[i] == (byte)'>')
                break;
            var close = xml[(i + 1)..].IndexOf(xml[i]);
            if (close < 0)
                throw Malformed("an attribute value is not closed");
            i += close + 2;
        }
        var inside = xml[start..i];
        i++;
        var selfClosing = inside.Length > 0 && inside[^1] == (byte)'/';
        if (selfClosing)
            inside = inside[..^1];
        var nameEnd = inside.IndexOfAny(" \t\r\n"u8);
        var name = nameEnd < 0 ? inside : inside[..nameEnd];
        return new Tag
        {
            Name = LocalName(name),
            QualifiedStart = start,
            QualifiedLength = name.Length,
            Attributes = nameEnd < 0 ? default : inside[nameEnd..],
            SelfClosing = selfClosing,
        };
    }

    private static ReadOnlySpan<byte> LocalName(ReadOnlySpan<byte> name) => name.IndexOf((byte)':') is var colon and >= 0 ? name[(colon + 1)..] : name;

    /// <summary>
    /// Past a processing instruction, a comment or a CDATA section outside text, or refuses a
    /// document type; <paramref name="i"/> is at the <c>?</c> or <c>!</c>.
    /// </summary>
    private static int SkipMarkup(ReadOnlySpan<byte> xml, int i)
    {
        if (xml[i] == (byte)'?')
            return After(xml, i, "?>"u8);
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
        var source = Strict.GetString(raw);
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
