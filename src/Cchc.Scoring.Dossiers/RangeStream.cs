using System;
using System.IO;

namespace Cchc.Scoring.Dossiers;

/// <summary>
/// A read-only stream over a byte range of a file, after a prefix, that counts the bytes read.
/// </summary>
internal sealed class RangeStream : ForwardReadStream
{
    private readonly FileStream _file;
    private readonly byte[] _prefix;
    private int _prefixRead;
    private long _remaining;

    public RangeStream(string path, long start, long end, byte[] prefix)
    {
        _file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        _file.Seek(start, SeekOrigin.Begin);
        _remaining = end - start;
        _prefix = prefix;
    }

    /// <summary>Bytes read from the range so far.</summary>
    public long BytesRead { get; private set; }

    public override int Read(Span<byte> buffer)
    {
        if (_prefixRead < _prefix.Length)
        {
            int n = Math.Min(buffer.Length, _prefix.Length - _prefixRead);
            _prefix.AsSpan(_prefixRead, n).CopyTo(buffer);
            _prefixRead += n;
            return n;
        }

        if (_remaining <= 0)
        {
            return 0;
        }

        int read = _file.Read(buffer[..(int)Math.Min(buffer.Length, _remaining)]);
        if (read > 0)
        {
            _remaining -= read;
            BytesRead += read;
        }
        else
        {
            _remaining = 0;
        }

        return read;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _file.Dispose();
        }

        base.Dispose(disposing);
    }
}
