using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Cchc.Scoring;
using NodaTime;

namespace Cchc.Scoring.Serialization;

/// <summary>
/// Reads and writes the assessment records format (<c>docs/appraisal.md</c>, schema
/// <c>docs/schemas/assessments.schema.json</c>): every entry of every unit, indicator and period. Reading follows the
/// reading rule of the other readers (<c>docs/errors.md</c>): strict UTF-8, a field given twice is a problem, numbers
/// are held exactly, and every problem is reported with its JSON path — the fields of each entry, then the sequence
/// rules of the records. Writing gives the entries in canonical order, so that reading what was written and writing
/// it again gives the same text.
/// </summary>
public static class AssessmentJson
{
    /// <summary>Reads assessment records from text (as its UTF-8 form, under the same rule as <see cref="ReadUtf8"/>).</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="framework">The framework: its calendar reads the periods, its indicators are the ones assessed.</param>
    /// <param name="source">The file name, to locate problems; null when not from a file.</param>
    /// <param name="limits">The limits; <see cref="ReadLimits.Default"/> when null.</param>
    /// <returns>The records, or every problem found (the value is null when there is an error).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> or <paramref name="framework"/> is null.</exception>
    public static ValidationResult<AssessmentRecords> Read(string json, Framework framework, string? source = null, ReadLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(framework);
        limits ??= ReadLimits.Default;
        var bag = new ProblemBag(source);
        using var document = JsonFormat.Parse(json, bag, limits);
        return Read(document, framework, bag, limits);
    }

    /// <summary>Reads assessment records from their bytes: strict UTF-8, a UTF-8 byte order mark allowed.</summary>
    /// <param name="utf8Json">The file's bytes.</param>
    /// <param name="framework">The framework: its calendar reads the periods, its indicators are the ones assessed.</param>
    /// <param name="source">The file name, to locate problems; null when not from a file.</param>
    /// <param name="limits">The limits; <see cref="ReadLimits.Default"/> when null.</param>
    /// <returns>The records, or every problem found (the value is null when there is an error).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="framework"/> is null.</exception>
    public static ValidationResult<AssessmentRecords> ReadUtf8(ReadOnlySpan<byte> utf8Json, Framework framework, string? source = null, ReadLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(framework);
        limits ??= ReadLimits.Default;
        var bag = new ProblemBag(source);
        using var document = JsonFormat.Parse(utf8Json.ToArray(), bag, limits);
        return Read(document, framework, bag, limits);
    }

