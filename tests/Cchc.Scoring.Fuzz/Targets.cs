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
            var again = SubmissionJson.Read(SubmissionJson.Write(set), framework);
            if (again.Value is null)
            {
                throw new InvalidOperationException("A set that reads does not read back: " + string.Join("; ", again.Problems));
            }
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
                var framework = FrameworkJson.ReadUtf8(data, source: "fuzz.json");
                using (var frameworkStream = new MemoryStream(data))
                {
                    // The byte and stream readers apply one reading rule: they agree on every input.
                    var streamed = FrameworkJson.ReadStream(frameworkStream, source: "fuzz.json");
                    Agree(framework.Problems, streamed.Problems, framework.Value is null, streamed.Value is null);
                }

                if (framework.Value is not null)
                {
                    // A framework that reads must also write and read back.
                    FrameworkJson.Read(FrameworkJson.Write(framework.Value));
                }

                break;
            case "submissions":
                var fromBytes = SubmissionJson.ReadUtf8(data, Plan.Value, "fuzz.json");
                using (var stream = new MemoryStream(data))
                {
                    // The byte and stream readers apply one reading rule: the same problems, the same verdict.
                    var fromStream = SubmissionJson.ReadStream(stream, Plan.Value, "fuzz.json");
                    Agree(fromBytes.Problems, fromStream.Problems, fromBytes.Value is null, fromStream.Value is null);
                }

                if (fromBytes.Value is not null)
                {
                    // A set that reads writes, and what it writes reads back to the same problems-free set.
                    var again = SubmissionJson.Read(SubmissionJson.Write(fromBytes.Value), Plan.Value);
                    if (again.Value is null)
                    {
                        throw new InvalidOperationException("A set that reads does not read back: " + string.Join("; ", again.Problems));
                    }
                }

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
                var form = SubmissionForm.Read(data, Plan.Value, "fuzz.xlsx");
                Located(form.Problems, "fuzz.xlsx");
                using (var formStream = new MemoryStream(data))
                {
                    var streamed = SubmissionForm.ReadStream(formStream, Plan.Value, "fuzz.xlsx");
                    Agree(form.Problems, streamed.Problems, form.Value is null, streamed.Value is null);
                }

                ReadsBack(form.Value, Plan.Value);
                break;
            case "csv":
                var csv = SubmissionCsv.ReadUtf8(data, Plan.Value, "fuzz.csv");
                Located(csv.Problems, "fuzz.csv");
                using (var csvStream = new MemoryStream(data))
                {
                    var streamed = SubmissionCsv.ReadStream(csvStream, Plan.Value, "fuzz.csv");
                    Agree(csv.Problems, streamed.Problems, csv.Value is null, streamed.Value is null);
                }

                ReadsBack(csv.Value, Plan.Value);
                if (csv.Value is not null)
                {
                    // What the CSV writer writes, the CSV reader reads.
                    var again = SubmissionCsv.ReadUtf8(SubmissionCsv.Write(csv.Value), Plan.Value, "again.csv");
                    if (again.Value is null)
                    {
                        throw new InvalidOperationException("A CSV set that reads does not read back: " + string.Join("; ", again.Problems));
                    }
                }

                break;
            case "assessments":
                var records = AssessmentJson.ReadUtf8(data, Appraisal.Value, "fuzz.json");
                Located(records.Problems, "fuzz.json");
                using (var recordStream = new MemoryStream(data))
                {
                    var streamed = AssessmentJson.ReadStream(recordStream, Appraisal.Value, "fuzz.json");
                    Agree(records.Problems, streamed.Problems, records.Value is null, streamed.Value is null);
                }

                if (records.Value is not null)
                {
                    var again = AssessmentJson.Read(AssessmentJson.Write(records.Value, Appraisal.Value.Id), Appraisal.Value);
                    if (again.Value is null)
                    {
                        throw new InvalidOperationException("Records that read do not read back: " + string.Join("; ", again.Problems));
                    }

                    // Scoring with the records in force (an assessed indicator takes its points from them).
                    Scorer.Score(Appraisal.Value, SubmissionSet.Empty, new ScoringRequest(ReportingPeriod.ForYear(2025), units: ["SNV"]).WithAssessments(records.Value));
                }

                break;
            case "assessment-form":
                var assessed = AssessmentForm.Read(data, Appraisal.Value, "fuzz.xlsx");
                Located(assessed.Problems, "fuzz.xlsx");
                using (var assessedStream = new MemoryStream(data))
                {
                    var streamed = AssessmentForm.ReadStream(assessedStream, Appraisal.Value, "fuzz.xlsx");
                    Agree(assessed.Problems, streamed.Problems, assessed.Value is null, streamed.Value is null);
                }

                if (assessed.Value is not null)
                {
                    // Records read from a form write as JSON and read back.
                    var again = AssessmentJson.Read(AssessmentJson.Write(assessed.Value, Appraisal.Value.Id), Appraisal.Value);
                    if (again.Value is null)
                    {
                        throw new InvalidOperationException("Records read from a form do not read back: " + string.Join("; ", again.Problems));
                    }
                }

                break;
            case "lineage":
                var lineage = SubmissionJson.ReadUtf8(data, Reorganisation.Value, "fuzz.json");
                Located(lineage.Problems, "fuzz.json");
                using (var lineageStream = new MemoryStream(data))
                {
                    var streamed = SubmissionJson.ReadStream(lineageStream, Reorganisation.Value, "fuzz.json");
                    Agree(lineage.Problems, streamed.Problems, lineage.Value is null, streamed.Value is null);
                }

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
