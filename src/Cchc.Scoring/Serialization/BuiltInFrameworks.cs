using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Cchc.Scoring.Serialization;
using Cchc.Scoring;

namespace Cchc.Scoring;

/// <summary>
/// The frameworks shipped in the package, loadable by identifier, each with synthetic sample submissions
/// (clearly labelled as such) to try the library on.
/// </summary>
public static class BuiltInFrameworks
{
    /// <summary>The Tiền Giang Department of Transport reform plan 2021–2025.</summary>
    public const string GtvtTienGiang20212025 = "gtvt-tiengiang-2021-2025";

    /// <summary>An Index 766-style index of service to citizens and businesses (Decision 766/QĐ-TTg): six groups, 100 points.</summary>
    public const string Index7662022 = "index766-2022";

    /// <summary>
    /// A department-level administrative reform index in the style of the provincial PAR INDEX sets (Chỉ số cải cách hành
    /// chính cấp sở): eight areas, 100 points, 70 self-assessed and appraised, 30 from an optional survey.
    /// </summary>
    public const string ParDepartment2025 = "par-department-2025";

    private const string Prefix = "Cchc.Scoring.BuiltIn.";
    private static readonly Lazy<Dictionary<string, Framework>> Loaded = new(LoadAll);

    /// <summary>The identifiers of the built-in frameworks, in ordinal order.</summary>
    public static IReadOnlyList<string> Ids { get; } = typeof(BuiltInFrameworks).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal) && !n.EndsWith(".sample.json", StringComparison.Ordinal))
        .Select(n => n[Prefix.Length..^".json".Length])
        .Order(StringComparer.Ordinal)
        .ToArray();

    /// <summary>Finds a built-in framework.</summary>
    /// <param name="id">The identifier, e.g. <see cref="GtvtTienGiang20212025"/>.</param>
    /// <param name="framework">The framework, when found.</param>
    /// <returns>True when found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public static bool TryGet(string id, out Framework framework)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Loaded.Value.TryGetValue(id, out framework!);
    }

    /// <summary>Gets a built-in framework.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The framework.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">There is no built-in framework with that identifier.</exception>
    public static Framework Get(string id) =>
        TryGet(id, out var framework) ? framework : throw new KeyNotFoundException("No built-in framework '" + id + "'; the built-in frameworks are " + string.Join(", ", Ids) + ".");

    /// <summary>The synthetic sample submissions of a built-in framework (invented figures, for trying the library).</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The sample submissions.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">There is no built-in framework with that identifier, or it has no sample.</exception>
    public static SubmissionSet GetSample(string id)
    {
        var framework = Get(id);
        string? json = ReadResource(Prefix + id + ".sample.json");
        return json is null
            ? throw new KeyNotFoundException("Framework '" + id + "' has no sample submissions.")
            : SubmissionJson.Read(json, framework, id + ".sample.json").GetValueOrThrow();
    }

    /// <summary>The text of a built-in framework file, as shipped.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">There is no built-in framework with that identifier.</exception>
    public static string GetJson(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return ReadResource(Prefix + id + ".json") ?? throw new KeyNotFoundException("No built-in framework '" + id + "'.");
    }

    private static Dictionary<string, Framework> LoadAll() =>
        Ids.ToDictionary(id => id, id => FrameworkJson.Read(GetJson(id), source: id + ".json").GetValueOrThrow(), StringComparer.Ordinal);

    private static string? ReadResource(string name)
    {
        using var stream = typeof(BuiltInFrameworks).Assembly.GetManifestResourceStream(name);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
