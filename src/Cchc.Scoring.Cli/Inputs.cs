using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security;
using Cchc.Scoring;
using Cchc.Scoring.Rules;
using Cchc.Scoring.Serialization;
using NodaTime.Text;

namespace Cchc.Scoring.Cli;

/// <summary>
/// The one input loader of the command line: frameworks (built-in ids, framework files, override files laid over
/// their base), submissions (a file or a folder of files) and rule assemblies. Every file is read as bytes through
/// <see cref="InputFile.Read"/> (bounded, strict UTF-8) and then given to the library's readers; every failure
/// becomes a located problem, never an exception. Domain decisions stay in the library: the loader reads, combines
/// files and reports.
/// </summary>
internal sealed class Inputs
{
    /// <summary>The framework used when none is named.</summary>
    public const string DefaultFrameworkId = BuiltInFrameworks.GtvtTienGiang20212025;

    /// <summary>The problem code of a file that cannot be read (missing, a directory, no permission).</summary>
    public const string UnreadableFile = "unreadable-file";

    private readonly List<string> _files = [];

    /// <summary>Creates a loader that reads frameworks with <paramref name="registry"/>.</summary>
    public Inputs(RuleRegistry registry, List<Problem> problems)
    {
        Registry = registry;
        Problems = problems;
    }

    /// <summary>The rule kinds frameworks may use.</summary>
    public RuleRegistry Registry { get; }

    /// <summary>Where problems go.</summary>
    public List<Problem> Problems { get; }

    /// <summary>Every file read so far, as given (for <see cref="OutputFile.CheckNotInput"/>).</summary>
    public IReadOnlyList<string> Files => _files;

    /// <summary>A problem for a file that cannot be read.</summary>
    public static Problem Unreadable(string path, string message) => new(UnreadableFile, message, source: path);

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

    /// <summary>Reads a file's text (bounded, strict UTF-8, see <see cref="InputFile.Read"/>), or adds one problem saying why it cannot be read.</summary>
    public static string? ReadText(string path, List<Problem> problems) => InputFile.Read(path, problems)?.Text();

    /// <summary>Reads one input file (<see cref="InputFile.Read"/>), remembering it as an input; a workbook or CSV file only when <paramref name="spreadsheets"/>.</summary>
    public InputFile? Read(string path, bool spreadsheets = false)
    {
        _files.Add(path);
        return InputFile.Read(path, Problems, spreadsheets: spreadsheets);
    }

    /// <summary>
    /// Loads a framework from <paramref name="spec"/>: a built-in identifier, else a framework file or an override file
    /// (recognised by its content: <c>"base"</c> and no <c>"areas"</c>), which is laid over its base; the default
    /// built-in framework when null.
    /// </summary>
    /// <param name="spec">A built-in id or a path; null for the default.</param>
    /// <param name="baseSpec">For an override file: its base (a built-in id, a framework file or another override); null to take the built-in its <c>base.id</c> names.</param>
    /// <param name="overrideBase">For an override file: its base, already loaded (wins over <paramref name="baseSpec"/>).</param>
    public Framework? Framework(string? spec, string? baseSpec = null, Framework? overrideBase = null)
    {
        spec ??= DefaultFrameworkId;
        if (BuiltInFrameworks.TryGet(spec, out var builtIn))
        {
            return builtIn;
        }

        if (!File.Exists(spec) && !Directory.Exists(spec) && !LooksLikePath(spec))
        {
            Problems.Add(new Problem(ProblemCodes.UnknownFramework, "'" + spec + "' is neither a framework file nor a built-in framework; " + BuiltInList() + "."));
            return null;
        }

        var file = Read(spec);
        return file is null ? null : Framework(file, baseSpec, overrideBase, []);
    }

