using System;
using System.Globalization;
using System.Text.Json;

namespace Cchc.Scoring.Serialization;

/// <summary>
/// The one reading rule of every JSON reader (<c>docs/errors.md</c>): the input is strict UTF-8. A UTF-8 byte order
/// mark is allowed at the start; a UTF-16 or UTF-32 byte order mark, a byte sequence that is not UTF-8 (overlong forms,
/// surrogates, beyond U+10FFFF, cut short), and an escaped half of a surrogate pair without its other half
/// (<c>"\ud800"</c>) are reported with their line, never replaced by U+FFFD. Fed in pieces of any size, it gives the same
/// answer as for the whole input at once.
/// </summary>
internal sealed class TextCheck
{
    private const byte Outside = 0;
    private const byte InString = 1;
    private const byte Escape = 2;
    private const byte Hex = 3;
    private const byte Slash = 4;
    private const byte LineComment = 5;
    private const byte BlockComment = 6;
    private const byte BlockStar = 7;

    private long _line = 1;
    private long _column = 1;
    private byte _state;
    private int _hexDigits;
    private int _hexValue;
    private bool _expectLow;
    private int _need;
    private byte _low = 0x80;
    private byte _high = 0xBF;
    private bool _started;

    /// <summary>The first fault found, or null.</summary>
    public InvalidTextException? Fault { get; private set; }

    /// <summary>
    /// Checks the next bytes. Returns how many of them come before the first fault (all of them when there is none).
    /// A UTF-8 byte order mark at the very start is counted as good (the caller skips it).
    /// </summary>
    public int Feed(ReadOnlySpan<byte> bytes)
    {
        if (Fault is not null)
        {
            return 0;
        }

        int i = 0;
        if (!_started && bytes.Length > 0)
        {
            _started = true;
            string? bom = bytes switch
            {
                [0xFF, 0xFE, 0x00, 0x00, ..] => "UTF-32 (little-endian)",
                [0x00, 0x00, 0xFE, 0xFF, ..] => "UTF-32 (big-endian)",
                [0xFF, 0xFE, ..] => "UTF-16 (little-endian)",
                [0xFE, 0xFF, ..] => "UTF-16 (big-endian)",
                _ => null,
            };
            if (bom is not null)
            {
                Fault = new InvalidTextException("The text is " + bom + ", not UTF-8: save the file as UTF-8.", 1, 1);
                return 0;
            }

            if (bytes is [0xEF, 0xBB, 0xBF, ..])
            {
                i = 3;
            }
        }

        for (; i < bytes.Length; i++)
        {
            byte b = bytes[i];
            if (!Utf8(b) || !Json(b))
            {
                return i;
            }

            if (b == (byte)'\n')
            {
                _line++;
                _column = 1;
            }
            else if ((b & 0xC0) != 0x80)
            {
                _column++;
            }
        }

        return bytes.Length;
    }

    /// <summary>Ends the input: a character cut short at the end is a fault.</summary>
    public void Finish()
    {
        if (Fault is null && _need > 0)
        {
            Fail("The text ends in the middle of a UTF-8 character.");
        }
        else if (Fault is null && _expectLow)
        {
            Fail(LoneSurrogate);
        }
    }

    /// <summary>Checks a .NET string for a lone surrogate (which has no UTF-8 form).</summary>
    public static InvalidTextException? CheckString(string text)
    {
        long line = 1;
        long column = 1;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return new InvalidTextException(
                    "Not valid text at line " + N(line) + ", column " + N(column) + ": a lone half of a surrogate pair (U+"
                    + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + ") has no UTF-8 form.",
                    line,
                    column);
            }
            else if (c == '\n')
            {
                line++;
                column = 0;
            }

