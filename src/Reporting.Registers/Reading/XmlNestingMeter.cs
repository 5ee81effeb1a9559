namespace Reporting.Registers.Reading;

/// <summary>
/// Follows the element depth of an XML part as its bytes are inflated, without parsing it. EPPlus
/// takes time that grows far faster than the nesting (a sheet nested 4,000 deep never finished
/// loading), while no part of a real workbook is nested more than a dozen deep. A document type
/// declaration, the way to entity expansion, is refused as well.
/// </summary>
public sealed class XmlNestingMeter(int maxDepth)
{
    private enum State { Text, AfterLessThan, InTag, InQuote, AfterBang, Comment, CData, Instruction, Declaration }

    private State _state;
    private int _depth;
    private bool _closing;
    private bool _slash;
    private byte _quote;
    private int _matched;

    public string? Problem { get; private set; }

    /// <summary>Reads the next bytes of the part; false once it has found a problem.</summary>
    public bool Read(ReadOnlySpan<byte> bytes)
    {
        var i = 0;
        while (i < bytes.Length && Problem is null)
        {
            // Text and attribute values are most of a part: skip them at vector speed.
            if (_state == State.Text)
            {
                var next = bytes[i..].IndexOf((byte)'<');
                if (next < 0)
                    return true;
                i += next;
            }
            else if (_state == State.InQuote)
            {
                var next = bytes[i..].IndexOf(_quote);
                if (next < 0)
                    return true;
                i += next;
            }
            Step(bytes[i++]);
        }
        return Problem is null;
    }

    private void Step(byte b)
    {
        switch (_state)
        {
            case State.Text:
                if (b == '<')
                    _state = State.AfterLessThan;
                break;
            case State.AfterLessThan:
                _slash = false;
                _closing = b == '/';
                _state = b switch { (byte)'!' => State.AfterBang, (byte)'?' => State.Instruction, _ => State.InTag };
                if (_state == State.InTag && !_closing && ++_depth > maxDepth)
                    Problem = $"elements nested more than {maxDepth} deep";
                _matched = 0;
                break;
            case State.InTag:
                if (b is (byte)'"' or (byte)'\'')
                    (_quote, _state) = (b, State.InQuote);
                else if (b == '>')
                {
                    if (_closing || _slash)
                        _depth--;
                    _state = State.Text;
                }
                _slash = b == '/';
                break;
            case State.InQuote:
                if (b == _quote)
                    _state = State.InTag;
                break;
            case State.AfterBang:
                _state = b switch { (byte)'-' => State.Comment, (byte)'[' => State.CData, _ => State.Declaration };
                if (b is (byte)'D' or (byte)'d' or (byte)'E' or (byte)'e')
                    Problem = "a document type or entity declaration";
                break;
            case State.Comment:
                Until(b, "-->"u8);
                break;
            case State.CData:
                Until(b, "]]>"u8);
                break;
            case State.Instruction:
                Until(b, "?>"u8);
                break;
            case State.Declaration:
                if (b == '>')
                    _state = State.Text;
                break;
        }
    }

    /// <summary>Stays in the current state until the terminator has been read, across calls.</summary>
    private void Until(byte b, ReadOnlySpan<byte> terminator)
    {
        if (b == terminator[_matched])
            _matched++;
        else if (b == terminator[0])
            _matched = _matched >= 2 && terminator[1] == terminator[0] ? _matched : 1; // "--->" still ends a comment
        else
            _matched = 0;
        if (_matched == terminator.Length)
            _state = State.Text;
    }
}
