using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Linq;
using Cchc.Scoring.Dossiers;
using Cchc.Scoring;
using Cchc.Scoring.Forms;
using Cchc.Scoring.Serialization;

namespace Cchc.Scoring.Fuzz;

/// <summary>
/// The fuzz targets: each feeds raw bytes to one reader. The rule of every target: bad input is answered with
/// problems; any exception is a crash (none of these readers documents an exception for bad data).
/// </summary>
public static class Targets
{
    private static readonly Lazy<Framework> Plan = new(() => BuiltInFrameworks.Get(BuiltInFrameworks.GtvtTienGiang20212025));

    /// <summary>The framework of the appraisal example (docs/appraisal.md), which the assessment records are read against.</summary>
    internal static readonly Lazy<Framework> Appraisal = new(() => FrameworkJson.ReadUtf8(Resource("appraisal-framework.json")).Value!);

    /// <summary>The framework of the synthetic reorganisation (docs/examples/data/reorganisation/framework.json).</summary>
    private static readonly Lazy<Framework> Reorganisation = new(() => FrameworkJson.ReadUtf8(Resource("reorganisation-framework.json")).Value!);

    /// <summary>The target names, which are also the folder names under corpus/ and regressions/.</summary>
    public static IReadOnlyList<string> Names { get; } = ["framework", "submissions", "override", "dossier", "period", "form", "csv", "assessments", "lineage", "assessment-form"];

    /// <summary>The targets whose inputs are zip packages (.xlsx): the harness mutates the XML of one part and re-zips.</summary>
    public static IReadOnlyList<string> ZipTargets { get; } = ["form", "assessment-form"];

    /// <summary>
    /// Problem codes that concern a whole input rather than a place in it (a file too large, not a workbook at all, an
    /// encrypted workbook, a form for another framework): located by the source alone.
    /// </summary>
    private static readonly HashSet<string> WholeInput = new(StringComparer.Ordinal)
    {
        ProblemCodes.LimitExceeded,
        FormProblemCodes.UnreadableWorkbook,
        FormProblemCodes.NotAForm,
        FormProblemCodes.FormMismatch,
    };

