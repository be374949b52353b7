using System;
using System.Buffers;
using System.IO;
using System.Text.Unicode;

namespace Cchc.Scoring.Dossiers;

/// <summary>What <see cref="CsvRecords.Read"/> found.</summary>
internal enum RecordKind
{
    /// <summary>The end of the input.</summary>
    End,

    /// <summary>A record: its fields are available.</summary>
    Row,

    /// <summary>An empty line.</summary>
    Blank,

    /// <summary>
    /// A quoted field of a column that never holds a line break held one, or a quoted field's lines look like rows:
    /// the record's first line is rejected and reading goes on at the next line.
    /// </summary>
    QuoteBreak,

    /// <summary>A quote is never closed before the end of the input.</summary>
    Unclosed,

    /// <summary>The record is longer than the limit.</summary>
    TooLong,
}

/// <summary>
/// Reads CSV records from UTF-8 bytes (RFC 4180 quoting), with the physical line of each record, bounded memory and
/// located failures: a record is at most <see cref="MaxRowBytes"/> bytes; a line end is LF, CRLF or CR. Fields are
/// kept as bytes and decoded (strict UTF-8) only when asked for. Not thread-safe.
/// </summary>
internal sealed class CsvRecords : IDisposable
{
    /// <summary>The longest row, in bytes without its line end (docs/dossiers.md).</summary>
    public const int MaxRowBytes = 1 << 20;

    /// <summary>The longest header row, in bytes without its line end (docs/dossiers.md).</summary>
    public const int MaxHeaderBytes = 1 << 16;

    private const byte Quoted = 1;
    private const byte Escaped = 2;
    private const byte Stray = 4;
    private const int Chunk = 1 << 16;

    private static readonly SearchValues<byte> UnquotedStops = SearchValues.Create(",\n\r\""u8);
    private static readonly SearchValues<byte> QuotedStops = SearchValues.Create("\"\n\r"u8);
    private static readonly SearchValues<byte> LineEnds = SearchValues.Create("\n\r"u8);
    private static readonly SearchValues<byte> LineEndsOrQuote = SearchValues.Create("\n\r\""u8);

    private readonly Stream _stream;
    private readonly byte[] _buffer;
    private int _maxBytes = MaxRowBytes;
    private int _pos;
    private int _end;
    private int _start;
    private long _base;
    private bool _eof;
    private int _firstBreak;
    private int[] _fieldStart = new int[32];
    private int[] _fieldLength = new int[32];
    private byte[] _fieldFlags = new byte[32];
    private char[] _chars = new char[256];
    private byte[] _scratch = new byte[256];
    private bool[]? _breakAllowed;
    private int _recordBytes;
    private bool _ascii;
    private int _rowCommas;

    /// <summary>Creates a reader over a stream (read from its current position; disposed with the reader).</summary>
    /// <param name="stream">The bytes.</param>
    /// <param name="firstLine">The physical line of the first record.</param>
    public CsvRecords(Stream stream, long firstLine)
    {
        _stream = stream;
        _buffer = new byte[MaxRowBytes + 2 + Chunk];
        NextLine = firstLine;
    }

    /// <summary>The longest record in bytes (at most <see cref="MaxRowBytes"/>).</summary>
    public int Limit
    {
        get => _maxBytes;
        set => _maxBytes = Math.Min(value, MaxRowBytes);
    }

    /// <summary>
    /// True (the default) to skip a record over the limit to the next line end and go on; false to stop there (the
    /// header: a file with no line end, or a device such as /dev/zero, is then not read further).
    /// </summary>
    public bool SkipsTooLong { get; set; } = true;

    /// <summary>The physical line on which the last record read starts.</summary>
    public long Line { get; private set; }

    /// <summary>The physical line on which the next record starts.</summary>
    public long NextLine { get; private set; }

    /// <summary>How many physical lines the last record spans (more than 1 when a quoted field holds line breaks).</summary>
    public int RecordLines { get; private set; }

    /// <summary>How many fields the last record has.</summary>
    public int FieldCount { get; private set; }

    /// <summary>The field in which the last <see cref="RecordKind.QuoteBreak"/> or <see cref="RecordKind.Unclosed"/> happened.</summary>
    public int BrokenField { get; private set; }

    /// <summary>True when the last record ran into the end of the input without a line end (or inside a quote).</summary>
    public bool RanOff { get; private set; }

