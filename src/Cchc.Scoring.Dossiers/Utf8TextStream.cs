using System;
using System.Buffers;
using System.IO;
using System.Text.Unicode;

namespace Cchc.Scoring.Dossiers;

/// <summary>
/// The UTF-8 bytes of a text reader's characters, as a read-only stream. A lone surrogate (text that is not valid
/// Unicode) becomes the byte 0xFF, which is never valid UTF-8, so that the CSV reader reports it at its row and column.
/// </summary>
internal sealed class Utf8TextStream(TextReader reader) : ForwardReadStream
{
    private readonly char[] _chars = new char[4096];
    private readonly byte[] _bytes = new byte[(4096 * 3) + 8];
    private int _charCount;
    private int _byteStart;
    private int _byteEnd;
    private bool _done;

    public override int Read(Span<byte> buffer)
    {
        while (_byteStart == _byteEnd)
        {
            if (_done && _charCount == 0)
            {
                return 0;
            }

            Encode();
        }

        int n = Math.Min(buffer.Length, _byteEnd - _byteStart);
        _bytes.AsSpan(_byteStart, n).CopyTo(buffer);
        _byteStart += n;
        return n;
    }

    private void Encode()
    {
        if (!_done)
        {
            int read = reader.Read(_chars, _charCount, _chars.Length - _charCount);
            if (read <= 0)
            {
                _done = true;
            }
            else
            {
                _charCount += read;
            }
        }

        _byteStart = 0;
        _byteEnd = 0;
        int consumed = 0;
        while (consumed < _charCount)
        {
            var status = Utf8.FromUtf16(_chars.AsSpan(consumed, _charCount - consumed), _bytes.AsSpan(_byteEnd), out int read, out int written, replaceInvalidSequences: false, isFinalBlock: _done);
            consumed += read;
            _byteEnd += written;
            if (status == OperationStatus.InvalidData)
            {
                _bytes[_byteEnd++] = 0xFF;
                consumed++;
            }
            else
            {
                // Done, or a high surrogate waiting for the next characters.
                break;
            }
        }

        _chars.AsSpan(consumed, _charCount - consumed).CopyTo(_chars);
        _charCount -= consumed;
        if (_done && _charCount > 0 && _byteEnd == 0)
        {
            // Cannot happen with isFinalBlock, but never loop forever.
            _charCount = 0;
        }
    }
}