    /// <summary>Reads a framework or an override file already read (see <see cref="Framework(string?, string?, Cchc.Scoring.Framework?)"/>).</summary>
    /// <param name="file">The file.</param>
    /// <param name="baseSpec">The base of an override, as given by <c>--base</c>; null when not given.</param>
    /// <param name="overrideBase">The base of an override, already loaded; null when not known.</param>
    /// <param name="candidates">Frameworks given in the same call, searched by id for an override's base.</param>
    public Framework? Framework(InputFile file, string? baseSpec, Framework? overrideBase, IReadOnlyList<Framework> candidates)
    {
        // The bytes are checked (size, UTF-8) already; the library's byte readers apply the same reading rule.
        if (file.Kind == DocumentKind.Submissions)
        {
            Problems.Add(new Problem(ProblemCodes.MissingField, "This is a submissions file (it has \"submissions\"), not a framework (it has no \"areas\"): give it with --submissions.", "$", file.Path));
            return null;
        }

        if (file.Kind != DocumentKind.Override)
        {
            var read = FrameworkJson.ReadUtf8(file.Bytes, Registry, file.Path);
            Problems.AddRange(read.Problems);
            return read.Value;
        }

        var layer = FrameworkOverride.ReadUtf8(file.Bytes, file.Path);
        Problems.AddRange(layer.Problems.Select(p => p.Source is null ? p.WithSource(file.Path) : p));
        if (layer.Value is not FrameworkOverride value)
        {
            return null;
        }

        var baseFramework = overrideBase;
        if (baseFramework is null && baseSpec is not null)
        {
            baseFramework = Framework(baseSpec);
            if (baseFramework is null)
            {
                return null;
            }
        }

        baseFramework ??= candidates.LastOrDefault(c => string.Equals(c.Id, value.BaseId, StringComparison.Ordinal));
        if (baseFramework is null && !BuiltInFrameworks.TryGet(value.BaseId, out baseFramework))
        {
            Problems.Add(new Problem(
                ProblemCodes.UnknownFramework,
                "This override file's base framework '" + value.BaseId + "' is not built in (" + BuiltInList() + "); give its framework file with --base FILE.",
                "$.base.id",
                file.Path));
            return null;
        }

        var merged = FrameworkOverride.Apply(baseFramework!, value, Registry);
        Problems.AddRange(merged.Problems.Select(p => p.Source is null ? p.WithSource(file.Path) : p));
        return merged.Value;
    }

    /// <summary>
    /// Reads a submissions file already read, with the one reader every command uses for its kind: a filled form
    /// (.xlsx, problems at sheet and cell), CSV submissions (problems at line and column) or JSON.
    /// </summary>
    public ValidationResult<SubmissionSet> Submissions(InputFile file, Framework framework) => file.Kind switch
    {
        DocumentKind.Workbook => Forms.SubmissionForm.Read(file.Bytes.ToArray(), framework, file.Path),
        DocumentKind.Csv => Forms.SubmissionCsv.ReadUtf8(file.Bytes, framework, file.Path),
        _ => SubmissionJson.ReadUtf8(file.Bytes, framework, file.Path),
    };

    /// <summary>
    /// Reads assessment records from files given in order, each judged by its content: a records file (JSON) or a
    /// filled assessment form (.xlsx, problems at sheet and cell), whose entries are appended to the records read
    /// before it (so give the records file first, then the forms). Several files are checked together: a sequence
    /// that cannot happen across them is a located problem. Null when one cannot be read or has an error.
    /// </summary>
    public static AssessmentRecords? Records(IReadOnlyList<string> paths, Framework framework, List<Problem> problems)
    {
        var records = AssessmentRecords.Empty;
        bool jsonAfterFirst = false;
        for (int i = 0; i < paths.Count; i++)
        {
            string path = paths[i];
            var file = InputFile.Read(path, problems, spreadsheets: true);
            if (file is null)
            {
                return null;
            }

            ValidationResult<AssessmentRecords> read;
            if (file.Kind == DocumentKind.Workbook)
            {
                read = Forms.AssessmentForm.Read(file.Bytes.ToArray(), framework, path, existing: records);
            }
            else
            {
                var json = AssessmentJson.ReadUtf8(file.Bytes, framework, path);
                read = json.Value is null ? json : new ValidationResult<AssessmentRecords>(new AssessmentRecords(records.Entries.Concat(json.Value.Entries)), json.Problems);
                jsonAfterFirst |= i > 0;
            }

            problems.AddRange(read.Problems);
            if (read.Value is null)
            {
                return null;
            }

            records = read.Value;
        }

        if (jsonAfterFirst)
        {
            // Two records files: each was checked alone; the sequences they make together are checked here.
            var together = records.Validate();
            problems.AddRange(together.Select(p => new Problem(p.Code, p.Message, p.Path, string.Join(" + ", paths), severity: p.Severity)));
            if (together.Any(p => p.Severity == Severity.Error))
            {
                return null;
            }
        }

        return records;
    }