            column++;
        }

        return null;
    }

    private const string LoneSurrogate = "an escaped half of a surrogate pair (such as \\ud800) without its other half is not a character";

    private bool Utf8(byte b)
    {
        if (_need > 0)
        {
            if (b < _low || b > _high)
            {
                return Fail("Not valid UTF-8: byte 0x" + b.ToString("X2", CultureInfo.InvariantCulture) + " cannot continue a character");
            }

            _low = 0x80;
            _high = 0xBF;
            _need--;
            return true;
        }

        switch (b)
        {
            case < 0x80:
                return true;
            case >= 0xC2 and <= 0xDF:
                _need = 1;
                return true;
            case 0xE0:
                (_need, _low) = (2, 0xA0);
                return true;
            case 0xED:
                (_need, _high) = (2, 0x9F);
                return true;
            case >= 0xE1 and <= 0xEF:
                _need = 2;
                return true;
            case 0xF0:
                (_need, _low) = (3, 0x90);
                return true;
            case >= 0xF1 and <= 0xF3:
                _need = 3;
                return true;
            case 0xF4:
                (_need, _high) = (3, 0x8F);
                return true;
            default:
                return Fail("Not valid UTF-8: byte 0x" + b.ToString("X2", CultureInfo.InvariantCulture) + " is not a character");
        }
    }

    /// <summary>Follows strings, escapes and comments just enough to find escaped surrogates; syntax is the parser's business.</summary>
    private bool Json(byte b)
    {
        switch (_state)
        {
            case Outside:
                _state = b switch { (byte)'"' => InString, (byte)'/' => Slash, _ => Outside };
                return true;
            case Slash:
                _state = b switch { (byte)'/' => LineComment, (byte)'*' => BlockComment, (byte)'"' => InString, _ => Outside };
                return true;
            case LineComment:
                _state = b == (byte)'\n' ? Outside : LineComment;
                return true;
            case BlockComment:
                _state = b == (byte)'*' ? BlockStar : BlockComment;
                return true;
            case BlockStar:
                _state = b switch { (byte)'/' => Outside, (byte)'*' => BlockStar, _ => BlockComment };
                return true;
            case InString:
                if (_expectLow && b != (byte)'\\')
                {
                    return Fail(LoneSurrogate);
                }

                _state = b switch { (byte)'"' => Outside, (byte)'\\' => Escape, _ => InString };
                return true;
            case Escape:
                if (b == (byte)'u')
                {
                    (_state, _hexDigits, _hexValue) = (Hex, 0, 0);
                    return true;
                }

                if (_expectLow)
                {
                    return Fail(LoneSurrogate);
                }

                _state = InString;
                return true;
            default:
                int digit = b switch
                {
                    >= (byte)'0' and <= (byte)'9' => b - '0',
                    >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
                    >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
                    _ => -1,
                };
                if (digit < 0)
                {
                    // Not an escape at all: the parser reports it.
                    _state = b == (byte)'"' ? Outside : InString;
                    _expectLow = false;
                    return true;
                }

                _hexValue = (_hexValue * 16) + digit;
                if (++_hexDigits < 4)
                {
                    return true;
                }

                _state = InString;
                bool high = _hexValue is >= 0xD800 and <= 0xDBFF;
                bool low = _hexValue is >= 0xDC00 and <= 0xDFFF;
                if (low != _expectLow || (high && _expectLow))
                {
                    return Fail(LoneSurrogate);
                }

                _expectLow = high;
                return true;
        }
    }

    private bool Fail(string what)
    {
        Fault = new InvalidTextException("Not valid text at line " + N(_line) + ", column " + N(_column) + ": " + what + ".", _line, _column);
        return false;
    }

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>Input that is not strict UTF-8 (see <see cref="TextCheck"/>); turned into a problem by the reader.</summary>
internal sealed class InvalidTextException : Exception
{
    public InvalidTextException(string message, long line, long column)
        : base(message)
    {
        Line = line;
        Column = column;
    }

    public InvalidTextException()
    {
    }

    public InvalidTextException(string message)
        : base(message)
    {
    }

    public InvalidTextException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The 1-based line of the fault.</summary>
    public long Line { get; }

    /// <summary>The 1-based column of the fault, in characters.</summary>
    public long Column { get; }

    /// <summary>The problem to report.</summary>
    public Problem ToProblem(string? source) => new(ProblemCodes.InvalidJson, Message, null, source, Line);

    /// <summary>True when the JSON before the fault is not well formed: that error comes first and is reported instead.</summary>
    public static JsonException? SyntaxBefore(ReadOnlySpan<byte> prefix, JsonReaderOptions options)
    {
        try
        {
            var reader = new Utf8JsonReader(prefix, false, new JsonReaderState(options));
            while (reader.Read())
            {
            }

            return null;
        }
        catch (JsonException ex)
        {
            return ex;
        }
    }
}
