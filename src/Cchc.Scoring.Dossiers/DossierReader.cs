using System;
using System.Collections.Generic;
using System.Data.Common;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Cchc.Scoring;
using Sylvan.Data.Csv;

namespace Cchc.Scoring.Dossiers;

/// <summary>How far a read has come.</summary>
public readonly struct ReadProgress : IEquatable<ReadProgress>
{
    /// <summary>Creates a progress report.</summary>
    /// <param name="rowsRead">Rows read so far.</param>
    /// <param name="bytesRead">Bytes read so far (0 when unknown).</param>
    /// <param name="totalBytes">The size of the input (0 when unknown).</param>
    public ReadProgress(long rowsRead, long bytesRead, long totalBytes)
    {
        RowsRead = rowsRead;
        BytesRead = bytesRead;
        TotalBytes = totalBytes;
    }

    /// <summary>Rows read so far.</summary>
    public long RowsRead { get; }

    /// <summary>Bytes read so far (0 when unknown).</summary>
    public long BytesRead { get; }

    /// <summary>The size of the input (0 when unknown).</summary>
    public long TotalBytes { get; }

    /// <inheritdoc/>
    public bool Equals(ReadProgress other) => RowsRead == other.RowsRead && BytesRead == other.BytesRead && TotalBytes == other.TotalBytes;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ReadProgress other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(RowsRead, BytesRead, TotalBytes);

    /// <summary>Equality.</summary>
    /// <param name="left">A report.</param>
    /// <param name="right">Another.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(ReadProgress left, ReadProgress right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">A report.</param>
    /// <param name="right">Another.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(ReadProgress left, ReadProgress right) => !left.Equals(right);
}

/// <summary>
/// Reads dossiers from CSV files (docs/dossiers.md), database readers and enumerables into metrics. Reading streams:
/// memory does not grow with the rows. Bad rows are counted and reported with their line, never thrown.
/// </summary>
public static class DossierReader
{
    private const int ProgressEvery = 1 << 16;
    private const long MinBytesPerPartition = 1 << 20;

    /// <summary>
    /// Reads a CSV file of dossiers. The file is split at line ends into one partition per processor (see
    /// <see cref="DossierOptions.Parallelism"/>), read in parallel and merged: the result is the same as one pass.
    /// A file whose quoted fields hold line ends across a split point is read again in one pass.
    /// </summary>
    /// <param name="path">The file (UTF-8, header row first).</param>
    /// <param name="options">The options; <see cref="DossierOptions.Default"/> when null.</param>
    /// <param name="progress">Receives progress reports from the reading threads, or null.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The metrics, summary and problems (an unreadable file or a missing column is a problem).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="OperationCanceledException">The read was cancelled.</exception>
    public static DossierMetrics ReadCsvFile(string path, DossierOptions? options = null, IProgress<ReadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        return ReadCsvFile(path, options, progress, cancellationToken, MinBytesPerPartition);
    }