    /// <summary>True for the names of the files a submissions folder is read from: <c>*.json</c>, <c>*.csv</c>, <c>*.xlsx</c> (any case); each is then read by its content.</summary>
    public static bool IsSubmissionsFileName(string path) =>
        path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Reads submissions from a file, or from every file of a folder whose name ends in <c>.json</c>, <c>.csv</c> or
    /// <c>.xlsx</c> (any case), in ordinal order, each read by its content (JSON, CSV or a filled form), merged into one set (see <see cref="Merge"/>). Other entries of the folder are named in one
    /// warning.
    /// </summary>
    public SubmissionSet? Submissions(string spec, Framework framework)
    {
        string[] files;
        if (Directory.Exists(spec))
        {
            string[] entries;
            try
            {
                entries = Directory.GetFileSystemEntries(spec, "*", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal).ToArray();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or SecurityException)
            {
                Problems.Add(Unreadable(spec, "The directory cannot be read: " + ex.Message));
                return null;
            }

            files = entries.Where(e => IsSubmissionsFileName(e) && !Directory.Exists(e) && !Path.GetFileName(e).StartsWith("~$", StringComparison.Ordinal) && !Path.GetFileName(e).StartsWith(".~lock.", StringComparison.Ordinal)).ToArray();
            var skipped = entries.Except(files, StringComparer.Ordinal).Select(e => Path.GetFileName(e) + (Directory.Exists(e) ? "/" : string.Empty)).ToArray();
            if (skipped.Length > 0)
            {
                Problems.Add(new Problem(UnreadableFile, "Skipped, not *.json, *.csv or *.xlsx files (or a spreadsheet application's lock files): " + string.Join(", ", skipped) + ".", source: spec, severity: Severity.Warning));
            }

            if (files.Length == 0)
            {
                Problems.Add(Unreadable(spec, "The directory has no *.json, *.csv or *.xlsx files."));
                return null;
            }
        }
        else
        {
            files = [spec];
        }

        var sets = new List<(string File, SubmissionSet Set)>();
        bool failed = false;
        foreach (string path in files)
        {
            var file = Read(path, spreadsheets: true);
            if (file is null)
            {
                failed = true;
                continue;
            }

            var result = Submissions(file, framework);
            Problems.AddRange(result.Problems);
            if (result.Value is null)
            {
                failed = true;
            }
            else
            {
                sets.Add((path, result.Value));
            }
        }

        if (failed)
        {
            return null;
        }

        return sets.Count == 1 ? sets[0].Set : Merge(spec, sets, Problems);
    }

    /// <summary>
    /// Merges submission sets read from several files; nothing is dropped or changed without a word.
    /// A unit declared in two files must be declared the same way. A revision (unit, period, indicator, recorded-at)
    /// in two files must be the same in everything (figures, self-assessed and appraised points, note, evidence):
    /// then it is counted once, with a warning naming both files; otherwise it is a <c>duplicate</c> error naming
    /// both. Adjustment items are kept as they are in their files; the same item in two files is counted in both, with
    /// a warning naming both files.
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
                    problems.Add(new Problem(ProblemCodes.Duplicate, "Unit '" + unit.Id + "' is also declared in " + earlier.File + " with a different name, kind, parent or validity.", "$.units", file));
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
                    string what = s.UnitId + " " + s.Period.ToString() + " " + s.IndicatorCode + " recorded at " + InstantPattern.ExtendedIso.Format(s.RecordedAt);
                    if (!SameRevision(earlier.Submission, s))
                    {
                        problems.Add(new Problem(ProblemCodes.Duplicate, "The revision for " + what + " is in both " + earlier.File + " and " + file + ", and they differ (" + Differences(earlier.Submission, s) + "); give a correction a later recordedAt.", "$.submissions", file));
                        failed = true;
                    }
                    else
                    {
                        problems.Add(new Problem(ProblemCodes.Duplicate, "The same revision for " + what + " is in both " + earlier.File + " and " + file + "; it is counted once.", "$.submissions", file, severity: Severity.Warning));
                    }

