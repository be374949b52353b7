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
        var lang = CliApp.LanguageOption();
        var command = new Command("appraisal", "Show a unit's appraisal per criterion: self-assessment, each round, explanation, final decision, the points in force and their stage, the difference and the evidence status.");
        inputs.AddTo(command);
        command.Options.Add(unit);
        command.Options.Add(lang);
        command.SetAction(parse => Run(output, error, parse, inputs, parse.GetValue(unit)!, AppraisalTexts.For(Texts.For(parse.GetValue(lang)).Language)));
        return command;
    }

    private static int Run(TextWriter output, TextWriter error, ParseResult parse, JobOptions inputs, string unitId, AppraisalTexts t)
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
        var header = new List<string> { t.Criterion, t.Self };
        for (int r = 1; r <= rounds; r++)
        {
            header.Add(t.Round(r));
            if (r == 1)
            {
                header.Add(t.Explanation);
            }
        }

        header.AddRange([t.Final, t.Counted, t.Stage, t.Difference, t.Evidence]);
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
                    row.Add(explanation is null ? "-" : explanation.Accepted switch { true => t.Accepted, false => t.NotAccepted, _ => t.Pending });
                }
            }

            row.Add(Points(entries.LastOrDefault(e => e.Kind == AssessmentEntryKind.FinalDecision)?.Points));
            row.Add(Format.Exact(score.Points));
            row.Add(a is null ? t.Figures : a.Describe(t.Language) + (a.IsPublished ? ", " + t.Published : string.Empty));
            row.Add(score.SelfAssessmentDifference is decimal d ? (d > 0 ? "+" : string.Empty) + Format.Exact(d) : "-");
            row.Add(score.Indicator.RequiredEvidence.Count == 0 ? "-"
                : a is null || a.MissingEvidence.Count == 0 ? (a is null ? t.NotGiven : t.Complete)
                : t.Missing + " " + string.Join(", ", a.MissingEvidence) + (a.IsZeroedForMissingEvidence ? " (" + t.CountsZero + ")" : a.ExplanationAccepted ? " (" + t.Explained + ")" : string.Empty));
            rows.Add(row.ToArray());
        }

        Format.Line(output, t.Heading(unitId, period.ToString(), job.AsOf is { } at ? NodaTime.Text.InstantPattern.ExtendedIso.Format(at) : null, Format.Exact(card.Points), Format.Exact(card.MaxPoints), card.Index is decimal ix ? Format.Exact(ix) : "-"));
        Format.Line(output);
        Format.Table(output, rows, new HashSet<int>(Enumerable.Range(1, rounds + 4)));
        return problems.Any(p => p.Severity == Severity.Error) ? CliApp.InputProblems : CliApp.Success;
    }

    private static IEnumerable<AssessmentEntry> Entries(AssessmentRecords records, string unitId, ReportingPeriod period, string code, Job job) =>
        records.History(unitId, period, code).Where(e => job.AsOf is not { } at || e.RecordedAt <= at);

    private static string Points(decimal? points) => points is decimal p ? Format.Exact(p) : "-";
}
