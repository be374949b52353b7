using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using Cchc.Scoring;
using Cchc.Scoring.Rules;
using Cchc.Scoring.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Cchc.Scoring.Cli;

/// <summary><c>cchc score</c>: scores submissions against a framework and prints the scorecards.</summary>
internal static class ScoreCommand
{
    private static readonly HashSet<int> SummaryNumbers = [2, 3, 4];
    private static readonly HashSet<int> DetailNumbers = [2, 3, 5];

    public static Command Create(TextWriter output, TextWriter error)
    {
        var inputs = JobOptions.ForScoring();
        var units = new Option<string[]>("--unit", "-u")
        {
            Description = "Score only this unit; repeat for more units (default: every unit in the submissions).",
            HelpName = "UNIT",
        };
        var format = new Option<string>("--format")
        {
            Description = "The output format.",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "json", "csv");
        var lang = CliApp.LanguageOption();
        var detail = new Option<bool>("--detail", "-d")
        {
            Description = "In the table, also print each unit's indicators with value, target, status, points and explanation.",
        };

        var command = new Command("score", "Score submissions against a framework and print the scorecards.");
        inputs.AddTo(command);
        command.Options.Add(units);
        command.Options.Add(format);
        command.Options.Add(lang);
        command.Options.Add(detail);
        command.SetAction(parse => Run(
            output,
            error,
            parse,
            inputs,
            new Settings(
                parse.GetValue(units) ?? [],
                parse.GetValue(format) ?? "table",
                Texts.For(parse.GetValue(lang)),
                parse.GetValue(detail))));
        return command;
    }

    private static int Run(TextWriter output, TextWriter error, ParseResult parse, JobOptions inputs, Settings settings)
    {
        var problems = new List<Problem>();
        var job = inputs.Load(parse, error, problems, choosePeriod: true, out int exit);
        if (job is null)
        {
            return exit;
        }

        var result = Scorer.Score(job.Framework, job.Submissions, job.Request(settings.Units.Length > 0 ? settings.Units : null));
        problems.AddRange(result.Problems);
        if (problems.Any(p => p.Severity == Severity.Error))
        {
            return CliApp.Fail(error, problems);
        }

        CliApp.Report(error, problems);
        switch (settings.Format)
        {
            case "json":
                output.Write(ScorecardJson.Write(result));
                break;
            case "csv":
                WriteCsv(output, result, settings.Texts);
                break;
            default:
                WriteTable(output, result, settings.Texts, settings.Detail || settings.Units.Length == 1);
                break;
        }

        return CliApp.Success;
    }

    private static void WriteTable(TextWriter output, ScoringResult result, Texts texts, bool detail)
    {
        var lang = texts.Language;
        var framework = result.Framework;
        var period = result.Request.Period;
        Format.Line(output, texts.Framework + ": " + framework.Name.Get(lang) + " (" + framework.Id + ", " + texts.VersionWord + " " + framework.Version + ")");
        Format.Line(output, texts.Period + ": " + period.ToString() + " (" + LocalDatePattern.Iso.Format(period.Start) + ".." + LocalDatePattern.Iso.Format(period.End) + ")");
        if (result.Request.AsOf is Instant at)
        {
            Format.Line(output, texts.AsOf + ": " + InstantPattern.ExtendedIso.Format(at));
        }

        Format.Line(output);
        string P(decimal points) => points.ToString("F" + Format.Int(framework.Rounding.Digits), System.Globalization.CultureInfo.InvariantCulture);
        var rows = new List<string[]> { new[] { texts.Unit, texts.Name, texts.Points, texts.Max, texts.Index, texts.Class } };
        rows.AddRange(result.Scorecards.Select(card => new[]
        {
            card.UnitId,
            card.Unit?.Name.Get(lang) ?? string.Empty,
            P(card.Points),
            P(card.MaxPoints),
            card.Index is decimal index ? Format.Fixed2(index) : "-",
            card.Class?.Name.Get(lang) ?? "-",
        }));
        Format.Table(output, rows, SummaryNumbers);

        if (!detail)
        {
            return;
        }

        foreach (var card in result.Scorecards)
        {
            Format.Line(output);
            string name = card.Unit is null ? string.Empty : " " + card.Unit.Name.Get(lang);
            string index = card.Index is decimal ix ? Format.Fixed2(ix) : "-";
            Format.Line(output, card.UnitId + name + ": " + P(card.Points) + "/" + P(card.MaxPoints) + ", " + texts.Index + " " + index + ", " + texts.Class + " " + (card.Class?.Name.Get(lang) ?? "-"));
            foreach (var area in card.Areas)
            {
                Format.Line(output);
                Format.Line(output, "  " + texts.Area + " " + area.Area.Code + " " + area.Area.Name.Get(lang) + ": " + P(area.Points) + "/" + P(area.MaxPoints));
                var indicatorRows = new List<string[]> { new[] { texts.Indicator, texts.Name, texts.Value, texts.Target, texts.Status, texts.Points } };
                var explanations = new List<string>();
                foreach (var s in area.Indicators)
                {
                    indicatorRows.Add(
                    [
                        s.Indicator.Code,
                        s.Indicator.Name.Get(lang),
                        s.Value is decimal v ? Format.Short(v) : "-",
                        Format.EffectiveTarget(s) is decimal t ? s.Indicator.Target.Comparison.Symbol() + " " + Format.Short(t) : "-",
                        texts.StatusWord(s.Status),
                        P(s.Points) + "/" + P(s.MaxPoints),
                    ]);
                    explanations.Add(s.Explanation);
                }

                var buffer = new StringWriter();
                Format.Table(buffer, indicatorRows, DetailNumbers, "    ");
                string[] lines = buffer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
                Format.Line(output, lines[0]);
                for (int i = 1; i < lines.Length; i++)
                {
                    Format.Line(output, lines[i]);
                    Format.Line(output, "        " + explanations[i - 1]);
                }
            }
        }
    }

    private static void WriteCsv(TextWriter output, ScoringResult result, Texts texts)
    {
        var lang = texts.Language;
        var sb = new StringBuilder();
        AppendCsv(sb, [texts.Unit, texts.UnitName, texts.Area, texts.Indicator, texts.IndicatorName, texts.Status, texts.Value, texts.Target, texts.Points, texts.MaxPoints, texts.Index, texts.Class]);
        foreach (var card in result.Scorecards)
        {
            string unitName = card.Unit?.Name.Get(lang) ?? string.Empty;
            string index = card.Index is decimal ix ? Format.Exact(ix) : string.Empty;
            string band = card.Class?.Name.Get(lang) ?? string.Empty;
            foreach (var area in card.Areas)
            {
                foreach (var s in area.Indicators)
                {
                    AppendCsv(sb,
                    [
                        card.UnitId,
                        unitName,
                        area.Area.Code,
                        s.Indicator.Code,
                        s.Indicator.Name.Get(lang),
                        texts.StatusWord(s.Status),
                        s.Value is decimal v ? Format.Exact(v) : string.Empty,
                        Format.EffectiveTarget(s) is decimal t ? Format.Exact(t) : string.Empty,
                        Format.Exact(s.Points),
                        Format.Exact(s.MaxPoints),
                        index,
                        band,
                    ]);
                }
            }
        }

        output.Write(sb.ToString());
    }

    private static void AppendCsv(StringBuilder sb, string[] fields) =>
        sb.Append(string.Join(",", fields.Select(Format.Csv))).Append("\r\n");

    private sealed record Settings(string[] Units, string Format, Texts Texts, bool Detail);
}
