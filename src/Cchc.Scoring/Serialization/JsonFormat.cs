using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Cchc.Scoring.Validation;
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

    public static JsonDocument? Parse(string json, ProblemBag bag)
    {
        try
        {
            return JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException ex)
        {
            ReportSyntax(ex, bag);
            return null;
        }
    }

    public static JsonDocument? Parse(Stream utf8Json, ProblemBag bag)
    {
        try
        {
            return JsonDocument.Parse(utf8Json, DocumentOptions);
        }
        catch (JsonException ex)
        {
            ReportSyntax(ex, bag);
            return null;
        }
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
            var single = new JsonObject { [property.Name] = JsonNode.Parse(property.Value.GetRawText()) };
            try
            {
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
                bag.Error(ProblemCodes.InvalidValue, path + inner, "'" + field + "' must be " + expected + ".");
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