    /// <summary>The absolute position in the stream of the next byte to read as a record.</summary>
    public long Position => _base + _pos;

    /// <summary>
    /// Sets which fields may hold a quoted line break (true) and how many commas on a line inside a quoted field make
    /// it look like a row (0: never). Without a call, every field may, and nothing looks like a row.
    /// </summary>
    public void Expect(bool[] breakAllowed, int rowCommas)
    {
        _breakAllowed = breakAllowed;
        _rowCommas = rowCommas;
    }

    /// <summary>Skips a UTF-8 byte order mark at the start of the input.</summary>
    public void SkipByteOrderMark()
    {
        while (_end - _pos < 3 && Fill())
        {
        }

        if (_end - _pos >= 3 && _buffer[_pos] == 0xEF && _buffer[_pos + 1] == 0xBB && _buffer[_pos + 2] == 0xBF)
        {
            _pos += 3;
        }
    }

    /// <summary>Reads the next record. After a failure, the reader is already placed where reading goes on.</summary>
    public RecordKind Read()
    {
        _start = _pos;
        Line = NextLine;
        RecordLines = 1;
        FieldCount = 0;
        _firstBreak = -1;
        RanOff = false;
        if (_pos == _end && !Fill())
        {
            return RecordKind.End;
        }

        int window = _maxBytes + 2;

        // The usual line: no quote before its line end, all in the buffer. Split at the commas directly.
        var head = _buffer.AsSpan(_pos, Math.Min(_end, _start + window) - _pos);
        int stop = head.IndexOfAny(LineEndsOrQuote);
        if (stop >= 0 && head[stop] != (byte)'"' && (head[stop] == (byte)'\n' || _pos + stop + 1 < _end || _eof))
        {
            int length = head[stop] == (byte)'\r' && _pos + stop + 1 < _end && _buffer[_pos + stop + 1] == (byte)'\n' ? 2 : 1;
            NextLine = Line + 1;
            if (stop == 0)
            {
                _pos += length;
                return RecordKind.Blank;
            }

            var line = head[..stop];
            int from = 0;
            while (true)
            {
                int comma = line[from..].IndexOf((byte)',');
                if (comma < 0)
                {
                    AddField(from, -1, stop, 0);
                    break;
                }

                AddField(from, -1, from + comma, 0);
                from += comma + 1;
            }

            _pos += stop + length;
            _recordBytes = stop;
            _ascii = false;
            return stop > _maxBytes ? TooLongEnded() : RecordKind.Row;
        }

        int fieldStart = 0;
        int closeAt = -1;
        byte flags = 0;
        bool inQuotes = false;
        int commas = -1;
        while (true)
        {
            int rel = _pos - _start;
            if (rel >= window)
            {
                return TooLong();
            }

            if (_pos == _end)
            {
                if (Fill())
                {
                    continue;
                }

                // The end of the input.
                RanOff = true;
                if (inQuotes)
                {
                    BrokenField = FieldCount;
                    if (_firstBreak < 0)
                    {
                        NextLine = Line + 1;
                    }
                    else
                    {
                        ResumeAfterFirstBreak();
                    }

                    return RecordKind.Unclosed;
                }

                AddField(fieldStart, closeAt, rel, flags);
                NextLine = Line + RecordLines;
                _recordBytes = rel;
                _ascii = false;
                return rel > _maxBytes ? TooLongEnded() : RecordKind.Row;
            }

            var span = _buffer.AsSpan(_pos, Math.Min(_end, _start + window) - _pos);
            if (!inQuotes)
            {
                int i = span.IndexOfAny(UnquotedStops);
                if (i < 0)
                {
                    if (closeAt >= 0 && span.Length > 0)
                    {
                        flags |= Stray;
                    }

                    _pos += span.Length;
                    continue;
                }

                if (closeAt >= 0 && i > 0)
                {
                    flags |= Stray;
                }

                _pos += i;
                byte b = _buffer[_pos];
                if (b == (byte)',')
                {
                    AddField(fieldStart, closeAt, _pos - _start, flags);
                    _pos++;
                    fieldStart = _pos - _start;
                    closeAt = -1;
                    flags = 0;
                    continue;
                }

                if (b == (byte)'"')
                {
                    if (_pos - _start == fieldStart && flags == 0)
                    {
                        inQuotes = true;
                        flags = Quoted;
                        _pos++;
                        fieldStart = _pos - _start;
                    }
                    else
                    {
                        flags |= Stray;
                        _pos++;
                    }

                    continue;
                }

                // A line end outside quotes: the record ends.
                if (!LineEndLength(out int length))
                {
                    continue;
                }

                int recordLength = _pos - _start;
                if (recordLength == 0)
                {
                    _pos += length;
                    NextLine = Line + 1;
                    return RecordKind.Blank;
                }

                AddField(fieldStart, closeAt, recordLength, flags);
                _pos += length;
                NextLine = Line + RecordLines;
                _recordBytes = recordLength;
                _ascii = false;
                return recordLength > _maxBytes ? TooLongEnded() : RecordKind.Row;
            }
            else
            {
                int i = span.IndexOfAny(QuotedStops);
                var text = i < 0 ? span : span[..i];
                if (commas >= 0 && _rowCommas > 0)
                {
                    commas += text.Count((byte)',');
                    if (commas >= _rowCommas)
                    {
                        // A line inside the quoted field has a row's commas: the quote spans rows.
                        BrokenField = FieldCount;
                        ResumeAfterFirstBreak();
                        return RecordKind.QuoteBreak;
                    }
                }

                if (i < 0)
                {
                    _pos += span.Length;
                    continue;
                }

                _pos += i;
                byte b = _buffer[_pos];
                if (b == (byte)'"')
                {
                    if (_pos + 1 == _end && !_eof && Fill())
                    {
                        continue;
                    }

                    if (_pos + 1 < _end && _buffer[_pos + 1] == (byte)'"')
                    {
                        flags |= Escaped;
                        _pos += 2;
                        continue;
                    }

                    closeAt = _pos - _start;
                    inQuotes = false;
                    commas = -1;
                    _pos++;
                    continue;
                }

                // A line end inside quotes.
                if (!LineEndLength(out int length))
                {
                    continue;
                }

                _pos += length;
                if (_firstBreak < 0)
                {
                    _firstBreak = _pos - _start;
                }

                if (_breakAllowed is { } allowed && FieldCount < allowed.Length && !allowed[FieldCount])
                {
                    BrokenField = FieldCount;
                    ResumeAfterFirstBreak();
                    return RecordKind.QuoteBreak;
                }

                RecordLines++;
                commas = 0;
            }
        }
    }

