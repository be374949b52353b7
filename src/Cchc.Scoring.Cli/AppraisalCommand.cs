using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using Cchc.Scoring;
using Cchc.Scoring.Serialization;

namespace Cchc.Scoring.Cli;

/// <summary>
/// <c>cchc appraisal</c>: per criterion of a unit, the self-assessment, each appraisal round, the explanation, the final
/// decision, the points in force with their stage, the difference from the self-assessment and the evidence status.
/// </summary>
internal static class AppraisalCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var inputs = new JobOptions("The period: 2025, 2025-H1, 2025-Q3, 2025-07 or 2025-01-01..2025-03-31 (default: the latest year with submissions).", asOf: true, rollUp: false);
        var unit = new Option<string>("--unit", "-u") { Description = "The unit.", HelpName = "UNIT", Required = true };
        var command = new Command("appraisal", "Show a unit's appraisal per criterion: self-assessment, each round, explanation, final decision, the points in force and their stage, the difference and the evidence status.");
        inputs.AddTo(command);
        command.Options.Add(unit);
        command.SetAction(parse => Run(output, error, parse, inputs, parse.GetValue(unit)!));
        return command;
    }

    private static int Run(TextWriter output, TextWriter error, ParseResult parse, JobOptions inputs, string unitId)
    {
        var problems = new List<Problem>();
        var job = inputs.Load(parse, error, problems, choosePeriod: true, out int stop);
        if (job is null)
        {
            return stop;
        }

        var records = job.Assessments ?? AssessmentRecords.Empty;
        var result = Scorer.Score(job.Framework, job.Submissions, job.Request([unitId]));
        problems.AddRange(result.Problems);
        CliApp.Report(error, problems);
        var card = result.Find(unitId)!;
        var period = job.Period!.Value;
        int rounds = card.Indicators.SelectMany(s => Entries(records, unitId, period, s.Indicator.Code, job)).Where(e => e.Kind == AssessmentEntryKind.Appraisal).Select(e => e.Round ?? 0).DefaultIfEmpty(1).Max();
        var header = new List<string> { "criterion", "self" };
        for (int r = 1; r <= rounds; r++)
        {
            header.Add("round " + Format.Int(r));
            if (r == 1)
            {
                header.Add("explanation");
            }
        }

        header.AddRange(["final", "points", "stage", "difference", "evidence"]);
        var rows = new List<string[]> { header.ToArray() };
        foreach (var score in card.Indicators)
        {
            var entries = Entries(records, unitId, period, score.Indicator.Code, job).ToArray();
            var a = score.Assessment;
            var row = new List<string> { score.Indicator.Code, Points(a?.SelfAssessment?.Points) };
            for (int r = 1; r <= rounds; r++)
            {
                row.Add(Points(entries.LastOrDefault(e => e.Kind == AssessmentEntryKind.Appraisal && e.Round == r)?.Points));
                if (r == 1)
                {
                    var explanation = entries.LastOrDefault(e => e.Kind == AssessmentEntryKind.Explanation);
                    row.Add(explanation is null ? "-" : explanation.Accepted switch { true => "accepted", false => "not accepted", _ => "pending" });
                }
            }

            row.Add(Points(entries.LastOrDefault(e => e.Kind == AssessmentEntryKind.FinalDecision)?.Points));
            row.Add(Format.Exact(score.Points));
            row.Add(a is null ? "figures" : a.Describe() + (a.IsPublished ? ", published" : string.Empty));
            row.Add(score.SelfAssessmentDifference is decimal d ? (d > 0 ? "+" : string.Empty) + Format.Exact(d) : "-");
            row.Add(score.Indicator.RequiredEvidence.Count == 0 ? "-"
                : a is null || a.MissingEvidence.Count == 0 ? (a is null ? "not given" : "complete")
                : "missing " + string.Join(", ", a.MissingEvidence) + (a.IsZeroedForMissingEvidence ? " (counts 0)" : a.ExplanationAccepted ? " (explained)" : string.Empty));
            rows.Add(row.ToArray());
        }

        Format.Line(output, "Unit " + unitId + ", period " + period.ToString() + (job.AsOf is { } at ? ", as of " + NodaTime.Text.InstantPattern.ExtendedIso.Format(at) : string.Empty) + ": " + Format.Exact(card.Points) + " of " + Format.Exact(card.MaxPoints) + " points, index " + (card.Index is decimal ix ? Format.Exact(ix) : "-"));
        Format.Line(output);
        Format.Table(output, rows, new HashSet<int>(Enumerable.Range(1, rounds + 4)));
        return problems.Any(p => p.Severity == Severity.Error) ? CliApp.InputProblems : CliApp.Success;
    }

    private static IEnumerable<AssessmentEntry> Entries(AssessmentRecords records, string unitId, ReportingPeriod period, string code, Job job) =>
        records.History(unitId, period, code).Where(e => job.AsOf is not { } at || e.RecordedAt <= at);

    private static string Points(decimal? points) => points is decimal p ? Format.Exact(p) : "-";
}