                    continue;
                }

                // Within one file the reader has judged repeated revisions already: they stay as read.
                seen.TryAdd(key, (s, file));
                submissions.Add(s);
            }
        }

        if (failed)
        {
            return null;
        }

        // Adjustments are items, not revisions: every item of every file counts, as it is in its file.
        var firstFile = new Dictionary<(string, ReportingPeriod, decimal, string, NodaTime.Instant, string?), string>();
        foreach (var (file, set) in sets)
        {
            foreach (var a in set.Adjustments)
            {
                var key = (a.UnitId, a.Period, a.Points, a.Reason, a.RecordedAt, a.Evidence);
                if (!firstFile.TryGetValue(key, out string? earlier))
                {
                    firstFile.Add(key, file);
                }
                else if (!string.Equals(earlier, file, StringComparison.Ordinal))
                {
                    problems.Add(new Problem(ProblemCodes.Duplicate, "The same adjustment (" + a.ToString() + ", recorded at " + InstantPattern.ExtendedIso.Format(a.RecordedAt) + ") is in both " + earlier + " and " + file + "; both are counted: remove one if it was copied.", "$.adjustments", file, severity: Severity.Warning));
                }
            }
        }

        var adjustments = sets.SelectMany(s => s.Set.Adjustments).ToArray();

        // Lineage events: each event once, however many files record it.
        var lineage = new List<LineageEvent>();
        var seenEvents = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, set) in sets)
        {
            foreach (var e in set.Units.Lineage)
            {
                if (seenEvents.Add(e.ToString() + "|" + e.Name?.Vi + "|" + e.Name?.En + "|" + e.ParentId + "|" + SharesKey(e.Shares)))
                {
                    lineage.Add(e);
                }
            }
        }

        var hierarchy = UnitHierarchy.Create(units.Values.Select(u => u.Unit), lineage);
        problems.AddRange(hierarchy.Problems.Select(p => p.Source is null ? p.WithSource(source) : p));
        return hierarchy.Value is null ? null : new SubmissionSet(submissions, hierarchy.Value, adjustments);
    }

    private static bool SameRevision(Submission a, Submission b) =>
        a.Measurement == b.Measurement
        && string.Equals(a.Note, b.Note, StringComparison.Ordinal)
        && string.Equals(a.Evidence, b.Evidence, StringComparison.Ordinal)
        && a.SelfAssessedPoints == b.SelfAssessedPoints
        && a.AppraisedPoints == b.AppraisedPoints;

    private static string Differences(Submission a, Submission b)
    {
        var fields = new List<string>();
        if (a.Measurement != b.Measurement)
        {
            fields.Add("figures");
        }

        if (a.SelfAssessedPoints != b.SelfAssessedPoints)
        {
            fields.Add("selfAssessedPoints");
        }

        if (a.AppraisedPoints != b.AppraisedPoints)
        {
            fields.Add("appraisedPoints");
        }

        if (!string.Equals(a.Note, b.Note, StringComparison.Ordinal))
        {
            fields.Add("note");
        }

        if (!string.Equals(a.Evidence, b.Evidence, StringComparison.Ordinal))
        {
            fields.Add("evidence");
        }

        return string.Join(", ", fields);
    }

    private static bool SameUnit(Unit a, Unit b) =>
        a.Name.Equals(b.Name) && string.Equals(a.Kind, b.Kind, StringComparison.Ordinal) && string.Equals(a.ParentId, b.ParentId, StringComparison.Ordinal)
        && a.ValidFrom == b.ValidFrom && a.ValidTo == b.ValidTo;

    private static string SharesKey(SplitShares? shares) => shares is null ? string.Empty
        : string.Join(";", new[] { shares.Default }.Concat(shares.ByIndicator.Values).Select(set => set is null ? "-" : string.Join(",", set.Select(p => p.Key + "=" + p.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)))))
            + "|" + string.Join(",", shares.ByIndicator.Keys);

    private static bool LooksLikePath(string spec) =>
        spec.Contains('/', StringComparison.Ordinal) || spec.Contains('\\', StringComparison.Ordinal) || spec.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
}