    /// <summary>Reads a CSV file with partitions of at least <paramref name="minPartitionBytes"/> (small in tests).</summary>
    internal static DossierMetrics ReadCsvFile(string path, DossierOptions? options, IProgress<ReadProgress>? progress, CancellationToken cancellationToken, long minPartitionBytes)
    {
        options ??= DossierOptions.Default;
        var result = new DossierAccumulator(options);
        try
        {
            long length = new FileInfo(path).Length;
            byte[] header = ReadHeaderLine(path);
            var names = HeaderNames(header);
            var map = DossierColumns.Map(i => names[i], names.Length);
            if (MissingColumns(map, path, result))
            {
                return result.ToMetrics();
            }

            var ranges = Split(path, header.Length, length, options.EffectiveParallelism, minPartitionBytes);
            var counter = new ProgressCounter(progress, length);
            var parts = new PartResult[ranges.Count];
            Parallel.For(0, ranges.Count, new ParallelOptions { MaxDegreeOfParallelism = ranges.Count, CancellationToken = cancellationToken }, i =>
            {
                parts[i] = ReadPart(path, ranges[i].Start, ranges[i].End, header, names.Length, map, options, counter, cancellationToken);
            });

            long quotes = 0;
            bool split = true;
            for (int i = 0; i < parts.Length - 1; i++)
            {
                quotes += parts[i].Quotes;
                split &= quotes % 2 == 0;
            }

            if (!split)
            {
                // A split point fell inside a quoted field: read the file in one pass.
                var whole = ReadPart(path, header.Length, length, header, names.Length, map, options, new ProgressCounter(progress, length), cancellationToken);
                parts = [whole];
            }

            long line = 2;
            foreach (var part in parts)
            {
                result.Merge(part.Accumulator, line - 2);
                line += part.LineFeeds;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or SecurityException or NotSupportedException or ArgumentException or CsvFormatException or DecoderFallbackException)
        {
            result.Report(new Problem(DossierProblemCodes.UnreadableInput, "The file cannot be read: " + ex.Message, source: path));
        }
        catch (AggregateException ex) when (ex.InnerExceptions.All(e => e is IOException or UnauthorizedAccessException or CsvFormatException or DecoderFallbackException))
        {
            result.Report(new Problem(DossierProblemCodes.UnreadableInput, "The file cannot be read: " + ex.InnerExceptions[0].Message, source: path));
        }

        return result.ToMetrics();
    }

    /// <summary>Reads CSV text of dossiers in one pass.</summary>
    /// <param name="reader">The text, header row first.</param>
    /// <param name="options">The options; <see cref="DossierOptions.Default"/> when null.</param>
    /// <param name="source">The input's name for problem reports, or null.</param>
    /// <returns>The metrics, summary and problems.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    public static DossierMetrics ReadCsv(TextReader reader, DossierOptions? options = null, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var acc = new DossierAccumulator(options);
        try
        {
            using var csv = CsvDataReader.Create(reader, new CsvDataReaderOptions { HasHeaders = true, BufferSize = 1 << 16 });
            int count = csv.FieldCount;
            var map = DossierColumns.Map(csv.GetName, count);
            if (!MissingColumns(map, source, acc))
            {
                ReadRows(csv, count, map, acc, 2, source, null, CancellationToken.None);
            }
        }
        catch (Exception ex) when (ex is IOException or CsvFormatException or DecoderFallbackException)
        {
            acc.Report(new Problem(DossierProblemCodes.UnreadableInput, "The text cannot be read: " + ex.Message, source: source));
        }

        return acc.ToMetrics();
    }

    /// <summary>
    /// Reads dossiers from any database reader whose columns carry the schema's names (docs/dossiers.md). Text,
    /// integer, boolean and date-time columns are accepted and read as the CSV text would be, so a table loaded from a
    /// CSV file gives the same metrics as the file.
    /// </summary>
    /// <param name="reader">The reader, positioned before its first row.</param>
    /// <param name="options">The options; <see cref="DossierOptions.Default"/> when null.</param>
    /// <param name="source">The input's name for problem reports, or null. Rows are numbered from 1.</param>
    /// <returns>The metrics, summary and problems.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    public static DossierMetrics ReadDatabase(DbDataReader reader, DossierOptions? options = null, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var acc = new DossierAccumulator(options);
        var map = DossierColumns.Map(reader.GetName, reader.FieldCount);
        if (MissingColumns(map, source, acc))
        {
            return acc.ToMetrics();
        }

        var src = new DbSource(reader);
        long line = 0;
        while (reader.Read())
        {
            line++;
            var row = default(DossierRow);
            var reason = RowParser.Parse(ref src, map, ref row, out int column);
            if (reason != RejectReason.None)
            {
                acc.Reject(reason, column, RowParser.Get(ref src, map, column), line, source);
                continue;
            }

            acc.AddRow(RowParser.Get(ref src, map, DossierColumns.Unit), ref row, line, source);
        }

