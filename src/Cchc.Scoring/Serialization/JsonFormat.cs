using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Cchc.Scoring;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using NodaTime.Text;
using NodaTime.Utility;

namespace Cchc.Scoring.Serialization;

/// <summary>The JSON settings shared by every file format, built once, and the per-element reading that reports instead of throwing.</summary>
internal static class JsonFormat
{
    /// <summary>The deepest nesting accepted; the formats need 8.</summary>
    public const int MaxDepth = 32;

    private static readonly Dictionary<string, string> Expected = new(StringComparer.Ordinal)
    {
        ["recordedAt"] = "an instant such as 2026-01-10T02:00:00Z",
        ["numerator"] = "a number",
        ["denominator"] = "a number",
        ["excluded"] = "a number",
        ["value"] = "a number",
        ["points"] = "a number",
        ["totalPoints"] = "a number",
        ["min"] = "a number",
        ["unit"] = "a string",
        ["indicator"] = "a string",
        ["period"] = "a string such as \"2025\" or \"2025-Q3\"",
        ["code"] = "a string",
        ["id"] = "a string",
        ["due"] = "a date such as 2025-12-31",
        ["start"] = "a date such as 2021-01-01",
        ["end"] = "a date such as 2025-12-31",
        ["answer"] = "true or false",
        ["applicable"] = "true or false",
        ["digits"] = "a whole number",
        ["workingDays"] = "a whole number",
        ["year"] = "a whole number",
        ["holidays"] = "an array of dates such as 2025-01-01",
        ["weekend"] = "an array of day names such as \"saturday\"",
        ["milestones"] = "an array of { \"year\": …, \"value\": … }",
        ["deadline"] = "an object",
        ["trajectoryThresholds"] = "an object",
        ["areas"] = "an array",
        ["indicators"] = "an array",
        ["units"] = "an array",
        ["submissions"] = "an array",
        ["bands"] = "an array",
        ["name"] = "an object { \"vi\": …, \"en\": … }",
        ["target"] = "an object",
        ["baseline"] = "an object",
        ["plan"] = "an object",
        ["rounding"] = "an object",
    };

    public static JsonSerializerOptions Options { get; } = BuildOptions();

    public static CchcJsonContext Context { get; } = new(Options);

