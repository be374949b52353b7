using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Unicode;
using Cchc.Scoring.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Cchc.Scoring.Forms;

/// <summary>
/// Submissions as CSV: one row per unit, period and indicator (a revision), with a header naming the columns
/// (docs/formats.md, "CSV submissions"). UTF-8 with or without a byte order mark; <c>,</c> or <c>;</c> between
/// fields (judged from the header line); quotes as RFC 4180. Every problem is located at its line and column.
/// </summary>
public static class SubmissionCsv
{
    /// <summary>The columns, in the order written. Column names are read case-insensitively and in any order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "unit", "period", "indicator", "value", "numerator", "denominator", "excluded", "count", "applicable",
        "recordedAt", "note", "evidence", "selfAssessedPoints", "appraisedPoints",
    ];

    private static readonly string[] Required = ["unit", "period", "indicator", "recordedAt"];

    /// <summary>
    /// Writes the submissions (every revision, in the set's order) as CSV: UTF-8, <c>\n</c> line ends, invariant
    /// numbers, instants in ISO UTC. Units and adjustments are not part of the format and are not written.
    /// </summary>
    /// <param name="submissions">The submissions.</param>
    /// <param name="separator"><c>,</c> (the default) or <c>;</c>.</param>
    /// <param name="byteOrderMark">True (the default) to start with a UTF-8 byte order mark, which spreadsheet applications need to see that the file is UTF-8.</param>
    /// <returns>The file's bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="submissions"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="separator"/> is neither <c>,</c> nor <c>;</c>.</exception>
    public static byte[] Write(SubmissionSet submissions, char separator = ',', bool byteOrderMark = true)
    {
        ArgumentNullException.ThrowIfNull(submissions);
        if (separator is not (',' or ';'))
        {
            throw new ArgumentException("The separator must be ',' or ';'.", nameof(separator));
        }

        var sb = new StringBuilder();
        sb.AppendJoin(separator, Columns).Append('\n');
        foreach (var s in submissions.Submissions)
        {
            var m = s.Measurement;
            bool figures = m.IsApplicable;
            string N(decimal? v) => v is decimal d ? d.ToString(CultureInfo.InvariantCulture) : string.Empty;
            string[] fields =
            [
                s.UnitId,
                s.Period.ToString(),
                s.IndicatorCode,
                !figures || m.Kind == MeasureKind.Ratio ? string.Empty : m.Kind == MeasureKind.YesNo ? (m.Answer ? "yes" : "no") : N(m.Value),
                figures && m.Kind == MeasureKind.Ratio ? N(m.Numerator) : string.Empty,
                figures && m.Kind == MeasureKind.Ratio ? N(m.Denominator) : string.Empty,
                figures && m.Kind == MeasureKind.Ratio && m.Excluded != 0 ? N(m.Excluded) : string.Empty,
                figures ? N(m.Count) : string.Empty,
                figures ? string.Empty : "false",
                InstantPattern.ExtendedIso.Format(s.RecordedAt),
                s.Note ?? string.Empty,
                s.Evidence ?? string.Empty,
                N(s.SelfAssessedPoints),
                N(s.AppraisedPoints),
            ];
            sb.AppendJoin(separator, fields.Select(f => Quote(f, separator))).Append('\n');
        }

        byte[] text = new UTF8Encoding(false).GetBytes(sb.ToString());
        return byteOrderMark ? [0xEF, 0xBB, 0xBF, .. text] : text;
    }

    private static string Quote(string field, char separator) =>
        field.Length > 0 && (field.Contains(separator, StringComparison.Ordinal) || field.IndexOfAny(['"', '\r', '\n']) >= 0 || char.IsWhiteSpace(field[0]) || char.IsWhiteSpace(field[^1]))
            ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : field;

    /// <summary>
    /// Reads CSV submissions. Never throws for bad data: every problem (a missing or unknown column, a field that
    /// does not read, a figure the indicator does not take, the checks every reader applies) is returned with its
    /// line and its column (<c>column 5 (numerator)</c>); the set is null when there is an error.
    /// </summary>
    /// <param name="utf8Csv">The file's bytes.</param>
    /// <param name="framework">The framework the indicators and periods belong to.</param>
    /// <param name="source">The file name, for the problems; null when not known.</param>
    /// <param name="options">Limits and the local offset of times without one; null for the defaults.</param>
    /// <returns>The submissions, or the problems.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="framework"/> is null.</exception>
    public static ValidationResult<SubmissionSet> ReadUtf8(ReadOnlySpan<byte> utf8Csv, Framework framework, string? source = null, FormReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(framework);
        options ??= FormReadOptions.Default;
        var problems = new List<Problem>();
        var set = Read(utf8Csv, framework, source, options, problems);
        return new ValidationResult<SubmissionSet>(problems.Any(p => p.Severity == Severity.Error) ? null : set, problems);
    }

    /// <summary>Reads CSV submissions from a stream, within <see cref="ReadLimits.MaxDocumentBytes"/>; see <see cref="ReadUtf8"/>.</summary>
    /// <param name="utf8Csv">The stream.</param>
    /// <param name="framework">The framework.</param>
    /// <param name="source">The file name, for the problems; null when not known.</param>
    /// <param name="options">Limits and the local offset; null for the defaults.</param>
    /// <returns>The submissions, or the problems.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Csv"/> or <paramref name="framework"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static ValidationResult<SubmissionSet> ReadStream(Stream utf8Csv, Framework framework, string? source = null, FormReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Csv);
        ArgumentNullException.ThrowIfNull(framework);
        options ??= FormReadOptions.Default;
        byte[]? bytes = SubmissionForm.ReadBounded(utf8Csv, options.Limits.MaxDocumentBytes);
        return bytes is null
            ? new ValidationResult<SubmissionSet>(null, [new Problem(ProblemCodes.LimitExceeded, "The input goes on beyond " + options.Limits.MaxDocumentBytes.ToString(CultureInfo.InvariantCulture) + " bytes (ReadLimits.MaxDocumentBytes).", null, source)])
            : ReadUtf8(bytes, framework, source, options);
    }

    private static SubmissionSet? Read(ReadOnlySpan<byte> bytes, Framework framework, string? source, FormReadOptions options, List<Problem> problems)
    {
        void Error(string code, long? line, string? where, string message) => problems.Add(new Problem(code, message, where, source, line));
        if (bytes.Length > options.Limits.MaxDocumentBytes)
        {
            Error(ProblemCodes.LimitExceeded, null, null, "The file is larger than " + options.Limits.MaxDocumentBytes.ToString(CultureInfo.InvariantCulture) + " bytes (ReadLimits.MaxDocumentBytes).");
            return null;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        if (!Utf8.IsValid(bytes))
        {
            int at = 0;
            var rest = bytes;
            while (rest.Length > 0)
            {
                var status = System.Text.Unicode.Utf8.ToUtf16(rest, new char[Math.Min(rest.Length, 4096) + 2], out int read, out _, replaceInvalidSequences: false);
                at += read;
                rest = rest[read..];
                if (status != System.Buffers.OperationStatus.DestinationTooSmall && status != System.Buffers.OperationStatus.Done)
                {
                    break;
                }
            }

            int line = bytes[..at].Count((byte)'\n') + 1;
            Error(FormProblemCodes.InvalidCsv, line, null, "Byte 0x" + bytes[Math.Min(at, bytes.Length - 1)].ToString("X2", CultureInfo.InvariantCulture) + " on this line is not UTF-8: save the file as UTF-8 (Excel: \"CSV UTF-8\").");
            return null;
        }

        string text = Encoding.UTF8.GetString(bytes);
        var parser = new CsvParser(text);
        if (!parser.Next(',', out var headerFields, out long headerLine, out string? why))
        {
            Error(why is null ? ProblemCodes.MissingField : FormProblemCodes.InvalidCsv, 1, null, why ?? "The file is empty: the first line must name the columns (" + string.Join(",", Columns) + ").");
            return null;
        }

        // The separator is the one the header line uses.
        char separator = text.AsSpan(0, parser.Position).Count(';') > text.AsSpan(0, parser.Position).Count(',') ? ';' : ',';
        if (separator == ';')
        {
            parser = new CsvParser(text);
            parser.Next(';', out headerFields, out headerLine, out _);
        }

        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        bool headerOk = true;
        for (int i = 0; i < headerFields.Count; i++)
        {
            string name = headerFields[i].Trim();
            string where = ColumnName(i, name);
            string? known = Columns.FirstOrDefault(c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase));
            if (known is null)
            {
                Error(ProblemCodes.UnknownField, headerLine, where, "'" + name + "' is not a column of CSV submissions." + Suggestions.Hint(name, (IReadOnlyCollection<string>)Columns, "columns"));
                headerOk = false;
            }
            else if (!index.TryAdd(known, i))
            {
                Error(ProblemCodes.Duplicate, headerLine, where, "The column '" + known + "' is named twice.");
                headerOk = false;
            }
        }

        foreach (string r in Required.Where(r => !index.ContainsKey(r)))
        {
            Error(ProblemCodes.MissingField, headerLine, null, "The header has no column '" + r + "' (the columns unit, period, indicator and recordedAt are required).");
            headerOk = false;
        }

        if (!headerOk)
        {
            return null;
        }

        var offset = options.OffsetFor(framework);
        var submissions = new List<Submission>();
        var where2 = new Dictionary<Submission, long>(ReferenceEqualityComparer.Instance);
        var codes = framework.Indicators.Select(i => i.Code).ToArray();
        while (parser.Next(separator, out var fields, out long line, out why))
        {
            if (fields.Count == 1 && fields[0].Length == 0)
            {
                continue;
            }

            if (fields.Count != headerFields.Count)
            {
                Error(FormProblemCodes.InvalidCsv, line, null, "The row has " + fields.Count.ToString(CultureInfo.InvariantCulture) + " fields and the header " + headerFields.Count.ToString(CultureInfo.InvariantCulture) + ": check the separators and quotes of the row.");
                continue;
            }

            if (submissions.Count >= options.Limits.MaxSubmissions)
            {
                Error(ProblemCodes.LimitExceeded, line, null, "More than " + options.Limits.MaxSubmissions.ToString(CultureInfo.InvariantCulture) + " rows (ReadLimits.MaxSubmissions): the rest is not read. Split the file.");
                break;
            }

            var s = Row(fields, line, index, framework, codes, separator, offset, options, problems, source);
            if (s is not null)
            {
                submissions.Add(s);
                where2[s] = line;
            }
        }

        if (why is not null)
        {
            Error(FormProblemCodes.InvalidCsv, parser.ErrorLine, parser.ErrorColumn is int ec ? "column " + ec.ToString(CultureInfo.InvariantCulture) : null, why);
        }

        if (problems.Any(p => p.Severity == Severity.Error))
        {
            return null;
        }

        var set = new SubmissionSet(submissions);
        Checks.Relocate(framework.Validate(set), set, source, (s, field) =>
        {
            string column = field is null ? "indicator" : field is "numerator" or "denominator" or "excluded" or "count" or "selfAssessedPoints" or "appraisedPoints" ? field : "value";
            return (index.TryGetValue(column, out int c) ? ColumnName(c, column) : null, where2.TryGetValue(s, out long l) ? l : null);
        }, problems);
        return set;
    }

    private static string ColumnName(int index, string name) => "column " + (index + 1).ToString(CultureInfo.InvariantCulture) + " (" + name + ")";

    private static Submission? Row(List<string> fields, long line, Dictionary<string, int> index, Framework framework, string[] codes, char separator, Offset offset, FormReadOptions options, List<Problem> problems, string? source)
    {
        bool ok = true;
        void Error(string code, string column, string message)
        {
            problems.Add(new Problem(code, message, index.TryGetValue(column, out int c) ? ColumnName(c, column) : null, source, line));
            ok = false;
        }

        string Get(string column) => index.TryGetValue(column, out int i) ? fields[i] : string.Empty;

        string? Id(string column)
        {
            string v = Get(column);
            if (v.Length == 0)
            {
                Error(ProblemCodes.MissingField, column, "The " + column + " is empty.");
                return null;
            }

            if (v.Length > options.Limits.MaxIdentifierLength)
            {
                Error(ProblemCodes.LimitExceeded, column, "The " + column + " is longer than " + options.Limits.MaxIdentifierLength.ToString(CultureInfo.InvariantCulture) + " characters (ReadLimits.MaxIdentifierLength).");
                return null;
            }

            if (char.IsWhiteSpace(v[0]) || char.IsWhiteSpace(v[^1]) || v.Any(ch => char.IsControl(ch) || ch is '\u200B' or '\uFEFF'))
            {
                Error(ProblemCodes.InvalidValue, column, "The " + column + " '" + v + "' has white space at an end or a character that does not print.");
                return null;
            }

            return v;
        }

        decimal? Number(string column, bool count)
        {
            string v = Get(column).Trim();
            if (v.Length == 0)
            {
                return null;
            }

            if (FigureText.Typed(v, separator == ';', count, out string? why, out _) is decimal d)
            {
                return d;
            }

            Error(ProblemCodes.InvalidValue, column, why!);
            return null;
        }

        string? unit = Id("unit");
        string? code = Id("indicator");
        string periodText = Get("period").Trim();
        ReportingPeriod period = default;
        if (periodText.Length == 0)
        {
            Error(ProblemCodes.MissingField, "period", "The period is empty.");
        }
        else if (!ReportingPeriod.TryParse(periodText, framework.Calendar, out period))
        {
            Error(ProblemCodes.InvalidPeriod, "period", "'" + periodText + "' is not a period: write 2025, 2025-H1, 2025-Q3, 2025-07 or 2025-01-01..2025-03-31, in the years 0002 to 9998.");
        }

        Instant at = default;
        string recorded = Get("recordedAt");
        if (recorded.Trim().Length == 0)
        {
            Error(ProblemCodes.MissingField, "recordedAt", "The recordedAt is empty: give the instant the figures were recorded, such as 2026-01-10T02:00:00Z.");
        }
        else if (FigureText.Instant(recorded, offset, out string? whyAt) is Instant i)
        {
            at = i;
        }
        else
        {
            Error(ProblemCodes.InvalidValue, "recordedAt", whyAt!);
        }

        Indicator? indicator = null;
        if (code is not null)
        {
            indicator = framework.FindIndicator(code);
            if (indicator is null)
            {
                Error(ProblemCodes.UnknownIndicator, "indicator", "The framework has no indicator '" + code + "'." + Suggestions.Hint(code, codes, "indicators"));
            }
        }

        bool applicable = true;
        string app = Get("applicable").Trim();
        if (app.Length > 0)
        {
            if (FigureText.Answer(app) is bool b)
            {
                applicable = b;
            }
            else
            {
                Error(ProblemCodes.InvalidValue, "applicable", "'" + app + "' is not true or false.");
            }
        }

        var kind = indicator?.Measure ?? MeasureKind.Quantity;
        decimal? value = null;
        bool? answer = null;
        if (kind == MeasureKind.YesNo)
        {
            string v = Get("value").Trim();
            if (v.Length > 0)
            {
                answer = FigureText.Answer(v);
                if (answer is null)
                {
                    Error(ProblemCodes.InvalidValue, "value", "'" + v + "' is not an answer: write yes or no (or 1 or 0).");
                }
            }
        }
        else
        {
            value = Number("value", false);
        }

        decimal? numerator = Number("numerator", true), denominator = Number("denominator", true), excluded = Number("excluded", true), count = Number("count", true);
        decimal? self = Number("selfAssessedPoints", false), appraised = Number("appraisedPoints", false);
        string? note = Get("note"), evidence = Get("evidence");
        foreach (var (column, t) in new[] { ("note", note), ("evidence", evidence) })
        {
            if (t.Length > options.Limits.MaxTextLength)
            {
                Error(ProblemCodes.LimitExceeded, column, "The " + column + " is longer than " + options.Limits.MaxTextLength.ToString(CultureInfo.InvariantCulture) + " characters (ReadLimits.MaxTextLength).");
            }
        }

        if (!ok || indicator is null || unit is null || code is null)
        {
            return null;
        }

        var sOptions = new SubmissionOptions
        {
            Note = note.Length == 0 ? null : note,
            Evidence = evidence.Length == 0 ? null : evidence,
            SelfAssessedPoints = self,
            AppraisedPoints = appraised,
        };
        bool anyFigure = value is not null || answer is not null || numerator is not null || denominator is not null || excluded is not null || count is not null;
        if (!applicable)
        {
            if (anyFigure)
            {
                Error(ProblemCodes.MeasureMismatch, "applicable", "The row says the indicator does not apply and gives figures too: leave one out.");
                return null;
            }

            return new Submission(unit, period, code, Measurement.NotApplicable(kind), at, sOptions);
        }

        var given = new (string Column, bool Present)[] { ("value", value is not null || answer is not null), ("numerator", numerator is not null), ("denominator", denominator is not null), ("excluded", excluded is not null), ("count", count is not null) };
        string[] allowed = kind switch
        {
            MeasureKind.Ratio => ["numerator", "denominator", "excluded"],
            MeasureKind.Duration => ["value", "count"],
            _ => ["value"],
        };
        string[] required = kind == MeasureKind.Ratio ? ["numerator", "denominator"] : ["value"];
        foreach (var (column, present) in given)
        {
            if (present && !allowed.Contains(column))
            {
                Error(ProblemCodes.MeasureMismatch, column, "Indicator " + code + " is a " + FormWriter.MeasureName(kind) + ": it takes " + string.Join(", ", allowed) + ", not " + column + ".");
            }
            else if (!present && required.Contains(column))
            {
                Error(ProblemCodes.MissingField, column, "Indicator " + code + " is a " + FormWriter.MeasureName(kind) + ": its " + column + " is required.");
            }
        }

        if (!ok)
        {
            return null;
        }

        var measurement = kind switch
        {
            MeasureKind.Ratio => Measurement.Ratio(numerator!.Value, denominator!.Value, excluded ?? 0),
            MeasureKind.Duration => count is decimal n ? Measurement.Duration(value!.Value, n) : Measurement.Duration(value!.Value),
            MeasureKind.Percentage => Measurement.Percentage(value!.Value),
            MeasureKind.YesNo => Measurement.YesNo(answer!.Value),
            _ => Measurement.Quantity(value!.Value),
        };
        return new Submission(unit, period, code, measurement, at, sOptions);
    }

    /// <summary>An RFC 4180 record reader that knows the line every record starts on.</summary>
    private sealed class CsvParser(string text)
    {
        private long _line = 1;

        public int Position { get; private set; }

        public long ErrorLine { get; private set; }

        public int? ErrorColumn { get; private set; }

        /// <summary>Reads the next record; false at the end, or on an error (then <paramref name="why"/> says what).</summary>
        public bool Next(char separator, out List<string> fields, out long line, out string? why)
        {
            fields = [];
            line = _line;
            why = null;
            if (Position >= text.Length)
            {
                return false;
            }

            var field = new StringBuilder();
            while (true)
            {
                field.Clear();
                if (Position < text.Length && text[Position] == '"')
                {
                    long openLine = _line;
                    Position++;
                    while (true)
                    {
                        if (Position >= text.Length)
                        {
                            ErrorLine = openLine;
                            ErrorColumn = fields.Count + 1;
                            why = "A quote opened on line " + openLine.ToString(CultureInfo.InvariantCulture) + " is never closed: close it, or double a quote that is part of the text (\"\").";
                            return false;
                        }

                        char c = text[Position++];
                        if (c == '"')
                        {
                            if (Position < text.Length && text[Position] == '"')
                            {
                                field.Append('"');
                                Position++;
                                continue;
                            }

                            break;
                        }

                        if (c == '\n')
                        {
                            _line++;
                        }

                        field.Append(c);
                    }

                    if (Position < text.Length && text[Position] != separator && text[Position] is not ('\r' or '\n'))
                    {
                        ErrorLine = _line;
                        ErrorColumn = fields.Count + 1;
                        why = "Text follows the closing quote of field " + (fields.Count + 1).ToString(CultureInfo.InvariantCulture) + ": quote the whole field and double the quotes in it.";
                        return false;
                    }
                }
                else
                {
                    while (Position < text.Length && text[Position] != separator && text[Position] is not ('\r' or '\n'))
                    {
                        field.Append(text[Position++]);
                    }
                }

                fields.Add(field.ToString());
                if (Position >= text.Length)
                {
                    return true;
                }

                char end = text[Position++];
                if (end == separator)
                {
                    continue;
                }

                if (end == '\r' && Position < text.Length && text[Position] == '\n')
                {
                    Position++;
                }

                _line++;
                return true;
            }
        }
    }
}
