using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using Cchc.Scoring;
using Cchc.Scoring.Rules;
using Cchc.Scoring.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Cchc.Scoring.Cli;

/// <summary><c>cchc trajectory</c>: per unit and indicator, the baseline, the yearly milestones, the latest value, the projection and the status.</summary>
internal static class TrajectoryCommand
{
    private static readonly HashSet<int> Numbers = [];

    public static Command Create(TextWriter output, TextWriter error)
    {
        var inputs = new JobOptions(periodDescription: null, asOf: true, rollUp: false);
        var units = new Option<string[]>("--unit", "-u") { Description = "Only this unit; repeat for more units (default: every unit).", HelpName = "UNIT" };
        var indicators = new Option<string[]>("--indicator", "-i") { Description = "Only this indicator; repeat for more (default: every indicator).", HelpName = "CODE" };
        var format = CliApp.TableOrJsonOption();
        var lang = CliApp.LanguageOption();
        var command = new Command("trajectory", "Show each indicator's way to its target year: baseline, milestones, latest value, projection and status.");
        inputs.AddTo(command);
        command.Options.Add(units);
        command.Options.Add(indicators);
        command.Options.Add(format);
        command.Options.Add(lang);
        command.SetAction(parse => Run(
            output,
            error,
            parse,
            inputs,
            parse.GetValue(units) ?? [],
            parse.GetValue(indicators) ?? [],
            parse.GetValue(format) ?? "table",
            Texts.For(parse.GetValue(lang))));
        return command;
    }

    private static int Run(TextWriter output, TextWriter error, ParseResult parse, JobOptions inputs, string[] units, string[] codes, string format, Texts texts)
    {
        var problems = new List<Problem>();
        var job = inputs.Load(parse, error, problems, choosePeriod: false, out int stop);
        if (job is null)
        {
            return stop;
        }

        CliApp.Report(error, problems);
        var (framework, submissions, asOf) = (job.Framework, job.Submissions, job.AsOf);

        var unknown = codes.Where(c => framework!.FindIndicator(c) is null).ToArray();
        if (unknown.Length > 0)
        {
            return CliApp.Fail(error, unknown.Select(c => Suggest.UnknownIndicator(framework!, c)).ToArray());
        }

        var unitIds = units.Length > 0 ? units.Distinct().Order(System.StringComparer.Ordinal).ToArray() : submissions!.UnitIds.ToArray();
        var reports = unitIds.Select(u => Trajectories.Compute(framework!, submissions!, u, asOf)).Select(r => codes.Length > 0 ? r.ForIndicators(codes) : r).ToArray();
        var facts = new InputFacts(DefaultPeriod: false, Sample: parse.GetValue(inputs.Submissions) is null);
        var coverage = reports.Select(Coverage.Of).ToArray();
        Notices.WarnCoverage(error, TimeTexts.For(texts.Language).Trajectories, coverage, texts);
        if (format == "json")
        {
            if (facts.Sample)
            {
                Format.Line(error, texts.NotePrefix + texts.SampleData);
            }

            output.Write(TrajectoryJson.Write(reports));
            return CliApp.Success;
        }

        var lang = texts.Language;
        var words = TimeTexts.For(lang);
        ScoreTable.Heading(output, framework!, texts);
        if (asOf is Instant at)
        {
            Format.Line(output, texts.AsOf + ": " + InstantPattern.ExtendedIso.Format(at));
        }

        Notices.SampleLine(output, texts, facts);
        for (int u = 0; u < reports.Length; u++)
        {
            var report = reports[u];
            Format.Line(output);
            string name = submissions!.Units.Find(report.UnitId)?.Name.Get(lang) is string n ? " " + n : string.Empty;
            string lacks = coverage[u].Lacking ? " (" + texts.LacksData + " " + coverage[u].Cell + ")" : string.Empty;
            Format.Line(output, texts.Unit + " " + report.UnitId + name + lacks + ": " + Counts(report.Count, words));
            foreach (var e in report.Lineage)
            {
                // The line runs across the unit's reorganisation: each event on it is marked.
                Format.Line(output, "  " + (lang == Language.Vi ? "Sắp xếp đơn vị: " : "Reorganisation: ") + NodaTime.Text.LocalDatePattern.Iso.Format(e.Date) + " " + e.ToString()[(e.ToString().IndexOf(':', System.StringComparison.Ordinal) + 2)..] + " (" + LineageEvent.NameOf(e.Kind) + ")");
            }
            foreach (var area in report.Areas)
            {
                Format.Line(output);
                Format.Line(output, "  " + texts.Area + " " + area.Area.Code + " " + area.Area.Name.Get(lang) + ": " + Counts(area.Count, words));
                var rows = new List<string[]> { new[] { texts.Indicator, words.Baseline, words.Milestones, words.Latest, words.Projection, texts.Target, texts.Status } };
                foreach (var t in area.Indicators)
                {
                    rows.Add(
                    [
                        t.Indicator.Code,
                        t.Baseline is decimal b ? Format.Int(t.BaselineYear) + ": " + Format.Short(b) : "-",
                        t.Milestones.Count == 0 ? "-" : string.Join(", ", t.Milestones.Select(m => Format.Int(m.Year) + ": " + Format.Short(m.Value))),
                        t.Latest is YearValue l ? Format.Int(l.Year) + ": " + Format.Short(l.Value) : "-",
                        t.Projection is decimal p ? Format.Int(t.Due.Year) + ": " + Format.Short(p) : "-",
                        t.Target is decimal target ? t.Indicator.Target.Comparison.Symbol() + " " + Format.Short(target) : "-",
                        words.StatusWord(t.Status),
                    ]);
                }

                Format.Table(output, rows, Numbers, "    ");
            }
        }

        return CliApp.Success;
    }

    private static string Counts(System.Func<TrajectoryStatus, int> count, TimeTexts words) =>
        string.Join(", ", System.Enum.GetValues<TrajectoryStatus>().Where(s => count(s) > 0).Select(s => words.StatusWord(s) + " " + Format.Int(count(s))));
}