    public static JsonDocumentOptions DocumentOptions { get; } = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = MaxDepth,
    };

    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
        MaxDepth = MaxDepth,
    };

    public static JsonDocumentOptions DocumentOptionsFor(ReadLimits limits) => limits.MaxDepth == MaxDepth
        ? DocumentOptions
        : new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = limits.MaxDepth };

    /// <summary>The options of a token reader with the same rules as <see cref="DocumentOptionsFor"/>.</summary>
    public static JsonReaderOptions ReaderOptionsFor(ReadLimits limits) =>
        new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = limits.MaxDepth };

    /// <summary>
    /// Parses a whole document within <paramref name="limits"/> (size, depth, string lengths): a syntax error, text
    /// that is not strict UTF-8, or a document too large or too deep gives null; strings too long and duplicate field
    /// names are reported and the document is still returned. The text is read as its UTF-8 form, so that it meets
    /// exactly the rules of <see cref="Parse(ReadOnlyMemory{byte}, ProblemBag, ReadLimits?)"/>.
    /// </summary>
    public static JsonDocument? Parse(string json, ProblemBag bag, ReadLimits? limits = null)
    {
        limits ??= ReadLimits.Default;
        if (TooLarge(json, limits, bag))
        {
            return null;
        }

        if (TextCheck.CheckString(json) is { } fault)
        {
            bag.Add(fault.ToProblem(bag.Source));
            return null;
        }

        return Parse(System.Text.Encoding.UTF8.GetBytes(json), bag, limits);
    }

    /// <summary>
    /// Parses a whole document of UTF-8 bytes (a UTF-8 byte order mark is skipped) under the reading rule of
    /// <see cref="TextCheck"/>, within <paramref name="limits"/>. The bytes must not change while the document is used.
    /// </summary>
    public static JsonDocument? Parse(ReadOnlyMemory<byte> utf8, ProblemBag bag, ReadLimits? limits = null)
    {
        limits ??= ReadLimits.Default;
        if (utf8.Length > limits.MaxDocumentBytes)
        {
            bag.Add(new Problem(ProblemCodes.LimitExceeded, TooLargeMessage(utf8.Length, limits), "$", bag.Source));
            return null;
        }

        var check = new TextCheck();
        int good = check.Feed(utf8.Span);
        check.Finish();
        int start = utf8.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        if (check.Fault is { } fault)
        {
            // A syntax error before the fault is the first thing wrong, and is reported instead.
            if (InvalidTextException.SyntaxBefore(utf8.Span[Math.Min(start, good)..good], ReaderOptionsFor(limits)) is { } syntax)
            {
                ReportSyntax(syntax, bag, limits);
            }
            else
            {
                bag.Add(fault.ToProblem(bag.Source));
            }

            return null;
        }

        try
        {
            var document = JsonDocument.Parse(utf8[start..], DocumentOptionsFor(limits));
            CheckStrings(document.RootElement, "$", null, limits, bag);
            return document;
        }
        catch (JsonException ex)
        {
            ReportSyntax(ex, bag, limits);
            return null;
        }
    }

    /// <summary>
    /// Reads a stream to its end within the size limit (a longer stream is reported and read no further), for the
    /// readers that need the whole document.
    /// </summary>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static ReadOnlyMemory<byte>? ReadAll(Stream stream, ProblemBag bag, ReadLimits limits)
    {
        if (stream.CanSeek && stream.Length - stream.Position > limits.MaxDocumentBytes)
        {
            bag.Add(new Problem(ProblemCodes.LimitExceeded, TooLargeMessage(stream.Length - stream.Position, limits), "$", bag.Source));
            return null;
        }

        byte[] buffer = new byte[stream.CanSeek ? (int)Math.Max(1, Math.Min(stream.Length - stream.Position + 1, limits.MaxDocumentBytes + 1)) : 64 * 1024];
        long total = 0;
        int end = 0;
        while (true)
        {
            if (end == buffer.Length)
            {
                Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, Math.Min(limits.MaxDocumentBytes + 1, Array.MaxLength)));
                if (end == buffer.Length)
                {
                    // No array holds more: beyond what this process can read whole, whatever the limit says.
                    total = long.MaxValue;
                    break;
                }
            }

            int n = stream.Read(buffer, end, buffer.Length - end);
            if (n == 0)
            {
                total = end;
                break;
            }

            end += n;
            if (end > limits.MaxDocumentBytes)
            {
                total = end;
                break;
            }
        }

        if (total > limits.MaxDocumentBytes)
        {
            long limit = Math.Min(limits.MaxDocumentBytes, Array.MaxLength);
            bag.Add(new Problem(ProblemCodes.LimitExceeded, "The document is more than " + ReadLimits.N(limit) + " bytes; the limit is " + ReadLimits.N(limit) + " bytes (ReadLimits.MaxDocumentBytes).", "$", bag.Source));
            return null;
        }

        return buffer.AsMemory(0, end);
    }

    /// <summary>Reports a document longer than the limit.</summary>
    public static bool TooLarge(string json, ReadLimits limits, ProblemBag bag)
    {
        // A character takes 1 to 3 UTF-8 bytes: count exactly only when it can matter.
        if ((long)json.Length * 3 <= limits.MaxDocumentBytes)
        {
            return false;
        }

        long bytes = System.Text.Encoding.UTF8.GetByteCount(json);
        if (bytes <= limits.MaxDocumentBytes)
        {
            return false;
        }

        bag.Add(new Problem(ProblemCodes.LimitExceeded, TooLargeMessage(bytes, limits), "$", bag.Source));
        return true;
    }

    /// <summary>The message for a document beyond the size limit.</summary>
    public static string TooLargeMessage(long bytes, ReadLimits limits) =>
        "The document is " + ReadLimits.N(bytes) + " bytes; the limit is " + ReadLimits.N(limits.MaxDocumentBytes) + " bytes (ReadLimits.MaxDocumentBytes).";

    /// <summary>The properties whose string values are identifiers, held to <see cref="ReadLimits.MaxIdentifierLength"/>.</summary>
    private static readonly HashSet<string> IdentifierFields = new(StringComparer.Ordinal)
    {
        "id", "code", "unit", "indicator", "parent", "kind", "framework", "period", "version", "calendar", "measure", "notApplicableTo",
    };

    /// <summary>Reports every string value and property name beyond the length limits, with its path.</summary>
    public static void CheckStrings(JsonElement element, string path, string? property, ReadLimits limits, ProblemBag bag)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                HashSet<string>? seen = null;
                foreach (var p in element.EnumerateObject())
                {
                    if (!TryText(() => p.Name, path, bag, out string name))
                    {
                        continue;
                    }

                    string childPath = path + "." + (name.Length > 64 ? name[..64] + "…" : name);
                    if (name.Length > limits.MaxTextLength)
                    {
                        bag.Error(ProblemCodes.LimitExceeded, childPath, LengthMessage("A field name", name.Length, limits.MaxTextLength, "MaxTextLength"));
                        continue;
                    }

                    // Field names are case-sensitive: "Value" and "value" are two names (and "Value" is unknown).
                    seen ??= new HashSet<string>(StringComparer.Ordinal);
                    if (!seen.Add(name))
                    {
                        bag.Error(ProblemCodes.Duplicate, childPath, DuplicateMessage(name));
                    }

                    CheckStrings(p.Value, childPath, name, limits, bag);
                }

                break;
            case JsonValueKind.Array:
                int i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    CheckStrings(item, ProblemBag.Index(path, i++), property, limits, bag);
                }

                break;
            case JsonValueKind.String:
                bool identifier = property is not null && IdentifierFields.Contains(property);
                int max = identifier ? limits.MaxIdentifierLength : limits.MaxTextLength;
                if (!TryText(element.GetString, path, bag, out string text))
                {
                    break;
                }

                if (text.Length > max)
                {
                    bag.Error(ProblemCodes.LimitExceeded, path, LengthMessage(identifier ? "An identifier" : "A text", text.Length, max, identifier ? "MaxIdentifierLength" : "MaxTextLength"));
                }

                break;
        }
    }

    /// <summary>The message for a field given twice in one object.</summary>
    public static string DuplicateMessage(string name) =>
        "The field '" + name + "' is given more than once in the same object; which one was meant is not known: keep one.";

    /// <summary>
    /// Reads a string or field name; a lone surrogate escape (<c>"\ud800"</c>) or invalid UTF-8 cannot become text and
    /// is reported as an invalid value.
    /// </summary>
    public static bool TryText(Func<string?> read, string path, ProblemBag bag, out string text)
    {
        try
        {
            text = read() ?? string.Empty;
            return true;
        }
        catch (InvalidOperationException)
        {
            bag.Error(ProblemCodes.InvalidValue, path, "Not valid text: invalid UTF-8, or an escaped half of a surrogate pair such as \\ud800 alone.");
            text = string.Empty;
            return false;
        }
    }

    private static string LengthMessage(string what, int length, int max, string limit) =>
        what + " of " + ReadLimits.N(length) + " characters; the limit is " + ReadLimits.N(max) + " (ReadLimits." + limit + ").";

    /// <summary>Reports a syntax error, or a nesting beyond the depth limit.</summary>
    public static void ReportSyntax(JsonException ex, ProblemBag bag, ReadLimits limits)
    {
        if (ex.Message.Contains("maximum configured depth", StringComparison.Ordinal))
        {
            bag.Add(new Problem(
                ProblemCodes.LimitExceeded,
                "The JSON is nested more than " + ReadLimits.N(limits.MaxDepth) + " levels deep (ReadLimits.MaxDepth).",
                ex.Path,
                bag.Source,
                ex.LineNumber is long deep ? deep + 1 : null));
            return;
        }

        ReportSyntax(ex, bag);
    }

    /// <summary>Reads one element as <typeparamref name="T"/>; a type error is reported at its path and gives null.</summary>
    public static T? Read<T>(JsonElement element, JsonTypeInfo<T> info, string path, ProblemBag bag)
        where T : class
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            bag.Error(ProblemCodes.InvalidValue, path, "Expected an object here.");
            return null;
        }

        try
        {
            return element.Deserialize(info);
        }
        catch (Exception ex) when (IsDataError(ex))
        {
            return ReadProperties(element, info, path, bag);
        }
    }

    /// <summary>
    /// After a type error, reads the object property by property so that every badly typed property is reported,
    /// not only the first, and the rest of the object is still checked.
    /// </summary>
    private static T? ReadProperties<T>(JsonElement element, JsonTypeInfo<T> info, string path, ProblemBag bag)
        where T : class
    {
        var good = new JsonObject();
        foreach (var property in element.EnumerateObject())
        {
            if (!TryText(() => property.Name, path, bag, out _))
            {
                continue;
            }

            try
            {
                var single = new JsonObject { [property.Name] = JsonNode.Parse(property.Value.GetRawText()) };
                single.Deserialize(info);
                good[property.Name] = JsonNode.Parse(property.Value.GetRawText());
            }
            catch (Exception ex) when (IsDataError(ex))
            {
                string inner = (ex as JsonException)?.Path is { Length: > 1 } p ? p[1..] : "." + property.Name;
                string field = inner[(inner.LastIndexOf('.') + 1)..];
                int bracket = field.IndexOf('[', StringComparison.Ordinal);
                string key = bracket > 0 ? field[..bracket] : field;
                string expected = Expected.TryGetValue(key, out var e) ? e : "a value of another type (see docs/formats.md)";
                string message = ex is InexactNumberException inexact
                    ? "'" + field + "' " + inexact.Message
                    : "'" + field + "' must be " + expected + "." + NumberHint(expected, inner == "." + property.Name ? property.Value : null);
                bag.Error(ProblemCodes.InvalidValue, path + inner, message);
            }
        }

        try
        {
            return good.Deserialize(info);
        }
        catch (Exception ex) when (IsDataError(ex))
        {
            return null;
        }
    }

    /// <summary>A hint for a number written as text: <c>"12,5"</c> → write 12.5; <c>"12.5"</c> → without quotes.</summary>
    private static string NumberHint(string expected, JsonElement? value)
    {
        if (expected != "a number" || value is not JsonElement { ValueKind: JsonValueKind.String } text || !TryText(text.GetString, "$", new ProblemBag(null), out string s))
        {
            return string.Empty;
        }

        s = s.Trim();
        int comma = s.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0 && comma == s.LastIndexOf(',') && comma < s.Length - 1 && !s.Contains('.', StringComparison.Ordinal) && IsDigits(s.AsSpan(s[0] == '-' ? 1 : 0, comma - (s[0] == '-' ? 1 : 0))) && IsDigits(s.AsSpan(comma + 1)))
        {
            return " Write " + s.Replace(',', '.') + ": a number without quotes, with a point before the decimals.";
        }

        return decimal.TryParse(s, System.Globalization.NumberStyles.AllowLeadingSign | System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out _)
            ? " Write " + s + " without quotes."
            : string.Empty;
    }

    private static bool IsDigits(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return s.Length > 0;
    }

    private static bool IsDataError(Exception ex) =>
        ex is JsonException or FormatException or InvalidNodaDataException or InvalidOperationException or OverflowException;

    /// <summary>Reports every property the format does not have.</summary>
    public static void ReportExtra(Dto? dto, string path, ProblemBag bag)
    {
        if (dto?.Extra is null)
        {
            return;
        }

        foreach (string name in dto.Extra.Keys)
        {
            if (!name.StartsWith('$'))
            {
                bag.Error(ProblemCodes.UnknownField, path + "." + name, "Unknown field '" + name + "'.");
            }
        }
    }

    public static string? Required(string? value, string path, string field, ProblemBag bag)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            bag.Error(ProblemCodes.MissingField, path + "." + field, "'" + field + "' is required.");
            return null;
        }

        return value;
    }

    /// <summary>A required identifier (a unit id, an indicator or area code): printable, with no white space at either end.</summary>
    public static string? Identifier(string? value, string path, string field, ProblemBag bag)
    {
        string? id = Required(value, path, field, bag);
        return id is not null && Identifiers.Check(id, path + "." + field, field, bag) ? id : null;
    }

    public static LocalizedText? Text(TextDto? dto, string path, ProblemBag bag)
    {
        if (dto is null)
        {
            bag.Error(ProblemCodes.MissingField, path, "A name { \"vi\": …, \"en\": … } is required.");
            return null;
        }

        ReportExtra(dto, path, bag);
        string? vi = Required(dto.Vi, path, "vi", bag);
        string? en = Required(dto.En, path, "en", bag);
        return vi is null || en is null ? null : new LocalizedText(vi, en);
    }

    public static TextDto ToDto(LocalizedText text) => new() { Vi = text.Vi, En = text.En };

    private static void ReportSyntax(JsonException ex, ProblemBag bag) =>
        bag.Add(new Problem(
            ProblemCodes.InvalidJson,
            "Not valid JSON: " + FirstSentence(ex.Message),
            ex.Path,
            bag.Source,
            ex.LineNumber is long line ? line + 1 : null));

    private static string FirstSentence(string message)
    {
        int cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        }

        return cut > 0 ? message[..cut] : message;
    }

    private static JsonSerializerOptions BuildOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            WriteIndented = true,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            MaxDepth = MaxDepth,
        };
        // The two pattern converters are built here rather than taken from NodaConverters: touching that class
        // initialises all of its converters, and the ones for composite types (Interval, DateInterval) look up
        // converters by reflection, which trimming and native AOT warn about in every app that uses this library.
        options.Converters.Add(new ExactDecimalConverter());
        options.Converters.Add(new NodaPatternConverter<LocalDate>(LocalDatePattern.Iso, IsoOnly));
        options.Converters.Add(new NodaPatternConverter<Instant>(InstantPattern.ExtendedIso));
        return options;
    }

    private static void IsoOnly(LocalDate date)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException("Dates are written in the ISO calendar only.", nameof(date));
        }
    }
}
