using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cchc.Scoring.Rules;
using Cchc.Scoring.Serialization;
using Cchc.Scoring;

namespace Cchc.Scoring;

/// <summary>
/// A province's changes to a base framework, read from an override file (<c>docs/overrides.md</c>): points, targets,
/// rules, names, bands and the declared total changed; indicators added or retired. <see cref="Apply"/> merges it over
/// the base and validates the result as a whole framework; the merged framework keeps the base's identifier and its
/// version becomes <c>baseVersion+overrideId@overrideVersion</c>.
/// </summary>
public sealed class FrameworkOverride
{
    private static readonly string[] TopFields = ["id", "version", "base", "name", "totalPoints", "bands", "change", "add", "retire"];
    private static readonly string[] ChangeFields = ["indicator", "name", "unit", "target", "rule", "points"];
    private static readonly string[] TargetFields = ["comparison", "value", "due", "baseline", "change"];

    private readonly JsonObject _root;

    private FrameworkOverride(JsonObject root, string id, string version, string baseId, string? baseVersion, string? source)
    {
        _root = root;
        Id = id;
        Version = version;
        BaseId = baseId;
        BaseVersion = baseVersion;
        Source = source;
    }

    /// <summary>The override's own identifier.</summary>
    public string Id { get; }

    /// <summary>The override's own version.</summary>
    public string Version { get; }

    /// <summary>The identifier of the framework it applies to.</summary>
    public string BaseId { get; }

    /// <summary>The version of the base it was written for, or null when any version will do.</summary>
    public string? BaseVersion { get; }

    /// <summary>The file it was read from, or null.</summary>
    public string? Source { get; }

    /// <summary>The codes of the indicators it changes.</summary>
    public IReadOnlyList<string> Changed => Items("change").Select(c => (string)c["indicator"]!).ToArray();

    /// <summary>The codes of the indicators it adds.</summary>
    public IReadOnlyList<string> Added => Items("add").Select(a => (string)a["indicator"]!["code"]!).ToArray();

    /// <summary>The codes of the indicators it retires.</summary>
    public IReadOnlyList<string> Retired => Items("retire").Select(r => (string)r["indicator"]!).ToArray();

