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
    /// A partition that does not end where one pass would end a row (a quoted field running over its end) is read
    /// again with the rest of the file in one pass.
    /// </summary>
    /// <param name="path">The file (UTF-8, header row first).</param>
    /// <param name="options">The options; <see cref="DossierOptions.Default"/> when null.</param>
    /// <param name="progress">Receives progress reports from the reading threads, or null.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The metrics, summary and problems (an unreadable file, a header over the limit, a missing or repeated column is a problem).</returns>
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
            using var records = new CsvRecords(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan), 1);
            if (ReadHeader(records, path, result) is not { } schema)
            {
                return result.ToMetrics();
            }

            long dataStart = records.Position;
            long dataLine = records.NextLine;
            var ranges = Split(path, dataStart, length, options.EffectiveParallelism, minPartitionBytes);
            if (ranges.Count <= 1)
            {
                // One pass: go on with the reader of the header (a device or a pipe has no length to split).
                var counter = new ProgressCounter(progress, length);
                ReadRows(records, schema, result, path, counter.For(() => records.Position), cancellationToken);
                return result.ToMetrics();
            }

            var progressCounter = new ProgressCounter(progress, length);
            var parts = new PartResult[ranges.Count];
            Parallel.For(0, ranges.Count, new ParallelOptions { MaxDegreeOfParallelism = ranges.Count, CancellationToken = cancellationToken }, i =>
            {
                parts[i] = ReadPart(path, ranges[i].Start, ranges[i].End, schema, options, progressCounter, cancellationToken);
            });

            // A partition is exact when one pass would have started a row where it ended: the next one then began
            // at a row's start. From the first that is not, the rest of the file is read again in one pass.
            int exact = 0;
            while (exact < parts.Length - 1 && parts[exact].Clean)
            {
                exact++;
            }

            if (exact < parts.Length - 1)
            {
                var rest = ReadPart(path, ranges[exact].Start, length, schema, options, new ProgressCounter(progress, length), cancellationToken);
                parts = [.. parts.Take(exact), rest];
            }

            long offset = dataLine - 1;
            foreach (var part in parts)
            {
                result.Merge(part.Accumulator, offset);
                offset += part.Lines;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or SecurityException or NotSupportedException or ArgumentException)
        {
            result.Report(new Problem(DossierProblemCodes.UnreadableInput, "The file cannot be read: " + ex.Message, source: path));
        }
        catch (AggregateException ex) when (ex.InnerExceptions.All(e => e is IOException or UnauthorizedAccessException))
        {
            result.Report(new Problem(DossierProblemCodes.UnreadableInput, "The file cannot be read: " + ex.InnerExceptions[0].Message, source: path));
        }

        return result.ToMetrics();
    }

    /// <summary>Reads CSV text of dossiers in one pass, by the rules of a CSV file (docs/dossiers.md).</summary>
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
            using var records = new CsvRecords(new Utf8TextStream(reader), 1);
            if (ReadHeader(records, source, acc) is { } schema)
            {
                ReadRows(records, schema, acc, source, null, CancellationToken.None);
            }
        }
        catch (IOException ex)
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
        var map = DossierColumns.Map(reader.GetName, reader.FieldCount, out var duplicates);
        if (MissingColumns(map, duplicates, source, acc))
        {
            return acc.ToMetrics();
        }

        var src = new DbSource(reader);
        long line = 0;
        while (reader.Read())
        {
            line++;
            var row = default(DossierRow);
            var reason = RowParser.Parse(ref src, map, acc.Options.TimeFormat, ref row, out int column);
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

    private static PartResult ReadPart(string path, long start, long end, Schema schema, DossierOptions options, ProgressCounter counter, CancellationToken cancellationToken)
    {
        var acc = new DossierAccumulator(options);
        var stream = new RangeStream(path, start, end, []);
        using var records = new CsvRecords(stream, 1);
        records.Expect(schema.BreakAllowed, schema.RowCommas);
        bool clean = ReadRows(records, schema, acc, path, counter.For(() => stream.BytesRead), cancellationToken);
        return new PartResult(acc, records.NextLine - 1, clean);
    }

    /// <summary>Reads the rows after the header; true when the input ended at a row's end (no row ran into it).</summary>
    private static bool ReadRows(CsvRecords records, Schema schema, DossierAccumulator acc, string? source, ProgressCounter.Part? progress, CancellationToken cancellationToken)
    {
        var fields = new RowFields(records, schema.FieldCount);
        var src = new CsvSource(fields);
        var map = schema.Map;
        int pending = 0;
        bool clean = true;
        while (true)
        {
            var kind = records.Read();
            if (kind == RecordKind.End)
            {
                break;
            }

            clean &= !records.RanOff;
            if (++pending == ProgressEvery)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress?.Add(pending);
                pending = 0;
            }

            long line = records.Line;
            switch (kind)
            {
                case RecordKind.Blank:
                    acc.Blank();
                    continue;
                case RecordKind.QuoteBreak:
                {
                    // Messages give no other line than the problem's own: a partition does not know where it starts.
                    int column = schema.ColumnAt(records.BrokenField);
                    acc.Reject(RejectReason.QuoteSpansRows, column, line, source, () => (column >= 0
                        ? "A quote opened in " + DossierColumns.Names[column] + " is not closed on this line, and a line break is never part of " + DossierColumns.Names[column]
                        : "A quote opened in column " + N(records.BrokenField + 1) + " runs on over the next line, which looks like a row")
                        + ": this line is rejected and reading goes on at the next line. Close the quote on its line, or double a quote that is part of the text (\"\").");
                    continue;
                }

                case RecordKind.Unclosed:
                {
                    int column = schema.ColumnAt(records.BrokenField);
                    acc.Reject(RejectReason.QuoteSpansRows, column, line, source, () => "A quote opened on this line is never closed before the end of the input: this line is rejected, and the lines after it are read as rows. Close the quote, or double a quote that is part of the text (\"\").");
                    continue;
                }

                case RecordKind.TooLong:
                    acc.Reject(RejectReason.RowTooLong, -1, line, source, () => "The row is longer than " + N(CsvRecords.MaxRowBytes) + " bytes (a field that runs on, or a quote left open): it is rejected and reading goes on at the next line.");
                    continue;
            }

            var reason = ReadFields(records, schema, fields, out int failed, out int badByte);
            if (reason == RejectReason.None)
            {
                var row = default(DossierRow);
                reason = RowParser.Parse(ref src, map, acc.Options.TimeFormat, ref row, out failed);
                if (reason == RejectReason.None)
                {
                    var unit = RowParser.Get(ref src, map, DossierColumns.Unit);
                    if (records.RecordLines == 1 || acc.KnowsUnit(unit))
                    {
                        acc.AddRow(unit, ref row, line, source);
                        continue;
                    }

                    reason = RejectReason.UnknownUnit;
                    failed = DossierColumns.Unit;
                }
            }

            if (records.RecordLines > 1)
            {
                // A row over several lines that is not a good dossier: only its first line is rejected.
                int more = records.RecordLines - 1;
                string inner = Inner(reason, failed, badByte, records, schema, ref src, acc.Options.TimeFormat);
                records.ResumeAfterFirstBreak();
                acc.Reject(RejectReason.QuoteSpansRows, failed, line, source, () => "A quoted field opened on this line runs on over the next " + N(more) + (more == 1 ? " line" : " lines") + ", and the lines read as one row are not a dossier (" + inner + "): this line is rejected and reading goes on at the next line.");
                continue;
            }

            switch (reason)
            {
                case RejectReason.FieldCount:
                    acc.Reject(reason, -1, records.FieldCount.ToString(CultureInfo.InvariantCulture), line, source);
                    break;
                case RejectReason.StrayQuote or RejectReason.InvalidEncoding:
                {
                    string inner = Inner(reason, failed, badByte, records, schema, ref src, acc.Options.TimeFormat);
                    acc.Reject(reason, failed, line, source, () => inner);
                    break;
                }

                default:
                    acc.Reject(reason, failed, RowParser.Get(ref src, map, failed), line, source);
                    break;
            }
        }

        progress?.Add(pending);
        return clean;
    }

    /// <summary>Checks the field count and decodes the schema's fields; the reason and the column when one fails.</summary>
    private static RejectReason ReadFields(CsvRecords records, Schema schema, RowFields fields, out int column, out int badByte)
    {
        badByte = -1;
        column = -1;
        if (records.FieldCount != schema.FieldCount)
        {
            return RejectReason.FieldCount;
        }

        int chars = records.BeginDecode();
        foreach (var (c, ordinal) in schema.Columns)
        {
            column = c;
            if (records.HasStrayQuote(ordinal))
            {
                return RejectReason.StrayQuote;
            }

            if (!records.Decode(ordinal, ref chars, out fields.Starts[ordinal], out fields.Lengths[ordinal], out badByte))
            {
                return RejectReason.InvalidEncoding;
            }
        }

        column = -1;
        return RejectReason.None;
    }

    /// <summary>The description of why a row is rejected (allocates; only for rejected rows).</summary>
    private static string Inner(RejectReason reason, int column, int badByte, CsvRecords records, Schema schema, ref CsvSource src, DossierTimeFormat format)
    {
        string name = column >= 0 ? DossierColumns.Names[column] : string.Empty;
        switch (reason)
        {
            case RejectReason.FieldCount:
                return DossierAccumulator.Describe(reason, name, records.FieldCount.ToString(CultureInfo.InvariantCulture));
            case RejectReason.StrayQuote:
                return name + " holds a quote inside a field that is not quoted as a whole, or text after its closing quote (perhaps a quote opened on an earlier line closes here): quote the whole field and double the quotes in it (\"\"), or remove the quote.";
            case RejectReason.InvalidEncoding:
            {
                var raw = records.RawField(schema.Map[column]);
                string shown = badByte >= 0 && badByte < raw.Length ? "0x" + raw[badByte].ToString("X2", CultureInfo.InvariantCulture) : "?";
                return name + " is not valid UTF-8 (byte " + shown + " at byte " + N(badByte + 1) + " of the field): save the file as UTF-8 (in Excel: CSV UTF-8).";
            }

            default:
                return DossierAccumulator.Describe(reason, name, RowParser.Get(ref src, schema.Map, column), format);
        }
    }

    /// <summary>Reads the header; null (with the problem reported) when nothing can be read.</summary>
    private static Schema? ReadHeader(CsvRecords records, string? source, DossierAccumulator acc)
    {
        records.SkipByteOrderMark();
        records.Limit = CsvRecords.MaxHeaderBytes;
        records.SkipsTooLong = false;
        var kind = records.Read();
        records.Limit = CsvRecords.MaxRowBytes;
        records.SkipsTooLong = true;
        switch (kind)
        {
            case RecordKind.End:
                acc.Report(new Problem(DossierProblemCodes.UnreadableInput, "The input is empty: it has no header row (see docs/dossiers.md). Nothing was read.", source: source));
                return null;
            case RecordKind.TooLong:
                acc.Report(new Problem(ProblemCodes.LimitExceeded, "The header row has no line end within its first " + N(CsvRecords.MaxHeaderBytes) + " bytes: this is not a CSV file of dossiers (UTF-8, a header row first, see docs/dossiers.md). Nothing was read.", source: source, line: 1));
                return null;
            case RecordKind.Unclosed:
                acc.Report(new Problem(DossierProblemCodes.UnreadableInput, "The header row opens a quote that is never closed. Nothing was read.", source: source, line: 1));
                return null;
        }

        var names = new string[kind == RecordKind.Blank ? 1 : records.FieldCount];
        for (int i = 0; i < names.Length && kind == RecordKind.Row; i++)
        {
            names[i] = Encoding.UTF8.GetString(records.RawField(i)).Replace("\"\"", "\"", StringComparison.Ordinal);
        }

        if (kind == RecordKind.Blank)
        {
            names[0] = string.Empty;
        }

        var map = DossierColumns.Map(i => names[i], names.Length, out var duplicates);
        if (MissingColumns(map, duplicates, source, acc))
        {
            return null;
        }

        var schema = new Schema(map, names.Length);
        records.Expect(schema.BreakAllowed, schema.RowCommas);
        return schema;
    }

    private static bool MissingColumns(int[] map, IReadOnlyList<string> duplicates, string? source, DossierAccumulator acc)
    {
        foreach (string name in duplicates)
        {
            acc.Report(new Problem(
                DossierProblemCodes.DuplicateColumn,
                "The header has the column " + name + " more than once: which one holds the data is not clear. Nothing was read.",
                source: source,
                line: 1));
        }

        var missing = DossierColumns.Required.Where(c => map[c] < 0).Select(c => DossierColumns.Names[c]).ToArray();
        if (missing.Length == 0)
        {
            return duplicates.Count > 0;
        }

        acc.Report(new Problem(
            DossierProblemCodes.MissingColumn,
            "The input has no column " + string.Join(", ", missing) + "; the required columns are id, unit, received_at and due_at (see docs/dossiers.md). Nothing was read.",
            source: source));
        return true;
    }

    private static List<(long Start, long End)> Split(string path, long start, long length, int parts, long minPartitionBytes)
    {
        var ranges = new List<(long, long)>();
        long size = length - start;
        parts = (int)Math.Clamp(size / Math.Max(minPartitionBytes, 1), 1, Math.Max(parts, 1));
        if (parts <= 1)
        {
            return ranges;
        }

        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
        var buffer = new byte[1 << 16];
        long from = start;
        for (int i = 1; i < parts && from < length; i++)
        {
            long to = LineEndAfter(file, Math.Max(from, start + (size * i / parts)), buffer);
            if (to > from && to < length)
            {
                ranges.Add((from, to));
                from = to;
            }
        }

        ranges.Add((from, length));
        return ranges;
    }

    /// <summary>The position after the first line end (LF, CRLF or CR) at or after <paramref name="at"/>, or the end.</summary>
    private static long LineEndAfter(FileStream file, long at, byte[] buffer)
    {
        file.Seek(at, SeekOrigin.Begin);
        long position = at;
        bool afterCr = false;
        int read;
        while ((read = file.Read(buffer, 0, buffer.Length)) > 0)
        {
            var span = buffer.AsSpan(0, read);
            if (afterCr)
            {
                return span[0] == (byte)'\n' ? position + 1 : position;
            }

            int i = span.IndexOfAny((byte)'\n', (byte)'\r');
            if (i >= 0)
            {
                if (span[i] == (byte)'\n')
                {
                    return position + i + 1;
                }

                if (i + 1 < read)
                {
                    return span[i + 1] == (byte)'\n' ? position + i + 2 : position + i + 1;
                }

                afterCr = true;
            }

            position += read;
        }

        return position;
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private sealed record PartResult(DossierAccumulator Accumulator, long Lines, bool Clean);

    /// <summary>The columns of a CSV input and the fields of its current row, decoded.</summary>
    private sealed class Schema
    {
        public Schema(int[] map, int fieldCount)
        {
            Map = map;
            FieldCount = fieldCount;
            Columns = Enumerable.Range(0, map.Length).Where(c => map[c] >= 0).Select(c => (c, map[c])).ToArray();
            BreakAllowed = new bool[fieldCount];
            Array.Fill(BreakAllowed, true);
            foreach (var (_, ordinal) in Columns)
            {
                BreakAllowed[ordinal] = false;
            }

            RowCommas = fieldCount >= 2 ? fieldCount - 1 : 0;
        }

        public int[] Map { get; }

        public int FieldCount { get; }

        /// <summary>The schema's columns present and their ordinals.</summary>
        public (int Column, int Ordinal)[] Columns { get; }

        /// <summary>By ordinal: may the field hold a quoted line break (only columns outside the schema may).</summary>
        public bool[] BreakAllowed { get; }

        /// <summary>Commas on a line inside a quoted field that make it look like a row.</summary>
        public int RowCommas { get; }

        /// <summary>The schema column of an ordinal, or -1.</summary>
        public int ColumnAt(int ordinal)
        {
            foreach (var (c, o) in Columns)
            {
                if (o == ordinal)
                {
                    return c;
                }
            }

            return -1;
        }
    }

    private sealed class ProgressCounter(IProgress<ReadProgress>? progress, long totalBytes)
    {
        private long _rows;
        private long _bytes;

        public Part? For(Func<long> bytesRead) => progress is null ? null : new Part(this, bytesRead);

        internal sealed class Part(ProgressCounter owner, Func<long> bytesRead)
        {
            private long _lastBytes;

            public void Add(int rows)
            {
                long bytes = bytesRead();
                long rowsNow = Interlocked.Add(ref owner._rows, rows);
                long bytesNow = Interlocked.Add(ref owner._bytes, bytes - _lastBytes);
                _lastBytes = bytes;
                owner.Report(rowsNow, bytesNow);
            }
        }

        private void Report(long rows, long bytes) => progress?.Report(new ReadProgress(rows, Math.Min(bytes, totalBytes), totalBytes));
    }

    /// <summary>Where the decoded fields of a reader's current row are (one per reader).</summary>
    private sealed class RowFields(CsvRecords records, int fieldCount)
    {
        public CsvRecords Records { get; } = records;

        public int[] Starts { get; } = new int[fieldCount];

        public int[] Lengths { get; } = new int[fieldCount];
    }

    private readonly struct CsvSource(RowFields fields) : IFieldSource
    {
        public ReadOnlySpan<char> Field(int ordinal) => fields.Records.Chars(fields.Starts[ordinal], fields.Lengths[ordinal]);
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