    /// <summary>Rejects only the first line of the last record: reading goes on at the line after it.</summary>
    public void ResumeAfterFirstBreak()
    {
        if (_firstBreak >= 0)
        {
            _pos = _start + _firstBreak;
        }

        NextLine = Line + 1;
    }

    /// <summary>True when the field was quoted and held a quote that was not doubled, or text after its closing quote.</summary>
    public bool HasStrayQuote(int field) => (_fieldFlags[field] & Stray) != 0;

    /// <summary>The raw bytes of a field (quotes removed, doubled quotes not yet undone).</summary>
    public ReadOnlySpan<byte> RawField(int field) => _buffer.AsSpan(_start + _fieldStart[field], _fieldLength[field]);

    /// <summary>
    /// Prepares the decoding of the record's fields: when the record is ASCII (the usual case), it is widened to
    /// characters at once, each byte one character; returns the first free position of the character buffer.
    /// </summary>
    public int BeginDecode()
    {
        var bytes = _buffer.AsSpan(_start, _recordBytes);
        _ascii = System.Text.Ascii.IsValid(bytes);
        if (!_ascii)
        {
            return 0;
        }

        if (_chars.Length < bytes.Length)
        {
            _chars = new char[Math.Max(bytes.Length, _chars.Length * 2)];
        }

        System.Text.Ascii.ToUtf16(bytes, _chars, out _);
        return bytes.Length;
    }

