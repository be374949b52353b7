using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using Cchc.Scoring;
using Cchc.Scoring.Serialization;
using NodaTime.Text;

namespace Cchc.Scoring.Cli;

/// <summary><c>cchc history</c>: lists every revision of a unit's indicator, period by period.</summary>
internal static class HistoryCommand
{
    private static readonly HashSet<int> Numbers = [1];

    public static Command Create(TextWriter output, TextWriter error)
    {
        var inputs = new JobOptions("Only this period: 2025, 2025-H1, 2025-Q3, 2025-07 or 2025-01-01..2025-03-31 (default: every period).", asOf: false, rollUp: false);
        var unit = new Option<string>("--unit", "-u") { Description = "The unit.", HelpName = "UNIT", Required = true };
        var indicator = new Option<string>("--indicator", "-i") { Description = "The indicator code.", HelpName = "CODE", Required = true };
        var format = CliApp.TableOrJsonOption();
        var lang = CliApp.LanguageOption();
        var command = new Command("history", "List every revision of a unit's indicator: period, revision k of n, recorded-at, value, deadline and lateness, note.");
        inputs.AddTo(command);
        command.Options.Add(unit);
        command.Options.Add(indicator);
        command.Options.Add(format);
        command.Options.Add(lang);
        command.SetAction(parse => Run(
            output,
            error,
            parse,
            inputs,
            parse.GetValue(unit)!,
            parse.GetValue(indicator)!,
            parse.GetValue(format) ?? "table",
            Texts.For(parse.GetValue(lang))));
        return command;
    }

    private static int Run(TextWriter output, TextWriter error, ParseResult parse, JobOptions inputs, string unitId, string code, string format, Texts texts)
    {
        var problems = new List<Problem>();
        var job = inputs.Load(parse, error, problems, choosePeriod: false, out int stop);
        if (job is null)
        {
            return stop;
        }

        CliApp.Report(error, problems);
        var (framework, submissions) = (job.Framework, job.Submissions);

        var indicator = framework.FindIndicator(code);
        if (indicator is null)
        {
            return CliApp.Fail(error, [Suggest.UnknownIndicator(framework, code)]);
        }

        var history = submissions.History(unitId, code, job.Period);
        if (format == "json")
        {
            output.Write(SubmissionJson.Write(new SubmissionSet(history), framework.Id));
            return CliApp.Success;
        }

        var words = TimeTexts.For(texts.Language);
        var lang = texts.Language;
        string unitName = submissions.Units.Find(unitId)?.Name.Get(lang) is string n ? " " + n : string.Empty;
        Format.Line(output, texts.Framework + ": " + framework.Name.Get(lang) + " (" + framework.Id + ", " + texts.VersionWord + " " + framework.Version + ")");
        Format.Line(output, texts.Unit + ": " + unitId + unitName);
        Format.Line(output, texts.Indicator + ": " + indicator.Code + " " + indicator.Name.Get(lang));
        Format.Line(output);
        if (history.Count == 0)
        {
            Format.Line(output, words.NoRevisions);
            return CliApp.Success;
        }

        var deadline = framework.Deadline;
        var rows = new List<string[]> { new[] { texts.Period, words.Revision, words.RecordedAt, texts.Value, words.Due, words.Late, words.Note } };
        foreach (var group in history.GroupBy(s => s.Period))
        {
            var revisions = group.ToArray();
            for (int i = 0; i < revisions.Length; i++)
            {
                var s = revisions[i];
                rows.Add(
                [
                    s.Period.ToString(),
                    Format.Int(i + 1) + "/" + Format.Int(revisions.Length),
                    InstantPattern.ExtendedIso.Format(s.RecordedAt),
                    texts.Figure(s.Measurement),
                    deadline is null ? "-" : LocalDatePattern.Iso.Format(deadline.DueDate(s.Period)),
                    deadline is not null && deadline.IsLate(s.Period, s.RecordedAt) ? words.Yes : string.Empty,
                    s.Note ?? string.Empty,
                ]);
            }
        }

        Format.Table(output, rows, Numbers);
        return CliApp.Success;
    }
}
