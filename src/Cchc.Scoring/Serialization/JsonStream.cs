using System;
using System.IO;
using System.Text.Json;

namespace Cchc.Scoring.Serialization;

/// <summary>
/// Reads a JSON document from a stream token by token, keeping in memory only a buffer and the value being read: a
/// <see cref="Utf8JsonReader"/> over a buffer that is refilled (and grown when one value does not fit) as it is used.
/// </summary>
internal sealed class JsonStream
{
    private readonly Stream _stream;
    private readonly ReadLimits _limits;
    private readonly JsonReaderOptions _options;
    private byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;
    private bool _final;
    private bool _started;
    private long _total;
    private JsonReaderState _state;
    private readonly TextCheck _check = new();
    private InvalidTextException? _fault;

    public JsonStream(Stream stream, ReadLimits limits)
    {
        _stream = stream;
        _limits = limits;
        _options = new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = limits.MaxDepth };
        _state = new JsonReaderState(_options);
    }

    /// <summary>The number of bytes read from the stream so far.</summary>
    public long BytesRead => _total;

    /// <summary>
    /// Reads the next token. A property name is returned in <paramref name="name"/>; an end of object or array has
    /// neither; a start of object or array is entered when <paramref name="enter"/> is true; any other token starts a
    /// value, which is read whole into <paramref name="value"/> (the caller disposes it). At the end of the data the
    /// token type is <see cref="JsonTokenType.None"/>.
    /// </summary>
    /// <exception cref="JsonException">The JSON is not well formed, or too deep.</exception>
    /// <exception cref="DocumentTooLargeException">The stream holds more bytes than the limit.</exception>
    /// <exception cref="InvalidTextException">The stream is not strict UTF-8 (<see cref="TextCheck"/>).</exception>
    public JsonTokenType Next(bool enter, out string? name, out JsonDocument? value)
    {
        name = null;
        value = null;
        while (true)
        {
            if (!_started)
            {
                _started = true;
                while (_end - _start < 3 && !_final && _fault is null)
                {
                    More();
                }
                if (_end - _start >= 3 && _buffer[_start] == 0xEF && _buffer[_start + 1] == 0xBB && _buffer[_start + 2] == 0xBF)
                {
                    _start += 3;
                }
            }

            var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, _state);
            if (!reader.Read())
            {
                if (_final)
                {
                    return JsonTokenType.None;
                }

                // White space and comments read so far are done with: never read them again.
                Commit(ref reader);
                More();
                continue;
            }

            var type = reader.TokenType;
            switch (type)
            {
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                case JsonTokenType.StartObject or JsonTokenType.StartArray when enter:
                    Commit(ref reader);
                    return type;
                case JsonTokenType.PropertyName:
                    try
                    {
                        name = reader.GetString();
                    }
                    catch (InvalidOperationException ex)
                    {
                        // Invalid UTF-8 or a lone surrogate escape in a field name: not well-formed text.
                        throw new JsonException("A field name is not valid text.", null, null, null, ex);
                    }

                    Commit(ref reader);
                    return type;
                default:
                    var probe = reader;
                    if (!probe.TrySkip())
                    {
                        More();
                        continue;
                    }

                    value = JsonDocument.ParseValue(ref reader);
                    Commit(ref reader);
                    return type;
            }
        }
    }

    private void Commit(ref Utf8JsonReader reader)
    {
        _start += checked((int)reader.BytesConsumed);
        _state = reader.CurrentState;
    }

    /// <summary>
    /// Reads more of the stream: at least as many bytes as are waiting unread (a value not yet complete), so that a
    /// value is scanned again only each time its known part has doubled. Reading stays linear in the input however
    /// little the stream gives per read.
    /// </summary>
    /// <exception cref="InvalidTextException">The bytes that the reader needs are not strict UTF-8.</exception>
    private void More()
    {
        if (_fault is not null)
        {
            throw _fault;
        }

        if (_final)
        {
            return;
        }

        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        int wanted = Math.Max(_end, 4096);
        int got = 0;
        while (got < wanted)
        {
            if (_end == _buffer.Length)
            {
                Array.Resize(ref _buffer, checked(_buffer.Length * 2));
            }

            int n = _stream.Read(_buffer, _end, _buffer.Length - _end);
            if (n == 0)
            {
                _check.Finish();
                _final = _check.Fault is null;
                _fault = _check.Fault;
                return;
            }

            _total += n;
            if (_total > _limits.MaxDocumentBytes)
            {
                throw new DocumentTooLargeException(_total);
            }

            int good = _check.Feed(_buffer.AsSpan(_end, n));
            _end += good;
            got += good;
            if (_check.Fault is not null)
            {
                // The reader gets the bytes before the fault, and the fault when it needs more.
                _fault = _check.Fault;
                return;
            }
        }
    }
}

/// <summary>Thrown inside the stream reader when the document passes the size limit; turned into a problem by the caller.</summary>
internal sealed class DocumentTooLargeException : Exception
{
    public DocumentTooLargeException(long bytes)
        : base("The document is too large.") => Bytes = bytes;

    public DocumentTooLargeException()
    {
    }

    public DocumentTooLargeException(string message)
        : base(message)
    {
    }

    public DocumentTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public long Bytes { get; }
}

/// <summary>Reads every decimal of the file formats exactly (<see cref="ExactNumbers"/>) or not at all.</summary>
internal sealed class ExactDecimalConverter : System.Text.Json.Serialization.JsonConverter<decimal>
{
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw new JsonException();
        }

        ReadOnlySpan<byte> literal = reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan;
        if (ExactNumbers.WhyNot(literal) is string why)
        {
            throw new InexactNumberException(why);
        }

        return reader.TryGetDecimal(out decimal value) ? value : throw new InexactNumberException("is too large to be held (decimal numbers reach about 7.9e28).");
    }

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
}

/// <summary>A number that cannot be held exactly; the message is a clause that follows the field's name.</summary>
internal sealed class InexactNumberException : JsonException
{
    public InexactNumberException(string message)
        : base(message)
    {
    }

    public InexactNumberException()
    {
    }

    public InexactNumberException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