    /// <summary>Reads assessment records from a UTF-8 stream (read to its end, not closed); the same as <see cref="ReadUtf8"/> over its bytes.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="framework">The framework: its calendar reads the periods, its indicators are the ones assessed.</param>
    /// <param name="source">The file name, to locate problems; null when not from a file.</param>
    /// <param name="limits">The limits; <see cref="ReadLimits.Default"/> when null.</param>
    /// <returns>The records, or every problem found (the value is null when there is an error).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="framework"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static ValidationResult<AssessmentRecords> ReadStream(Stream utf8Json, Framework framework, string? source = null, ReadLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(framework);
        limits ??= ReadLimits.Default;
        var bag = new ProblemBag(source);
        var bytes = JsonFormat.ReadAll(utf8Json, bag, limits);
        using var document = bytes is { } b ? JsonFormat.Parse(b, bag, limits) : null;
        return Read(document, framework, bag, limits);
    }

    /// <summary>Writes assessment records: the entries in canonical order (unit, indicator, period, recorded-at, kind).</summary>
    /// <param name="records">The records.</param>
    /// <param name="frameworkId">The framework identifier to record in the file, or null.</param>
    /// <returns>The JSON text, ending with a line end.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is null.</exception>
    public static string Write(AssessmentRecords records, string? frameworkId = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        var context = AssessmentJsonContext.Shared;
        var dto = new AssessmentFileDto
        {
            Framework = frameworkId,
            Entries = records.Entries.Select(e => JsonSerializer.SerializeToElement(ToDto(e), context.AssessmentEntryDto)).ToList(),
        };
        return JsonSerializer.Serialize(dto, context.AssessmentFileDto) + "\n";
    }

    private static AssessmentEntryDto ToDto(AssessmentEntry e) => new()
    {
        Unit = e.UnitId,
        Period = e.Period.ToString(),
        Indicator = e.IndicatorCode,
        Kind = FileNames.Of(e.Kind),
        RecordedAt = e.RecordedAt,
        By = FileNames.Of(e.Author),
        Round = e.Round,
        Points = e.Points,
        Accepted = e.Accepted,
        Text = e.Text,
        Evidence = e.Evidence.Count == 0 ? null : e.Evidence.Select(ToDto).ToList(),
    };

    /// <summary>The evidence reference as written in files.</summary>
    internal static EvidenceDto ToDto(EvidenceReference r) =>
        new() { Title = r.Title, DocumentNumber = r.DocumentNumber, DocumentDate = r.DocumentDate, File = r.FileName, Sha256 = r.Sha256, Url = r.Url, Meets = r.Meets };

    private static ValidationResult<AssessmentRecords> Read(JsonDocument? document, Framework framework, ProblemBag bag, ReadLimits limits)
    {
        if (document is null)
        {
            return new ValidationResult<AssessmentRecords>(null, bag.Problems);
        }

        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            bag.Error(ProblemCodes.InvalidValue, "$", "Expected an object { \"entries\": [ … ] } here.");
            return new ValidationResult<AssessmentRecords>(null, bag.Problems);
        }

        var entries = new List<AssessmentEntry>();
        var paths = new Dictionary<AssessmentEntry, string>(ReferenceEqualityComparer.Instance);
        bool given = false;
        string[]? codes = null;
        foreach (var property in root.EnumerateObject())
        {
            if (!JsonFormat.TryText(() => property.Name, "$", bag, out string name))
            {
                continue;
            }

            string path = "$." + name;
            switch (name)
            {
                case "framework":
                    if (property.Value.ValueKind == JsonValueKind.String)
                    {
                        if (JsonFormat.TryText(property.Value.GetString, path, bag, out string id) && !string.Equals(id, framework.Id, StringComparison.Ordinal))
                        {
                            bag.Warning(ProblemCodes.InvalidValue, path, "The file is for framework '" + id + "' but is read for '" + framework.Id + "'.");
                        }
                    }
                    else if (property.Value.ValueKind != JsonValueKind.Null)
                    {
                        bag.Error(ProblemCodes.InvalidValue, path, "'framework' must be a string.");
                    }

                    break;
                case "entries":
                    if (property.Value.ValueKind != JsonValueKind.Array)
                    {
                        bag.Error(ProblemCodes.InvalidValue, path, "'entries' must be an array.");
                        break;
                    }

                    given = true;
                    int i = 0;
                    foreach (var element in property.Value.EnumerateArray())
                    {
                        string itemPath = ProblemBag.Index(path, i);
                        if (i++ >= limits.MaxSubmissions)
                        {
                            bag.Error(ProblemCodes.LimitExceeded, itemPath, "More than " + ReadLimits.N(limits.MaxSubmissions) + " entries in one file (ReadLimits.MaxSubmissions): the rest is not read. Split the file.");
                            break;
                        }

                        var entry = ReadEntry(element, itemPath, framework, bag, ref codes);
                        if (entry is not null)
                        {
                            entries.Add(entry);
                            paths.Add(entry, itemPath);
                        }
                    }

                    break;
                default:
                    if (!name.StartsWith('$'))
                    {
                        bag.Error(ProblemCodes.UnknownField, path, "Unknown field '" + name + "'.");
                    }

                    break;
            }
        }

        if (!given)
        {
            bag.Error(ProblemCodes.MissingField, "$.entries", "'entries' is required (it may be an empty array).");
        }

        var records = new AssessmentRecords(entries);
        records.Check(e => paths[e], bag);
        return new ValidationResult<AssessmentRecords>(bag.HasErrors ? null : records, bag.Problems);
    }

    private static AssessmentEntry? ReadEntry(JsonElement element, string path, Framework framework, ProblemBag bag, ref string[]? codes)
    {
        var dto = JsonFormat.Read(element, AssessmentJsonContext.Shared.AssessmentEntryDto, path, bag);
        if (dto is null)
        {
            return null;
        }

        JsonFormat.ReportExtra(dto, path, bag);
        string? unit = JsonFormat.Identifier(dto.Unit, path, "unit", bag);
        string? indicator = JsonFormat.Identifier(dto.Indicator, path, "indicator", bag);
        ReportingPeriod period = default;
        bool periodOk = JsonFormat.Required(dto.Period, path, "period", bag) is not null;
        if (periodOk && !ReportingPeriod.TryParse(dto.Period, framework.Calendar, out period))
        {
            bag.Error(ProblemCodes.InvalidPeriod, path + ".period", "'" + dto.Period + "' is not a period: write 2025, 2025-H1, 2025-Q3, 2025-07 or 2025-01-01..2025-03-31, in the years 0002 to 9998.");
            periodOk = false;
        }

        bool kindOk = Name<AssessmentEntryKind>(dto.Kind, path, "kind", bag, out var kind);
        bool byOk = Name<AssessorRole>(dto.By, path, "by", bag, out var by);
        if (dto.RecordedAt is null)
        {
            bag.Error(ProblemCodes.MissingField, path + ".recordedAt", "'recordedAt' is required: the instant the entry was recorded, e.g. 2026-01-10T02:00:00Z.");
        }

        var evidence = new List<EvidenceReference>();
        bool evidenceOk = true;
        for (int i = 0; i < (dto.Evidence?.Count ?? 0); i++)
        {
            string at = ProblemBag.Index(path + ".evidence", i);
            var item = dto.Evidence![i];
            if (item is null)
            {
                bag.Error(ProblemCodes.InvalidValue, at, "Expected an object { \"title\": …, … } here.");
                evidenceOk = false;
                continue;
            }

            JsonFormat.ReportExtra(item, at, bag);
            if (string.IsNullOrWhiteSpace(item.Title))
            {
                bag.Error(ProblemCodes.MissingField, at + ".title", "'title' is required: what the evidence is.");
                evidenceOk = false;
                continue;
            }

            evidence.Add(new EvidenceReference(item.Title, item.DocumentNumber, item.DocumentDate, item.File, item.Sha256, item.Url, item.Meets));
        }

        if (unit is null || indicator is null || !periodOk || !kindOk || !byOk || !evidenceOk || dto.RecordedAt is not Instant recordedAt)
        {
            return null;
        }

        if (framework.FindIndicator(indicator) is null)
        {
            codes ??= framework.Indicators.Select(x => x.Code).ToArray();
            bag.Error(ProblemCodes.UnknownIndicator, path + ".indicator", "Framework '" + framework.Id + "' has no indicator '" + indicator + "'." + Suggestions.Hint(indicator, codes, "indicators"));
            return null;
        }

        return new AssessmentEntry(unit, period, indicator, kind, recordedAt, by, dto.Points, dto.Round, dto.Text, evidence, dto.Accepted);
    }

    private static bool Name<T>(string? text, string path, string field, ProblemBag bag, out T value)
        where T : struct, Enum
    {
        value = default;
        if (text is null)
        {
            bag.Error(ProblemCodes.MissingField, path + "." + field, "'" + field + "' is required: one of " + Names<T>() + ".");
            return false;
        }

        if (!FileNames.TryParse(text, out value))
        {
            bag.Error(ProblemCodes.InvalidValue, path + "." + field, "'" + text + "' is not a " + field + ": write one of " + Names<T>() + ".");
            return false;
        }

        return true;
    }

    private static string Names<T>()
        where T : struct, Enum => string.Join(", ", Enum.GetValues<T>().Select(v => FileNames.Of(v)));
}