    /// <summary>
    /// Reads an override file, checking its structure (fields, types, what is required). Whether its changes fit the
    /// base is checked by <see cref="Apply"/>. Never throws for bad data.
    /// </summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">The file name, to locate problems; null when not from a file.</param>
    /// <param name="limits">The limits (<see cref="ReadLimits.Default"/> when null); input beyond them is reported as <see cref="ProblemCodes.LimitExceeded"/>.</param>
    /// <returns>The override, or every problem found with its JSON path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static ValidationResult<FrameworkOverride> Read(string json, string? source = null, ReadLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        var bag = new ProblemBag(source);
        using var document = JsonFormat.Parse(json, bag, limits);
        return Read(document, source, bag);
    }

    /// <summary>
    /// Reads an override file from its bytes: strict UTF-8, a UTF-8 byte order mark allowed; a UTF-16 or UTF-32 byte
    /// order mark, invalid bytes and lone surrogates are an <see cref="ProblemCodes.InvalidJson"/> problem with its line
    /// (<c>docs/errors.md</c>, "Reading rule"). Otherwise as <see cref="Read(string, string?, ReadLimits?)"/>.
    /// </summary>
    /// <param name="utf8Json">The file's bytes.</param>
    /// <param name="source">The file name, to locate problems; null when not from a file.</param>
    /// <param name="limits">The limits (<see cref="ReadLimits.Default"/> when null); input beyond them is reported as <see cref="ProblemCodes.LimitExceeded"/>.</param>
    /// <returns>The override, or every problem found with its JSON path.</returns>
    public static ValidationResult<FrameworkOverride> ReadUtf8(ReadOnlySpan<byte> utf8Json, string? source = null, ReadLimits? limits = null)
    {
        var bag = new ProblemBag(source);
        limits ??= ReadLimits.Default;
        if (utf8Json.Length > limits.MaxDocumentBytes)
        {
            bag.Add(new Problem(ProblemCodes.LimitExceeded, JsonFormat.TooLargeMessage(utf8Json.Length, limits), "$", source));
            return new(null, bag.Problems);
        }

        using var document = JsonFormat.Parse(utf8Json.ToArray(), bag, limits);
        return Read(document, source, bag);
    }

    /// <summary>
    /// Reads an override file from a stream of its bytes, under the same rules as <see cref="ReadUtf8"/>.
    /// The stream is read to its end (no further than the size limit), not closed.
    /// </summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="source">The file name, to locate problems; null when not from a file.</param>
    /// <param name="limits">The limits (<see cref="ReadLimits.Default"/> when null); a stream longer than <see cref="ReadLimits.MaxDocumentBytes"/> is reported as <see cref="ProblemCodes.LimitExceeded"/>.</param>
    /// <returns>The override, or every problem found with its JSON path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="System.IO.IOException">The stream cannot be read.</exception>
    public static ValidationResult<FrameworkOverride> ReadStream(System.IO.Stream utf8Json, string? source = null, ReadLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        var bag = new ProblemBag(source);
        limits ??= ReadLimits.Default;
        if (JsonFormat.ReadAll(utf8Json, bag, limits) is not ReadOnlyMemory<byte> bytes)
        {
            return new(null, bag.Problems);
        }

        using var document = JsonFormat.Parse(bytes, bag, limits);
        return Read(document, source, bag);
    }

    private static ValidationResult<FrameworkOverride> Read(JsonDocument? document, string? source, ProblemBag bag)
    {
        if (document is null)
        {
            return new(null, bag.Problems);
        }

        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            bag.Error(ProblemCodes.InvalidValue, "$", "An override file is a JSON object.");
            return new(null, bag.Problems);
        }

        Fields(root, "$", TopFields, bag);
        string? id = RequiredString(root, "$", "id", bag);
        string? version = RequiredString(root, "$", "version", bag);
        string? baseId = null, baseVersion = null;
        if (!root.TryGetProperty("base", out var baseElement) || baseElement.ValueKind != JsonValueKind.Object)
        {
            bag.Error(ProblemCodes.MissingField, "$.base", "'base' is required: { \"id\": the base framework's id, \"version\": optional }.");
        }
        else
        {
            Fields(baseElement, "$.base", ["id", "version"], bag);
            baseId = RequiredString(baseElement, "$.base", "id", bag);
            baseVersion = OptionalString(baseElement, "$.base", "version", bag);
        }

        Kind(root, "$", "name", JsonValueKind.Object, "an object { \"vi\": …, \"en\": … }", bag);
        Kind(root, "$", "totalPoints", JsonValueKind.Number, "a number", bag);
        Kind(root, "$", "bands", JsonValueKind.Array, "an array of bands (they replace the base's bands)", bag);
        if (!root.TryGetProperty("change", out _) && !root.TryGetProperty("add", out _) && !root.TryGetProperty("retire", out _)
            && !root.TryGetProperty("name", out _) && !root.TryGetProperty("totalPoints", out _) && !root.TryGetProperty("bands", out _))
        {
            bag.Warning(ProblemCodes.MissingField, "$", "The override changes nothing.");
        }

        ForEach(root, "change", bag, (item, path) =>
        {
            Fields(item, path, ChangeFields, bag);
            RequiredString(item, path, "indicator", bag);
            if (!item.EnumerateObject().Any(p => p.Name != "indicator" && ChangeFields.Contains(p.Name, StringComparer.Ordinal)))
            {
                bag.Warning(ProblemCodes.MissingField, path, "This change changes nothing: give name, unit, target, rule or points.");
            }

            Kind(item, path, "name", JsonValueKind.Object, "an object { \"vi\": …, \"en\": … }", bag);
            Kind(item, path, "unit", JsonValueKind.String, "a string", bag);
            Kind(item, path, "rule", JsonValueKind.Object, "a rule object { \"kind\": …, parameters… }", bag);
            Kind(item, path, "points", JsonValueKind.Number, "a number", bag);
            if (Kind(item, path, "target", JsonValueKind.Object, "an object with the target fields to change", bag) is JsonElement target)
            {
                Fields(target, path + ".target", TargetFields, bag);
            }
        });
        ForEach(root, "add", bag, (item, path) =>
        {
            Fields(item, path, ["area", "indicator"], bag);
            RequiredString(item, path, "area", bag);
            if (!item.TryGetProperty("indicator", out var indicator))
            {
                bag.Error(ProblemCodes.MissingField, path + ".indicator", "'indicator' is required: a whole indicator, as in a framework file.");
            }
            else if (indicator.ValueKind != JsonValueKind.Object)
            {
                bag.Error(ProblemCodes.InvalidValue, path + ".indicator", "'indicator' must be a whole indicator, as in a framework file.");
            }
            else
            {
                RequiredString(indicator, path + ".indicator", "code", bag);
            }
        });
        ForEach(root, "retire", bag, (item, path) =>
        {
            Fields(item, path, ["indicator", "reason"], bag);
            RequiredString(item, path, "indicator", bag);
            OptionalString(item, path, "reason", bag);
        });

        if (bag.HasErrors)
        {
            return new(null, bag.Problems);
        }

        var node = JsonNode.Parse(root.GetRawText(), null, JsonFormat.DocumentOptions)!.AsObject();
        return new(new FrameworkOverride(node, id!, version!, baseId!, baseVersion, source), bag.Problems);
    }

    /// <summary>
    /// Merges an override over its base and validates the result as a whole framework (the points must still add up
    /// to the declared total, rules must fit their indicators, …). Problems are located in the override file: at the
    /// change that caused them when there is one, otherwise at <c>$</c> with the path in the merged framework.
    /// </summary>
    /// <param name="baseFramework">The base framework.</param>
    /// <param name="frameworkOverride">The override.</param>
    /// <param name="registry">The rule kinds allowed; <see cref="RuleRegistry.Default"/> when null. It must know the base's rules too.</param>
    /// <returns>The merged framework, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="baseFramework"/> or <paramref name="frameworkOverride"/> is null.</exception>
    public static ValidationResult<Framework> Apply(Framework baseFramework, FrameworkOverride frameworkOverride, RuleRegistry? registry = null)
    {
        ArgumentNullException.ThrowIfNull(baseFramework);
        ArgumentNullException.ThrowIfNull(frameworkOverride);
        return frameworkOverride.Merge(baseFramework, registry ?? RuleRegistry.Default);
    }

    /// <summary>The merged version text: <c>baseVersion+overrideId@overrideVersion</c>.</summary>
    /// <param name="baseVersion">The base's version.</param>
    /// <returns>The version of the merged framework.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="baseVersion"/> is null.</exception>
    public string MergedVersion(string baseVersion)
    {
        ArgumentNullException.ThrowIfNull(baseVersion);
        return baseVersion + "+" + Id + "@" + Version;
    }

    private static void Fields(JsonElement element, string path, string[] allowed, ProblemBag bag)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (!property.Name.StartsWith('$') && !allowed.Contains(property.Name, StringComparer.Ordinal))
            {
                bag.Error(ProblemCodes.UnknownField, path + "." + property.Name, "Unknown field '" + property.Name + "'; the fields here are " + string.Join(", ", allowed) + ".");
            }
        }
    }

    private static JsonElement? Kind(JsonElement element, string path, string name, JsonValueKind kind, string expected, ProblemBag bag)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return null;
        }

        if (value.ValueKind != kind && !(value.ValueKind == JsonValueKind.Null && name is not "rule" and not "points"))
        {
            bag.Error(ProblemCodes.InvalidValue, path + "." + name, "'" + name + "' must be " + expected + ".");
            return null;
        }

        return value.ValueKind == kind ? value : null;
    }

    private static string? RequiredString(JsonElement element, string path, string name, ProblemBag bag)
    {
        if (element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString()))
        {
            string text = value.GetString()!;
            return name is "id" or "version" or "area" or "indicator" or "code" && !Identifiers.Check(text, path + "." + name, name, bag) ? null : text;
        }

        bag.Error(value.ValueKind == JsonValueKind.Undefined ? ProblemCodes.MissingField : ProblemCodes.InvalidValue, path + "." + name, "'" + name + "' is required: a non-empty string.");
        return null;
    }

    private static string? OptionalString(JsonElement element, string path, string name, ProblemBag bag)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            return value.GetString();
        }

        bag.Error(ProblemCodes.InvalidValue, path + "." + name, "'" + name + "' must be a string.");
        return null;
    }

    private static void ForEach(JsonElement root, string name, ProblemBag bag, Action<JsonElement, string> check)
    {
        if (!root.TryGetProperty(name, out var array))
        {
            return;
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            bag.Error(ProblemCodes.InvalidValue, "$." + name, "'" + name + "' must be an array.");
            return;
        }

        int i = 0;
        foreach (var item in array.EnumerateArray())
        {
            string path = ProblemBag.Index("$." + name, i++);
            if (item.ValueKind != JsonValueKind.Object)
            {
                bag.Error(ProblemCodes.InvalidValue, path, "Expected an object here.");
            }
            else
            {
                check(item, path);
            }
        }
    }

    private IEnumerable<JsonObject> Items(string name) =>
        _root[name] is JsonArray array ? array.OfType<JsonObject>() : [];

    private ValidationResult<Framework> Merge(Framework baseFramework, RuleRegistry registry)
    {
        var bag = new ProblemBag(Source);
        if (!string.Equals(baseFramework.Id, BaseId, StringComparison.Ordinal))
        {
            bag.Error(ProblemCodes.InvalidValue, "$.base.id", "The override is for '" + BaseId + "', not for '" + baseFramework.Id + "'.");
            return new(null, bag.Problems);
        }

        if (BaseVersion is not null && !string.Equals(baseFramework.Version, BaseVersion, StringComparison.Ordinal))
        {
            bag.Error(ProblemCodes.InvalidValue, "$.base.version", "The override was written for version " + BaseVersion + " of '" + BaseId + "', but the base is version " + baseFramework.Version + ".");
            return new(null, bag.Problems);
        }

        var merged = JsonNode.Parse(FrameworkJson.Write(baseFramework))!.AsObject();
        var areas = merged["areas"]!.AsArray();
        var where = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var indicator in areas.Select(a => a!["indicators"]!.AsArray()).SelectMany(list => list).OfType<JsonObject>())
        {
            where.TryAdd((string)indicator["code"]!, indicator);
        }

        // Which override path set which node (an indicator, or a field of one), to locate the merged framework's problems.
        var origin = new List<(JsonNode Node, string Path)>();
        var retired = new HashSet<string>(StringComparer.Ordinal);
        int r = 0;
        foreach (var item in Items("retire"))
        {
            string code = (string)item["indicator"]!;
            string path = ProblemBag.Index("$.retire", r++);
            if (!where.ContainsKey(code))
            {
                bag.Error(ProblemCodes.UnknownIndicator, path + ".indicator", "The base has no indicator '" + code + "' to retire.");
            }
            else if (!retired.Add(code))
            {
                bag.Error(ProblemCodes.Duplicate, path + ".indicator", "Indicator '" + code + "' is retired twice.");
            }
        }

        var changed = new HashSet<string>(StringComparer.Ordinal);
        int c = 0;
        foreach (var item in Items("change"))
        {
            string code = (string)item["indicator"]!;
            string path = ProblemBag.Index("$.change", c++);
            if (!where.TryGetValue(code, out var indicator))
            {
                bag.Error(ProblemCodes.UnknownIndicator, path + ".indicator", "The base has no indicator '" + code + "'; its indicators are " + string.Join(", ", where.Keys) + ".");
                continue;
            }

            if (retired.Contains(code))
            {
                bag.Error(ProblemCodes.InvalidValue, path + ".indicator", "Indicator '" + code + "' is both retired and changed.");
                continue;
            }

            if (!changed.Add(code))
            {
                bag.Error(ProblemCodes.Duplicate, path + ".indicator", "Indicator '" + code + "' is changed twice; put every change to it in one entry.");
                continue;
            }

            origin.Add((indicator, path));
            foreach (var (name, value) in item.Where(p => p.Key != "indicator" && !p.Key.StartsWith('$')))
            {
                if (name == "target" && value is JsonObject target)
                {
                    var baseTarget = indicator["target"]!.AsObject();
                    foreach (var (field, fieldValue) in target.Where(p => !p.Key.StartsWith('$')))
                    {
                        Set(baseTarget, field, fieldValue);
                    }

                    origin.Add((baseTarget, path + ".target"));
                }
                else
                {
                    Set(indicator, name, value);
                    if (indicator[name] is JsonNode set)
                    {
                        origin.Add((set, path + "." + name));
                    }
                }
            }
        }

        foreach (var area in areas.OfType<JsonObject>())
        {
            var list = area["indicators"]!.AsArray();
            foreach (var gone in list.OfType<JsonObject>().Where(i => retired.Contains((string)i["code"]!)).ToArray())
            {
                list.Remove(gone);
            }
        }

        int n = 0;
        foreach (var item in Items("add"))
        {
            string path = ProblemBag.Index("$.add", n++);
            string areaCode = (string)item["area"]!;
            var indicator = item["indicator"]!.AsObject();
            string code = (string)indicator["code"]!;
            var area = areas.OfType<JsonObject>().FirstOrDefault(a => (string?)a["code"] == areaCode);
            if (area is null)
            {
                bag.Error(ProblemCodes.InvalidValue, path + ".area", "The base has no area '" + areaCode + "'; its areas are " + string.Join(", ", areas.Select(a => (string?)a!["code"])) + ".");
                continue;
            }

            if (where.ContainsKey(code) && !retired.Contains(code))
            {
                bag.Error(ProblemCodes.Duplicate, path + ".indicator.code", "The base already has an indicator '" + code + "'; change it, or retire it first.");
                continue;
            }

            var copy = indicator.DeepClone();
            area["indicators"]!.AsArray().Add(copy);
            origin.Add((copy, path + ".indicator"));
        }

        foreach (var empty in areas.OfType<JsonObject>().Where(a => a["indicators"]!.AsArray().Count == 0).ToArray())
        {
            areas.Remove(empty);
        }

        foreach (string field in new[] { "name", "totalPoints", "bands" })
        {
            if (_root[field] is JsonNode value)
            {
                merged[field] = value.DeepClone();
                origin.Add((merged[field]!, "$." + field));
            }
        }

        merged["version"] = MergedVersion(baseFramework.Version);
        if (bag.HasErrors)
        {
            return new(null, bag.Problems);
        }

        var result = FrameworkJson.Read(merged.ToJsonString(), registry);
        var located = origin.Select(o => (Merged: o.Node.GetPath(), o.Path)).OrderByDescending(o => o.Merged.Length).ToArray();
        foreach (var problem in result.Problems)
        {
            bag.Add(Locate(problem, located));
        }

        return new(bag.HasErrors ? null : result.Value, bag.Problems);
    }

    private static void Set(JsonObject target, string name, JsonNode? value)
    {
        if (value is null)
        {
            target.Remove(name);
        }
        else
        {
            target[name] = value.DeepClone();
        }
    }

    private Problem Locate(Problem problem, (string Merged, string Path)[] located)
    {
        string? at = problem.Path;
        if (at is not null)
        {
            foreach (var (merged, path) in located)
            {
                if (at.StartsWith(merged, StringComparison.Ordinal) && (at.Length == merged.Length || at[merged.Length] is '.' or '['))
                {
                    return new Problem(problem.Code, problem.Message, path + at[merged.Length..], Source, null, problem.Severity);
                }
            }
        }

        return new Problem(problem.Code, "In the merged framework" + (at is null ? string.Empty : " at " + at) + ": " + problem.Message, "$", Source, null, problem.Severity);
    }
}
