using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using Cchc.Scoring;
using Cchc.Scoring.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Cchc.Scoring.Cli;

/// <summary>
/// <c>cchc status</c>: who has reported what for a period, as known at an instant: per unit the counts of figures on
/// time, late, revised after the deadline, missing and not applicable, and what it still owes. Exit code 3 when
/// something is missing, so that a scheduled job can chase.
/// </summary>
internal static class StatusCommand
{
    /// <summary>Exit code: something due is still missing.</summary>
    public const int SomethingMissing = 3;

    private static readonly HashSet<int> Numbers = [2, 3, 4, 5, 6];

    public static Command Create(TextWriter output, TextWriter error)
    {
        var inputs = new JobOptions("The period to follow up: 2025, 2025-H1, 2025-Q1, 2025-07, under the framework's calendar (required).", asOf: true, rollUp: true);
        var format = CliApp.TableOrJsonOption();
        var lang = CliApp.LanguageOption();
        var command = new Command(
            "status",
            "Who has reported for a period, as known at --as-of: per unit the figures on time, late (working days), revised after the deadline, missing and not applicable, and what each still owes. Exit code 0 when everything due is in, 3 when something is missing.");
        inputs.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(lang);
        command.SetAction(parse =>
        {
            if (parse.GetValue(inputs.Period!) is null)
            {
                Format.Line(error, "cchc: status needs --period, e.g. --period 2025-Q1.");
                return CliApp.UsageError;
            }

            var problems = new List<Problem>();
            var job = inputs.Load(parse, error, problems, choosePeriod: false, out int exit);
            if (job is null)
            {
                return exit;
            }

            CliApp.Report(error, problems);
            var status = ReportingStatus.Compute(job.Framework, job.Submissions, job.Period!.Value, new ReportingStatusOptions { AsOf = job.AsOf, RollUpUnits = job.RollUp });
            var texts = Texts.For(parse.GetValue(lang));
            var words = StatusTexts.For(texts.Language);
            bool sample = parse.GetValue(inputs.Submissions) is null;
            if (parse.GetValue(format) == "json")
            {
                if (sample)
                {
                    Format.Line(error, texts.NotePrefix + texts.SampleData);
                }

                output.Write(ReportingStatusJson.Write(status));
            }
            else
            {
                WriteTable(output, job.Framework, status, texts, words, sample);
            }

            if (!status.IsComplete)
            {
                var owing = status.Units.Where(u => !u.IsComplete).ToArray();
                Format.Line(error, texts.NotePrefix + words.StillOwed(status.Period.ToString(), status.Counts.Missing, owing.Length, status.Units.Count));
                return SomethingMissing;
            }

            return CliApp.Success;
        });
        return command;
    }

    private static void WriteTable(TextWriter output, Framework framework, ReportingStatus status, Texts texts, StatusTexts words, bool sample)
    {
        var lang = texts.Language;
        ScoreTable.Heading(output, framework, texts);
        Format.Line(output, Notices.PeriodLine(texts, status.Period, byDefault: false));
        if (status.AsOf is Instant at)
        {
            Format.Line(output, texts.AsOf + ": " + InstantPattern.ExtendedIso.Format(at) + (status.IsPastDeadline ? " (" + words.Overdue + ")" : string.Empty));
        }

        Format.Line(output, status.DueDate is LocalDate due && status.LateFrom is Instant lateFrom
            ? words.Due + ": " + LocalDatePattern.Iso.Format(due) + " (" + words.LateFrom + " " + InstantPattern.ExtendedIso.Format(lateFrom) + ")"
            : words.NoDeadline);
        Notices.SampleLine(output, texts, new InputFacts(false, sample));
        Format.Line(output);
        var rows = new List<string[]>
        {
            new[] { texts.Unit, texts.Name, words.OnTime, words.Late, words.Revised, words.Missing, words.NotApplicable, words.Owed, words.LateDays },
        };
        foreach (var unit in status.Units)
        {
            rows.Add(
            [
                unit.UnitId,
                unit.Unit?.Name.Get(lang) ?? string.Empty,
                .. Counts(unit.Counts),
                string.Join(", ", unit.Owed),
                string.Join(", ", unit.Indicators.Where(i => i.WorkingDaysLate is not null && i.State != ReportingState.Missing).Select(i => i.IndicatorCode + " (" + Format.Int(i.WorkingDaysLate!.Value) + ")")),
            ]);
        }

        rows.Add([words.Total, string.Empty, .. Counts(status.Counts), string.Empty, string.Empty]);
        Format.Table(output, rows, Numbers);
        if (status.UnitsNotDue.Count > 0)
        {
            // Units that did not exist for the period owe nothing: say what became of them rather than leave them out silently.
            Format.Line(output);
            Format.Line(output, words.NotDue);
            foreach (var unit in status.UnitsNotDue)
            {
                Format.Line(output, "  " + unit.UnitId + ": " + unit.Describe(lang));
            }
        }

        if (status.IsComplete)
        {
            Format.Line(output);
            Format.Line(output, words.Complete);
        }
    }

    private static string[] Counts(ReportingStateCounts c) =>
        [Format.Int(c.OnTime), Format.Int(c.Late), Format.Int(c.RevisedAfterDeadline), Format.Int(c.Missing), Format.Int(c.NotApplicable)];
}
