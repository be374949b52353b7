using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Cchc.Scoring;

namespace Cchc.Scoring.Dossiers;

/// <summary>
/// Writes and reads the JSON form of <see cref="DossierState"/> (docs/dossiers.md, docs/schemas/dossier-state.schema.json)
/// with <see cref="Utf8JsonWriter"/> and <see cref="JsonDocument"/>: no reflection, safe to trim. Reading reports every
/// problem with its JSON path instead of throwing.
/// </summary>
internal static class DossierStateJson
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 32,
    };

    private static readonly string[] RootFields = ["format", "version", "options", "rows", "groups"];
    private static readonly string[] OptionFields = ["calendar", "granularity", "periods", "units"];
    private static readonly string[] RowFields = ["used", "blank", "rejected"];
    private static readonly string[] GroupFields = [.. new[] { "unit", "period" }.Concat(Cell.CounterNames).Concat(["processingMinutes", "waitingMinutes"])];
    private static readonly string[] Granularities = ["year", "half-year", "quarter", "month"];

    public static string Write(DossierState state)
    {
        var options = state.Options;
        var periods = DossierState.ExplicitPeriods(options);
        foreach (var period in periods ?? [])
        {
            if (!ReportingPeriod.TryParse(period.ToString(), options.Calendar, out var again) || again != period)
            {
                throw new InvalidOperationException(
                    "The period " + period.ToString() + " is not of the options' calendar '" + options.Calendar.Name + "': its name would be read back as other dates.");
            }
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer, WriterOptions))
        {
            w.WriteStartObject();
            w.WriteString("format", DossierState.FormatName);
            w.WriteNumber("version", DossierState.FormatVersion);
            w.WriteStartObject("options");
            w.WriteString("calendar", options.Calendar.Name);
            if (periods is null)
            {
                w.WriteString("granularity", DossierState.GranularityName(options.Granularity));
            }
            else
            {
                w.WritePropertyName("periods");
                w.WriteRawValue(Strings(periods.Select(p => p.ToString())));
            }

            if (options.Units is { } units)
            {
                w.WritePropertyName("units");
                w.WriteRawValue(Strings(units));
            }

            w.WriteEndObject();
            w.WriteStartObject("rows");
            w.WriteNumber("used", state.RowsUsed);
            w.WriteNumber("blank", state.BlankLines);
            w.WriteStartObject("rejected");
            for (int r = 1; r < state.Rejected.Length; r++)
            {
                if (state.Rejected[r] > 0)
                {
                    w.WriteNumber(DossierProblemCodes.For((RejectReason)r), state.Rejected[r]);
                }
            }

            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteStartArray("groups");
            foreach (var group in state.Groups)
            {
                w.WriteStartObject();
                w.WriteString("unit", group.Unit);
                w.WriteString("period", group.Period.ToString());
                for (int c = 0; c < Cell.CounterNames.Length; c++)
                {
                    w.WriteNumber(Cell.CounterNames[c], group.Counters[c]);
                }

                w.WritePropertyName("processingMinutes");
                w.WriteRawValue(Pairs(group.Processing));
                w.WritePropertyName("waitingMinutes");
                w.WriteRawValue(Pairs(group.Waiting));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }

    public static ValidationResult<DossierState> Read(string json, string? source)
    {
        var reader = new Reader(source);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException ex)
        {
            reader.Add(ProblemCodes.InvalidJson, ex.Path ?? "$", "Not valid JSON: " + FirstSentence(ex.Message), ex.LineNumber is long line ? line + 1 : null);
            return reader.Result(null);
        }

        using (document)
        {
            return reader.Result(reader.State(document.RootElement));
        }
    }

    /// <summary>A compact array of strings: <c>["a","b"]</c>.</summary>
    private static string Strings(IEnumerable<string> values) =>
        "[" + string.Join(",", values.Select(v => "\"" + JsonEncodedText.Encode(v, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString() + "\"")) + "]";

    /// <summary>A compact sparse histogram: <c>[[minute,count],…]</c>.</summary>
    private static string Pairs(KeyValuePair<int, long>[] buckets)
    {
        var text = new StringBuilder("[");
        for (int i = 0; i < buckets.Length; i++)
        {
            text.Append(i == 0 ? "[" : ",[")
                .Append(buckets[i].Key.ToString(CultureInfo.InvariantCulture))
                .Append(',')
                .Append(buckets[i].Value.ToString(CultureInfo.InvariantCulture))
                .Append(']');
        }

        return text.Append(']').ToString();
    }

    private static string FirstSentence(string message)
    {
        int cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        }

        return cut > 0 ? message[..cut] : message;
    }

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Reads one document, collecting every problem.</summary>
    private sealed class Reader(string? source)
    {
        private readonly List<Problem> _problems = [];

        public void Add(string code, string path, string message, long? line = null) => _problems.Add(new Problem(code, message, path, source, line));

        public ValidationResult<DossierState> Result(DossierState? state) =>
            new(_problems.Count == 0 ? state : null, _problems);

        public DossierState? State(JsonElement root)
        {
            var fields = Object(root, "$", "The document", RootFields);
            if (fields is null)
            {
                return null;
            }

            // The format and version first: a document of another format or version is not read further.
            string format = fields.TryGetValue("format", out var f) && f.ValueKind == JsonValueKind.String ? Text(f, "$.format") ?? string.Empty : string.Empty;
            bool version = fields.TryGetValue("version", out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out int n) && n == DossierState.FormatVersion;
            if (!string.Equals(format, DossierState.FormatName, StringComparison.Ordinal) || !version)
            {
                Add(
                    DossierProblemCodes.StateVersion,
                    string.Equals(format, DossierState.FormatName, StringComparison.Ordinal) ? "$.version" : "$.format",
                    "Not a dossier state this version reads: expected \"format\": \"" + DossierState.FormatName + "\" and \"version\": " + N(DossierState.FormatVersion) + ".");
                return null;
            }

            var options = Required(fields, "options", "$") is { } o ? Options(o, "$.options") : null;
            var rows = Required(fields, "rows", "$") is { } r ? Rows(r, "$.rows") : null;
            var groups = Required(fields, "groups", "$") is { } g && options is not null ? Groups(g, "$.groups", options) : null;
            if (options is null || rows is null || groups is null || _problems.Count > 0)
            {
                return null;
            }

            return new DossierState(options, source, rows.Value.Used, rows.Value.Blank, rows.Value.Rejected, groups);
        }

        private DossierOptions? Options(JsonElement element, string path)
        {
            var fields = Object(element, path, "'options'", OptionFields);
            if (fields is null)
            {
                return null;
            }

            int before = _problems.Count;
            var calendar = ReportingCalendar.Calendar;
            if (Required(fields, "calendar", path) is { } c && String(c, path + ".calendar", "calendar") is { } name && !ReportingCalendar.TryFromName(name, out calendar))
            {
                Add(ProblemCodes.InvalidValue, path + ".calendar", "'" + name + "' is not a calendar: write calendar, administrative or cutoff-N (N from 1 to 28).");
            }

            List<ReportingPeriod>? periods = null;
            if (fields.TryGetValue("periods", out var p) && p.ValueKind != JsonValueKind.Null)
            {
                periods = [];
                var texts = Array(p, path + ".periods", "periods") ?? [];
                for (int i = 0; i < texts.Count; i++)
                {
                    string itemPath = Index(path + ".periods", i);
                    if (String(texts[i], itemPath, "a period") is not { } text)
                    {
                        continue;
                    }

                    if (!ReportingPeriod.TryParse(text, calendar, out var period))
                    {
                        Add(ProblemCodes.InvalidPeriod, itemPath, "'" + text + "' is not a period: write 2025, 2025-H1, 2025-Q3, 2025-07 or 2025-01-01..2025-03-31.");
                    }
                    else if (periods.Contains(period))
                    {
                        Add(ProblemCodes.Duplicate, itemPath, "The period " + text + " is given twice.");
                    }
                    else
                    {
                        periods.Add(period);
                    }
                }

                if (p.ValueKind == JsonValueKind.Array && texts.Count == 0)
                {
                    Add(ProblemCodes.InvalidValue, path + ".periods", "'periods' must hold at least one period; leave it out to count by 'granularity'.");
                }
            }

            var granularity = PeriodKind.Year;
            bool hasGranularity = fields.TryGetValue("granularity", out var gr) && gr.ValueKind != JsonValueKind.Null;
            if (periods is not null && hasGranularity)
            {
                Add(ProblemCodes.InvalidValue, path + ".granularity", "'granularity' is given only without 'periods' (explicit periods have no granularity).");
            }
            else if (periods is null && !hasGranularity)
            {
                Add(ProblemCodes.MissingField, path + ".granularity", "'granularity' is required when no 'periods' are given.");
            }
            else if (periods is null && String(gr, path + ".granularity", "granularity") is { } kind)
            {
                int k = System.Array.IndexOf(Granularities, kind);
                if (k < 0)
                {
                    Add(ProblemCodes.InvalidValue, path + ".granularity", "'" + kind + "' is not a granularity: write year, half-year, quarter or month.");
                }
                else
                {
                    granularity = k switch { 1 => PeriodKind.HalfYear, 2 => PeriodKind.Quarter, 3 => PeriodKind.Month, _ => PeriodKind.Year };
                }
            }

            List<string>? units = null;
            if (fields.TryGetValue("units", out var u) && u.ValueKind != JsonValueKind.Null)
            {
                units = [];
                var items = Array(u, path + ".units", "units") ?? [];
                for (int i = 0; i < items.Count; i++)
                {
                    string itemPath = Index(path + ".units", i);
                    if (String(items[i], itemPath, "a unit") is not { } unit)
                    {
                        continue;
                    }

                    if (units.Contains(unit, StringComparer.Ordinal))
                    {
                        Add(ProblemCodes.Duplicate, itemPath, "The unit '" + unit + "' is given twice.");
                    }
                    else
                    {
                        units.Add(unit);
                    }
                }
            }

            return _problems.Count > before ? null : new DossierOptions(periods, granularity, calendar, units);
        }

        private (long Used, long Blank, long[] Rejected)? Rows(JsonElement element, string path)
        {
            var fields = Object(element, path, "'rows'", RowFields);
            if (fields is null)
            {
                return null;
            }

            int before = _problems.Count;
            long used = Required(fields, "used", path) is { } u ? Count(u, path + ".used", "used") : 0;
            long blank = Required(fields, "blank", path) is { } b ? Count(b, path + ".blank", "blank") : 0;
            var rejected = new long[Enum.GetValues<RejectReason>().Length];
            if (Required(fields, "rejected", path) is { } r)
            {
                var reasons = Enumerable.Range(1, rejected.Length - 1).ToDictionary(i => DossierProblemCodes.For((RejectReason)i), i => i, StringComparer.Ordinal);
                var codes = Object(r, path + ".rejected", "'rejected'", null);
                foreach (var (code, value) in codes ?? [])
                {
                    string codePath = path + ".rejected." + code;
                    if (!reasons.TryGetValue(code, out int reason))
                    {
                        Add(ProblemCodes.UnknownField, codePath, "'" + code + "' is not the code of a rejected row (" + string.Join(", ", reasons.Keys) + ").");
                        continue;
                    }

                    rejected[reason] = Count(value, codePath, code);
                }
            }

            try
            {
                _ = used + blank + rejected.Sum();
            }
            catch (OverflowException)
            {
                Add(ProblemCodes.OutOfRange, path, "The rows read (used, blank and rejected) go beyond the range of 64-bit integers.");
            }

            return _problems.Count > before ? null : (used, blank, rejected);
        }

        private DossierState.Group[]? Groups(JsonElement element, string path, DossierOptions options)
        {
            var items = Array(element, path, "groups");
            if (items is null)
            {
                return null;
            }

            var periods = DossierState.ExplicitPeriods(options);
            var seen = new Dictionary<(string, ReportingPeriod), int>();
            var groups = new List<DossierState.Group>();
            for (int i = 0; i < items.Count; i++)
            {
                string itemPath = Index(path, i);
                var fields = Object(items[i], itemPath, "A group", GroupFields);
                if (fields is null)
                {
                    continue;
                }

                int before = _problems.Count;
                string? unit = Required(fields, "unit", itemPath) is { } u ? String(u, itemPath + ".unit", "unit") : null;
                if (unit is not null && options.Units is { } known && !known.Contains(unit, StringComparer.Ordinal))
                {
                    Add(ProblemCodes.UnknownUnit, itemPath + ".unit", "Unit '" + unit + "' is not among the state's units.");
                }

                ReportingPeriod period = default;
                if (Required(fields, "period", itemPath) is { } pe && String(pe, itemPath + ".period", "period") is { } text)
                {
                    if (!ReportingPeriod.TryParse(text, options.Calendar, out period))
                    {
                        Add(ProblemCodes.InvalidPeriod, itemPath + ".period", "'" + text + "' is not a period: write 2025, 2025-H1, 2025-Q3, 2025-07 or 2025-01-01..2025-03-31.");
                    }
                    else if (periods is not null && !periods.Contains(period))
                    {
                        Add(ProblemCodes.InvalidPeriod, itemPath + ".period", "The period " + text + " is not among the state's periods.");
                    }
                    else if (periods is null && period.Kind != options.Granularity)
                    {
                        Add(ProblemCodes.InvalidPeriod, itemPath + ".period", "The period " + text + " is not a " + DossierState.GranularityName(options.Granularity) + ", the state's granularity.");
                    }
                }

                var counters = new long[Cell.CounterNames.Length];
                for (int c = 0; c < counters.Length; c++)
                {
                    string name = Cell.CounterNames[c];
                    counters[c] = Required(fields, name, itemPath) is { } value ? Count(value, itemPath + "." + name, name) : 0;
                }

                var processing = Required(fields, "processingMinutes", itemPath) is { } pm ? Histogram(pm, itemPath + ".processingMinutes", "processingMinutes") : null;
                var waiting = Required(fields, "waitingMinutes", itemPath) is { } wm ? Histogram(wm, itemPath + ".waitingMinutes", "waitingMinutes") : null;
                if (_problems.Count > before)
                {
                    continue;
                }

                Check(counters, waiting!, itemPath);
                if (seen.TryGetValue((unit!, period), out int first))
                {
                    Add(ProblemCodes.Duplicate, itemPath, "Unit '" + unit + "' in period " + period.ToString() + " is given twice (first at " + Index(path, first) + ").");
                    continue;
                }

                seen[(unit!, period)] = i;
                groups.Add(new DossierState.Group(unit!, period, counters, processing!, waiting!));
            }

            groups.Sort((a, b) =>
            {
                int c = string.CompareOrdinal(a.Unit, b.Unit);
                return c != 0 ? c : a.Period.CompareTo(b.Period);
            });
            return [.. groups];
        }

        /// <summary>Checks that each rate's counts fit together, as counting dossiers makes them.</summary>
        private void Check(long[] counters, KeyValuePair<int, long>[] waiting, string path)
        {
            foreach (var (num, den, excl) in Cell.Rates)
            {
                if (counters[excl] > counters[den])
                {
                    Add(ProblemCodes.ExcludedExceedsDenominator, path + "." + Cell.CounterNames[excl], "'" + Cell.CounterNames[excl] + "' (" + N(counters[excl]) + ") exceeds '" + Cell.CounterNames[den] + "' (" + N(counters[den]) + ").");
                }
                else if (counters[num] > counters[den] - counters[excl])
                {
                    Add(
                        ProblemCodes.NumeratorExceedsDenominator,
                        path + "." + Cell.CounterNames[num],
                        "'" + Cell.CounterNames[num] + "' (" + N(counters[num]) + ") exceeds '" + Cell.CounterNames[den] + "' less '" + Cell.CounterNames[excl] + "' (" + N(counters[den] - counters[excl]) + ").");
                }
            }

            long waited = waiting.Sum(b => b.Value);
            if (counters[4] <= counters[3] && waited > counters[3] - counters[4])
            {
                Add(ProblemCodes.NumeratorExceedsDenominator, path + ".waitingMinutes", "'waitingMinutes' holds " + N(waited) + " values; at most 'received' less 'receivedSecret' (" + N(counters[3] - counters[4]) + ") can have one.");
            }
        }

        /// <summary>Reads <c>[[minute,count],…]</c>: minutes ascending, each once, counts of at least 1, a total within 64 bits.</summary>
        private KeyValuePair<int, long>[]? Histogram(JsonElement element, string path, string name)
        {
            var items = Array(element, path, name);
            if (items is null)
            {
                return null;
            }

            int before = _problems.Count;
            var buckets = new List<KeyValuePair<int, long>>(items.Count);
            long last = -1;
            for (int i = 0; i < items.Count; i++)
            {
                string itemPath = Index(path, i);
                var item = items[i];
                if (item.ValueKind != JsonValueKind.Array || item.GetArrayLength() != 2)
                {
                    Add(ProblemCodes.InvalidValue, itemPath, "Each item of '" + name + "' must be a pair [minute, count].");
                    continue;
                }

                var minuteElement = item[0];
                var countElement = item[1];
                if (minuteElement.ValueKind != JsonValueKind.Number || !minuteElement.TryGetInt32(out int minute) || minute < 0)
                {
                    Add(ProblemCodes.InvalidValue, itemPath + "[0]", "A minute must be a whole number from 0 to " + N(int.MaxValue) + ".");
                    continue;
                }

                if (countElement.ValueKind != JsonValueKind.Number || !countElement.TryGetInt64(out long count) || count < 1)
                {
                    Add(ProblemCodes.InvalidValue, itemPath + "[1]", "A count must be a whole number of at least 1 (minutes with no value are left out).");
                    continue;
                }

                if (minute <= last)
                {
                    Add(ProblemCodes.InvalidValue, itemPath + "[0]", "The minutes must be in ascending order, each once: " + N(minute) + " comes after " + N(last) + ".");
                    continue;
                }

                last = minute;
                buckets.Add(new KeyValuePair<int, long>(minute, count));
            }

            try
            {
                long total = 0, sum = 0;
                foreach (var (minute, count) in buckets)
                {
                    total += count;
                    sum += minute * count;
                }
            }
            catch (OverflowException)
            {
                Add(ProblemCodes.OutOfRange, path, "The count or the sum of the minutes of '" + name + "' goes beyond the range of 64-bit integers.");
            }

            return _problems.Count > before ? null : [.. buckets];
        }

        /// <summary>The fields of an object by name; reports a non-object, duplicate names and (when <paramref name="known"/> is given) unknown names.</summary>
        private Dictionary<string, JsonElement>? Object(JsonElement element, string path, string what, string[]? known)
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                Add(ProblemCodes.InvalidValue, path, what + " must be an object.");
                return null;
            }

            var fields = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            foreach (var property in element.EnumerateObject())
            {
                string name;
                try
                {
                    name = property.Name;
                }
                catch (InvalidOperationException)
                {
                    Add(ProblemCodes.InvalidValue, path, "A field name is not valid text (an escaped half of a surrogate pair such as \\ud800 alone).");
                    continue;
                }

                string childPath = path + "." + name;
                if (fields.ContainsKey(name))
                {
                    Add(ProblemCodes.Duplicate, childPath, "The field '" + name + "' is given twice.");
                }
                else if (known is not null && System.Array.IndexOf(known, name) < 0)
                {
                    if (!name.StartsWith('$'))
                    {
                        Add(ProblemCodes.UnknownField, childPath, "Unknown field '" + name + "'.");
                    }
                }
                else
                {
                    fields[name] = property.Value;
                }
            }

            return fields;
        }

        private JsonElement? Required(Dictionary<string, JsonElement> fields, string name, string path)
        {
            if (fields.TryGetValue(name, out var value) && value.ValueKind != JsonValueKind.Null)
            {
                return value;
            }

            Add(ProblemCodes.MissingField, path + "." + name, "'" + name + "' is required.");
            return null;
        }

        private List<JsonElement>? Array(JsonElement element, string path, string name)
        {
            if (element.ValueKind != JsonValueKind.Array)
            {
                Add(ProblemCodes.InvalidValue, path, "'" + name + "' must be an array.");
                return null;
            }

            return [.. element.EnumerateArray()];
        }

        private string? String(JsonElement element, string path, string name)
        {
            if (element.ValueKind != JsonValueKind.String)
            {
                Add(ProblemCodes.InvalidValue, path, "'" + name + "' must be a string.");
                return null;
            }

            string? text = Text(element, path);
            if (text is not null && string.IsNullOrWhiteSpace(text))
            {
                Add(ProblemCodes.InvalidValue, path, "'" + name + "' must not be empty.");
                return null;
            }

            return text;
        }

        private string? Text(JsonElement element, string path)
        {
            try
            {
                return element.GetString();
            }
            catch (InvalidOperationException)
            {
                Add(ProblemCodes.InvalidValue, path, "Not valid text: an escaped half of a surrogate pair such as \\ud800 alone.");
                return null;
            }
        }

        private long Count(JsonElement element, string path, string name)
        {
            if (element.ValueKind != JsonValueKind.Number || !element.TryGetInt64(out long value))
            {
                Add(ProblemCodes.InvalidValue, path, "'" + name + "' must be a whole number.");
                return 0;
            }

            if (value < 0)
            {
                Add(ProblemCodes.NegativeCount, path, "'" + name + "' is negative (" + N(value) + ").");
                return 0;
            }

            return value;
        }

        private static string Index(string path, int index) => path + "[" + N(index) + "]";
    }
}