        return acc.ToMetrics();
    }

    /// <summary>Counts dossier records, partitioned over the processors and merged. Records are numbered from 1 in problem reports.</summary>
    /// <param name="dossiers">The records (enumerated once).</param>
    /// <param name="options">The options; <see cref="DossierOptions.Default"/> when null.</param>
    /// <returns>The metrics, summary and problems.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dossiers"/> or one of its items is null.</exception>
    public static DossierMetrics Read(IEnumerable<Dossier> dossiers, DossierOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(dossiers);
        options ??= DossierOptions.Default;
        var total = new DossierAccumulator(options);
        var gate = new Lock();
        Parallel.ForEach(
            dossiers,
            new ParallelOptions { MaxDegreeOfParallelism = options.EffectiveParallelism },
            () => new DossierAccumulator(options),
            (dossier, _, index, acc) =>
            {
                ArgumentNullException.ThrowIfNull(dossier, nameof(dossiers));
                acc.Add(dossier, index + 1);
                return acc;
            },
            acc =>
            {
                lock (gate)
                {
                    total.Merge(acc);
                }
            });
        return total.ToMetrics();
    }

    /// <summary>Counts an asynchronous stream of dossier records in one pass. Records are numbered from 1 in problem reports.</summary>
    /// <param name="dossiers">The records.</param>
    /// <param name="options">The options; <see cref="DossierOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The metrics, summary and problems.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dossiers"/> or one of its items is null.</exception>
    public static async Task<DossierMetrics> ReadAsync(IAsyncEnumerable<Dossier> dossiers, DossierOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dossiers);
        var acc = new DossierAccumulator(options);
        long line = 0;
        await foreach (var dossier in dossiers.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            ArgumentNullException.ThrowIfNull(dossier, nameof(dossiers));
            acc.Add(dossier, ++line);
        }

        return acc.ToMetrics();
    }

    private static PartResult ReadPart(string path, long start, long end, byte[] header, int fieldCount, int[] map, DossierOptions options, ProgressCounter counter, CancellationToken cancellationToken)
    {
        var acc = new DossierAccumulator(options);
        using var stream = new RangeStream(path, start, end, header);
        using var text = new StreamReader(stream, new UTF8Encoding(false, false), false, 1 << 16);
        using var csv = CsvDataReader.Create(text, new CsvDataReaderOptions { HasHeaders = true, BufferSize = 1 << 16 });
        ReadRows(csv, fieldCount, map, acc, 2, path, counter.For(stream), cancellationToken);
        return new PartResult(acc, stream.LineFeeds, stream.Quotes);
    }

    private static void ReadRows(CsvDataReader csv, int fieldCount, int[] map, DossierAccumulator acc, long firstLine, string? source, ProgressCounter.Part? progress, CancellationToken cancellationToken)
    {
        var src = new CsvSource(csv);
        int pending = 0;
        while (csv.Read())
        {
            long line = firstLine + csv.RowNumber - 1;
            if (++pending == ProgressEvery)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress?.Add(pending);
                pending = 0;
            }

            int fields = csv.RowFieldCount;
            if (fields != fieldCount)
            {
                if (fields == 1 && csv.GetFieldSpan(0).IsEmpty)
                {
                    acc.Blank();
                }
                else
                {
                    acc.Reject(RejectReason.FieldCount, -1, fields.ToString(CultureInfo.InvariantCulture), line, source);
                }

                continue;
            }

            var row = default(DossierRow);
            var reason = RowParser.Parse(ref src, map, ref row, out int column);
            if (reason != RejectReason.None)
            {
                acc.Reject(reason, column, RowParser.Get(ref src, map, column), line, source);
                continue;
            }

            acc.AddRow(RowParser.Get(ref src, map, DossierColumns.Unit), ref row, line, source);
        }

        progress?.Add(pending);
    }

    private static bool MissingColumns(int[] map, string? source, DossierAccumulator acc)
    {
        var missing = DossierColumns.Required.Where(c => map[c] < 0).Select(c => DossierColumns.Names[c]).ToArray();
        if (missing.Length == 0)
        {
            return false;
        }

        acc.Report(new Problem(
            DossierProblemCodes.MissingColumn,
            "The input has no column " + string.Join(", ", missing) + "; the required columns are id, unit, received_at and due_at (see docs/dossiers.md). Nothing was read.",
            source: source));
        return true;
    }

    private static byte[] ReadHeaderLine(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096);
        var bytes = new List<byte>();
        int b;
        while ((b = file.ReadByte()) >= 0)
        {
            bytes.Add((byte)b);
            if (b == '\n')
            {
                break;
            }
        }

        return bytes.ToArray();
    }

    private static string[] HeaderNames(byte[] header)
    {
        var text = new UTF8Encoding(false, false).GetString(header).TrimStart('\uFEFF');
        using var csv = CsvDataReader.Create(new StringReader(text), new CsvDataReaderOptions { HasHeaders = true });
        return Enumerable.Range(0, csv.FieldCount).Select(csv.GetName).ToArray();
    }

    private static List<(long Start, long End)> Split(string path, long start, long length, int parts, long minPartitionBytes)
    {
        var ranges = new List<(long, long)>();
        long size = length - start;
        parts = (int)Math.Clamp(size / Math.Max(minPartitionBytes, 1), 1, Math.Max(parts, 1));
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096);
        long from = start;
        for (int i = 1; i < parts && from < length; i++)
        {
            long at = Math.Max(from, start + (size * i / parts));
            file.Seek(at, SeekOrigin.Begin);
            int b;
            while ((b = file.ReadByte()) >= 0 && b != '\n')
            {
            }

            long to = file.Position;
            if (to > from && to < length)
            {
                ranges.Add((from, to));
                from = to;
            }
        }

        ranges.Add((from, length));
        return ranges;
    }

    private sealed record PartResult(DossierAccumulator Accumulator, long LineFeeds, long Quotes);

    private sealed class ProgressCounter(IProgress<ReadProgress>? progress, long totalBytes)
    {
        private long _rows;
        private long _bytes;

        public Part? For(RangeStream stream) => progress is null ? null : new Part(this, stream);

        internal sealed class Part(ProgressCounter owner, RangeStream stream)
        {
            private long _lastBytes;

            public void Add(int rows)
            {
                long bytes = stream.BytesRead;
                long rowsNow = Interlocked.Add(ref owner._rows, rows);
                long bytesNow = Interlocked.Add(ref owner._bytes, bytes - _lastBytes);
                _lastBytes = bytes;
                owner.Report(rowsNow, bytesNow);
            }
        }

        private void Report(long rows, long bytes) => progress?.Report(new ReadProgress(rows, Math.Min(bytes, totalBytes), totalBytes));
    }

    private readonly struct CsvSource(CsvDataReader reader) : IFieldSource
    {
        public ReadOnlySpan<char> Field(int ordinal) => reader.GetFieldSpan(ordinal);
    }

    private readonly struct DbSource(DbDataReader reader) : IFieldSource
    {
        private readonly char[] _buffer = new char[64];

        public ReadOnlySpan<char> Field(int ordinal)
        {
            if (reader.IsDBNull(ordinal))
            {
                return default;
            }

            var type = reader.GetFieldType(ordinal);
            if (type == typeof(string))
            {
                return reader.GetString(ordinal).AsSpan().Trim();
            }

            if (type == typeof(DateTime))
            {
                var dt = reader.GetDateTime(ordinal);
                return _buffer.AsSpan(0, LocalSeconds.Format(dt.Ticks / TimeSpan.TicksPerSecond, _buffer));
            }

            if (type == typeof(bool))
            {
                return reader.GetBoolean(ordinal) ? "1" : "0";
            }

            var value = reader.GetValue(ordinal);
            return value is IFormattable f ? f.ToString(null, CultureInfo.InvariantCulture).AsSpan() : value.ToString().AsSpan();
        }
    }
}