    /// <summary>
    /// Decodes a field (strict UTF-8, doubled quotes undone, white space trimmed at both ends) into the record's
    /// character buffer at <paramref name="charStart"/> (after <see cref="BeginDecode"/>); false with the byte
    /// offset of the first invalid byte.
    /// </summary>
    public bool Decode(int field, ref int charStart, out int start, out int length, out int badByte)
    {
        if (_ascii && (_fieldFlags[field] & Escaped) == 0)
        {
            Trim(_fieldStart[field], _fieldLength[field], out start, out length);
            badByte = -1;
            return true;
        }

        var bytes = RawField(field);
        if ((_fieldFlags[field] & Escaped) != 0)
        {
            if (_scratch.Length < bytes.Length)
            {
                _scratch = new byte[Math.Max(bytes.Length, _scratch.Length * 2)];
            }

            int n = 0;
            for (int i = 0; i < bytes.Length; i++)
            {
                _scratch[n++] = bytes[i];
                if (bytes[i] == (byte)'"' && i + 1 < bytes.Length && bytes[i + 1] == (byte)'"')
                {
                    i++;
                }
            }

            bytes = _scratch.AsSpan(0, n);
        }

        if (_chars.Length - charStart < bytes.Length)
        {
            Array.Resize(ref _chars, Math.Max(charStart + bytes.Length, _chars.Length * 2));
        }

        var status = Utf8.ToUtf16(bytes, _chars.AsSpan(charStart), out int read, out int written, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
        {
            start = 0;
            length = 0;
            badByte = read;
            return false;
        }

        Trim(charStart, written, out start, out length);
        charStart += written;
        badByte = -1;
        return true;
    }

    private void Trim(int from, int count, out int start, out int length)
    {
        int lead = from, tail = from + count;
        while (lead < tail && char.IsWhiteSpace(_chars[lead]))
        {
            lead++;
        }

        while (tail > lead && char.IsWhiteSpace(_chars[tail - 1]))
        {
            tail--;
        }

        start = lead;
        length = tail - lead;
    }

    /// <summary>The characters decoded for the record.</summary>
    public ReadOnlySpan<char> Chars(int start, int length) => _chars.AsSpan(start, length);

    /// <inheritdoc/>
    public void Dispose() => _stream.Dispose();

    private RecordKind TooLong()
    {
        // No line end within the limit.
        if (!SkipsTooLong)
        {
            RanOff = true;
            return RecordKind.TooLong;
        }

        if (_firstBreak >= 0)
        {
            ResumeAfterFirstBreak();
            return RecordKind.TooLong;
        }

        // Skip to the next line end, whatever the quotes.
        NextLine = Line + 1;
        while (true)
        {
            if (_pos == _end)
            {
                _start = _pos;
                if (!Fill())
                {
                    RanOff = true;
                    return RecordKind.TooLong;
                }
            }

            int i = _buffer.AsSpan(_pos, _end - _pos).IndexOfAny(LineEnds);
            if (i < 0)
            {
                _pos = _end;
                continue;
            }

            _pos += i;
            _start = _pos;
            if (LineEndLength(out int length))
            {
                _pos += length;
                return RecordKind.TooLong;
            }
        }
    }

    private RecordKind TooLongEnded()
    {
        // A record that ended past the limit: rejected whole if on one line, else from its first line on.
        if (RecordLines > 1)
        {
            ResumeAfterFirstBreak();
        }

        return RecordKind.TooLong;
    }

    /// <summary>The length of the line end at the position (1 or 2); false when more input must be read first.</summary>
    private bool LineEndLength(out int length)
    {
        length = 1;
        if (_buffer[_pos] != (byte)'\r')
        {
            return true;
        }

        if (_pos + 1 == _end && !_eof)
        {
            Fill();
            return false;
        }

        if (_pos + 1 < _end && _buffer[_pos + 1] == (byte)'\n')
        {
            length = 2;
        }

        return true;
    }

    private void AddField(int start, int closeAt, int end, byte flags)
    {
        int f = FieldCount;
        if (f == _fieldStart.Length)
        {
            Array.Resize(ref _fieldStart, f * 2);
            Array.Resize(ref _fieldLength, f * 2);
            Array.Resize(ref _fieldFlags, f * 2);
        }

        _fieldStart[f] = start;
        _fieldLength[f] = (closeAt >= 0 ? closeAt : end) - start;
        _fieldFlags[f] = flags;
        FieldCount = f + 1;
    }

    /// <summary>Reads more input, moving the current record to the start of the buffer; false at the end of the input.</summary>
    private bool Fill()
    {
        if (_eof)
        {
            return false;
        }

        if (_start > 0)
        {
            int keep = _end - _start;
            _buffer.AsSpan(_start, keep).CopyTo(_buffer);
            _base += _start;
            _pos -= _start;
            _end = keep;
            _start = 0;
        }

        int room = _buffer.Length - _end;
        if (room == 0)
        {
            return false;
        }

        int read = _stream.Read(_buffer, _end, room);
        if (read <= 0)
        {
            _eof = true;
            return false;
        }

        _end += read;
        return true;
    }
}
