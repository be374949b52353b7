using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security;
using Cchc.Scoring;
using Cchc.Scoring.Serialization;

namespace Cchc.Scoring.Cli;

/// <summary>Reads frameworks and submissions named on the command line; every failure becomes a located problem, never an exception.</summary>
internal static class Inputs
{
    /// <summary>The framework used when none is named.</summary>
    public const string DefaultFrameworkId = BuiltInFrameworks.GtvtTienGiang20212025;

    /// <summary>The problem code of a file that cannot be read (missing, a directory, no permission).</summary>
    public const string UnreadableFile = "unreadable-file";

    /// <summary>Reads a file's text, or adds one problem saying why it cannot be read.</summary>
    public static string? ReadText(string path, List<Problem> problems)
    {
        if (Directory.Exists(path))
        {
            problems.Add(Unreadable(path, "This is a directory, not a file."));
            return null;
        }

        try
        {
            long length = new FileInfo(path).Length;
            if (length > ReadLimits.Default.MaxDocumentBytes)
            {
                problems.Add(new Problem(ProblemCodes.LimitExceeded, "The file is " + length.ToString(CultureInfo.InvariantCulture) + " bytes; the limit is " + ReadLimits.Default.MaxDocumentBytes.ToString(CultureInfo.InvariantCulture) + " bytes.", "$", path));
                return null;
            }

            return File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            problems.Add(Unreadable(path, "The file does not exist."));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or SecurityException or ArgumentException or NotSupportedException)
        {
            problems.Add(Unreadable(path, "The file cannot be read: " + ex.Message));
        }

        return null;
    }

    /// <summary>A problem for a file that cannot be read.</summary>
    public static Problem Unreadable(string path, string message) => new(UnreadableFile, message, source: path);

    /// <summary>
    /// Loads a framework from <paramref name="spec"/>: a built-in identifier, or else a path to a framework file;
    /// the default built-in framework when null.
    /// </summary>
    public static Framework? LoadFramework(string? spec, List<Problem> problems)
    {
        spec ??= DefaultFrameworkId;
        if (BuiltInFrameworks.TryGet(spec, out var builtIn))
        {
            return builtIn;
        }

        if (!File.Exists(spec) && !Directory.Exists(spec) && !LooksLikePath(spec))
        {
            problems.Add(new Problem(ProblemCodes.UnknownFramework, "'" + spec + "' is neither a framework file nor a built-in framework; " + BuiltInList() + "."));
            return null;
        }

        string? text = ReadText(spec, problems);
        if (text is null)
        {
            return null;
        }

        var result = FrameworkJson.Read(text, source: spec);
        problems.AddRange(result.Problems);
        return result.Value;
    }

    /// <summary>Says which built-in frameworks there are.</summary>
    public static string BuiltInList() =>
        BuiltInFrameworks.Ids.Count == 0 ? "there are no built-in frameworks" : "the built-in frameworks are " + string.Join(", ", BuiltInFrameworks.Ids);

    /// <summary>The built-in sample submissions of <paramref name="framework"/>, or null when it has none.</summary>
    public static SubmissionSet? BuiltInSample(Framework framework)
    {
        if (!BuiltInFrameworks.Ids.Contains(framework.Id, StringComparer.Ordinal))
        {
            return null;
        }

        try
        {
            return BuiltInFrameworks.GetSample(framework.Id);
        }
        catch (KeyNotFoundException)
        {
            return null;
        }
    }

    /// <summary>
    /// Reads submissions from a file, or from every <c>*.json</c> file of a directory merged into one set
    /// (the union of the submissions and of the units).
    /// </summary>
    public static SubmissionSet? LoadSubmissions(string spec, Framework framework, List<Problem> problems)
    {
        string[] files;
        if (Directory.Exists(spec))
        {
            try
            {
                files = Directory.GetFiles(spec, "*.json", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal).ToArray();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or SecurityException)
            {
                problems.Add(Unreadable(spec, "The directory cannot be read: " + ex.Message));
                return null;
            }

            if (files.Length == 0)
            {
                problems.Add(Unreadable(spec, "The directory has no *.json files."));
                return null;
            }
        }
        else
        {
            files = [spec];
        }

        var sets = new List<(string File, SubmissionSet Set)>();
        bool failed = false;
        foreach (string file in files)
        {
            var result = ReadSubmissionsFile(file, framework, problems);
            if (result is null)
            {
                failed = true;
                continue;
            }

            problems.AddRange(result.Problems);
            if (result.Value is null)
            {
                failed = true;
            }
            else
            {
                sets.Add((file, result.Value));
            }
        }

        if (failed)
        {
            return null;
        }

        return sets.Count == 1 ? sets[0].Set : Merge(spec, sets, problems);
    }