    private static byte[] Resource(string name)
    {
        using var stream = typeof(Targets).Assembly.GetManifestResourceStream("Cchc.Scoring.Fuzz." + name)
            ?? throw new InvalidOperationException("Resource " + name + " not found.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>Every problem names its source, and a place in it (a JSON path, a line, a sheet and cell) unless it concerns the whole input.</summary>
    private static void Located(IReadOnlyList<Problem> problems, string source)
    {
        foreach (var problem in problems)
        {
            if (problem.Source != source)
            {
                throw new InvalidOperationException("A problem does not name its source: " + problem);
            }

            if (problem.Path is null && problem.Line is null && !WholeInput.Contains(problem.Code))
            {
                throw new InvalidOperationException("A problem is not located (" + problem.Code + "): " + problem);
            }

            if (string.IsNullOrWhiteSpace(problem.Message))
            {
                throw new InvalidOperationException("A problem has no message: " + problem.Code);
            }
        }
    }

    /// <summary>
    /// Reads the input from its bytes and from a stream over them: the two readers apply one reading rule, so they agree
    /// on the problems and the verdict; with <paramref name="located"/>, every problem is located in <paramref name="source"/>.
    /// </summary>
    private static ValidationResult<T> ReadBothWays<T>(byte[] data, string source, bool located, Func<byte[], ValidationResult<T>> fromBytes, Func<Stream, ValidationResult<T>> fromStream)
        where T : class
    {
        var read = fromBytes(data);
        if (located)
        {
            Located(read.Problems, source);
        }

        using var stream = new MemoryStream(data);
        var streamed = fromStream(stream);
        Agree(read.Problems, streamed.Problems, read.Value is null, streamed.Value is null);
        return read;
    }

    /// <summary>What was read writes, and what it writes reads back without an error.</summary>
    private static void ReadsBack<T>(ValidationResult<T> again, string what)
        where T : class
    {
        if (again.Value is null)
        {
            throw new InvalidOperationException(what + " that read do not read back: " + string.Join("; ", again.Problems));
        }
    }

    private static void Agree(IReadOnlyList<Problem> a, IReadOnlyList<Problem> b, bool aUnusable, bool bUnusable)
    {
        if (aUnusable != bUnusable || a.Count != b.Count)
        {
            throw new InvalidOperationException("The byte and stream readers disagree: " + a.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)
                + " problems against " + b.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".");
        }
    }

    /// <summary>A set that reads writes as submissions JSON, and what it writes reads back without an error.</summary>
    private static void ReadsBack(SubmissionSet? set, Framework framework)
    {
        if (set is not null)
        {
            ReadsBack(SubmissionJson.Read(SubmissionJson.Write(set), framework), "Submissions");
        }
    }

    /// <summary>Records that read write as assessment records JSON, and what they write reads back without an error.</summary>
    private static void ReadsBack(AssessmentRecords? records, Framework framework)
    {
        if (records is not null)
        {
            ReadsBack(AssessmentJson.Read(AssessmentJson.Write(records, framework.Id), framework), "Records");
        }
    }

    /// <summary>Runs one target over one input.</summary>
    /// <param name="target">A name from <see cref="Names"/>.</param>
    /// <param name="data">The input bytes, given as bytes to the JSON readers (which apply the strict UTF-8 reading rule);
    /// decoded as UTF-8 (invalid bytes replaced) only for the period parser and the dossier text reader.</param>
    public static void Run(string target, byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        string text = Encoding.UTF8.GetString(data);
        switch (target)
        {
            case "framework":
                var framework = ReadBothWays(data, "fuzz.json", located: false, d => FrameworkJson.ReadUtf8(d, source: "fuzz.json"), st => FrameworkJson.ReadStream(st, source: "fuzz.json"));
                if (framework.Value is not null)
                {
                    // A framework that reads must also write and read back.
                    FrameworkJson.Read(FrameworkJson.Write(framework.Value));
                }

                break;
            case "submissions":
                ReadsBack(ReadBothWays(data, "fuzz.json", located: false, d => SubmissionJson.ReadUtf8(d, Plan.Value, "fuzz.json"), st => SubmissionJson.ReadStream(st, Plan.Value, "fuzz.json")).Value, Plan.Value);
                break;
            case "override":
                var over = FrameworkOverride.ReadUtf8(data, "fuzz.json");
                if (over.Value is not null)
                {
                    FrameworkOverride.Apply(Plan.Value, over.Value);
                }

                break;
            case "dossier":
                DossierReader.ReadCsv(new StringReader(text), new DossierOptions(granularity: PeriodKind.Quarter), "fuzz.csv");
                break;
            case "period":
                foreach (var calendar in new[] { ReportingCalendar.Calendar, ReportingCalendar.Administrative, ReportingCalendar.WithCutoff(28) })
                {
                    if (ReportingPeriod.TryParse(text, calendar, out var period))
                    {
                        // A period that parses prints as text that parses to the same period.
                        if (!ReportingPeriod.TryParse(period.ToString(), calendar, out var again) || again != period)
                        {
                            throw new InvalidOperationException("'" + text + "' does not round-trip: " + period.ToString());
                        }
                    }
                }

                break;
            case "form":
                ReadsBack(ReadBothWays(data, "fuzz.xlsx", located: true, d => SubmissionForm.Read(d, Plan.Value, "fuzz.xlsx"), st => SubmissionForm.ReadStream(st, Plan.Value, "fuzz.xlsx")).Value, Plan.Value);
                break;
            case "csv":
                var csv = ReadBothWays(data, "fuzz.csv", located: true, d => SubmissionCsv.ReadUtf8(d, Plan.Value, "fuzz.csv"), st => SubmissionCsv.ReadStream(st, Plan.Value, "fuzz.csv"));
                ReadsBack(csv.Value, Plan.Value);
                if (csv.Value is not null)
                {
                    // What the CSV writer writes, the CSV reader reads.
                    ReadsBack(SubmissionCsv.ReadUtf8(SubmissionCsv.Write(csv.Value), Plan.Value, "again.csv"), "CSV submissions");
                }

                break;
            case "assessments":
                var records = ReadBothWays(data, "fuzz.json", located: true, d => AssessmentJson.ReadUtf8(d, Appraisal.Value, "fuzz.json"), st => AssessmentJson.ReadStream(st, Appraisal.Value, "fuzz.json"));
                ReadsBack(records.Value, Appraisal.Value);
                if (records.Value is not null)
                {
                    // Scoring with the records in force (an assessed indicator takes its points from them).
                    Scorer.Score(Appraisal.Value, SubmissionSet.Empty, new ScoringRequest(ReportingPeriod.ForYear(2025), units: ["SNV"]).WithAssessments(records.Value));
                }

                break;
            case "assessment-form":
                // Records read from a form write as JSON and read back.
                ReadsBack(ReadBothWays(data, "fuzz.xlsx", located: true, d => AssessmentForm.Read(d, Appraisal.Value, "fuzz.xlsx"), st => AssessmentForm.ReadStream(st, Appraisal.Value, "fuzz.xlsx")).Value, Appraisal.Value);
                break;
            case "lineage":
                var lineage = ReadBothWays(data, "fuzz.json", located: true, d => SubmissionJson.ReadUtf8(d, Reorganisation.Value, "fuzz.json"), st => SubmissionJson.ReadStream(st, Reorganisation.Value, "fuzz.json"));

                ReadsBack(lineage.Value, Reorganisation.Value);
                if (lineage.Value is not null)
                {
                    // Scoring across the reorganisation: a year the units change in, a quarter after it, and the roll-up.
                    foreach (string period in new[] { "2025", "2025-Q3", "2024" })
                    {
                        var request = new ScoringRequest(ReportingPeriod.Parse(period, Reorganisation.Value.Calendar), rollUpUnits: period == "2025");
                        Scorer.Score(Reorganisation.Value, lineage.Value, request);
                    }
                }

                break;
            default:
                throw new ArgumentException("Unknown target '" + target + "'.", nameof(target));
        }
    }
}