    /// <summary>Reads one submissions file as a stream (never whole into memory), or adds one problem saying why it cannot be read.</summary>
    public static ValidationResult<SubmissionSet>? ReadSubmissionsFile(string path, Framework framework, List<Problem> problems)
    {
        if (Directory.Exists(path))
        {
            problems.Add(Unreadable(path, "This is a directory, not a file."));
            return null;
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            return SubmissionJson.ReadStream(stream, framework, path);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            problems.Add(Unreadable(path, "The file does not exist."));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or SecurityException or ArgumentException or NotSupportedException)
        {
            problems.Add(Unreadable(path, "The file cannot be read: " + ex.Message));
        }

        return null;
    }

    /// <summary>
    /// Merges submission sets read from several files. A unit declared in two files must be declared the same way;
    /// a revision recorded at the same instant in two files must carry the same figures.
    /// </summary>
    public static SubmissionSet? Merge(string source, IReadOnlyList<(string File, SubmissionSet Set)> sets, List<Problem> problems)
    {
        bool failed = false;
        var units = new Dictionary<string, (Unit Unit, string File)>(StringComparer.Ordinal);
        foreach (var (file, set) in sets)
        {
            foreach (var unit in set.Units.Units)
            {
                if (!units.TryGetValue(unit.Id, out var earlier))
                {
                    units.Add(unit.Id, (unit, file));
                }
                else if (!SameUnit(unit, earlier.Unit))
                {
                    problems.Add(new Problem(ProblemCodes.Duplicate, "Unit '" + unit.Id + "' is also declared in " + earlier.File + " with a different name, kind or parent.", "$.units", file));
                    failed = true;
                }
            }
        }

        var submissions = new List<Submission>();
        var seen = new Dictionary<(string, ReportingPeriod, string, NodaTime.Instant), (Submission Submission, string File)>();
        foreach (var (file, set) in sets)
        {
            foreach (var s in set.Submissions)
            {
                var key = (s.UnitId, s.Period, s.IndicatorCode, s.RecordedAt);
                if (seen.TryGetValue(key, out var earlier) && !string.Equals(earlier.File, file, StringComparison.Ordinal))
                {
                    string what = s.UnitId + " " + s.Period.ToString() + " " + s.IndicatorCode + " recorded at " + NodaTime.Text.InstantPattern.ExtendedIso.Format(s.RecordedAt);
                    if (earlier.Submission.Measurement != s.Measurement)
                    {
                        problems.Add(new Problem(ProblemCodes.Duplicate, "The revision for " + what + " is also in " + earlier.File + " with a different value.", "$.submissions", file));
                        failed = true;
                    }
                    else
                    {
                        problems.Add(new Problem(ProblemCodes.Duplicate, "The same revision for " + what + " is also in " + earlier.File + "; it is counted once.", "$.submissions", file, severity: Severity.Warning));
                    }

                    continue;
                }

                seen.TryAdd(key, (s, file));
                submissions.Add(s);
            }
        }

        if (failed)
        {
            return null;
        }

        // Adjustments are items, not revisions: every file's items count; the same item in two files counts once.
        var adjustments = sets.SelectMany(s => s.Set.Adjustments)
            .DistinctBy(a => (a.UnitId, a.Period, a.Points, a.Reason, a.RecordedAt, a.Evidence))
            .ToArray();
        var hierarchy = UnitHierarchy.Create(units.Values.Select(u => u.Unit));
        problems.AddRange(hierarchy.Problems.Select(p => p.Source is null ? p.WithSource(source) : p));
        return hierarchy.Value is null ? null : new SubmissionSet(submissions, hierarchy.Value, adjustments);
    }

    private static bool SameUnit(Unit a, Unit b) =>
        a.Name.Equals(b.Name) && string.Equals(a.Kind, b.Kind, StringComparison.Ordinal) && string.Equals(a.ParentId, b.ParentId, StringComparison.Ordinal);

    private static bool LooksLikePath(string spec) =>
        spec.Contains('/', StringComparison.Ordinal) || spec.Contains('\\', StringComparison.Ordinal) || spec.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
}
