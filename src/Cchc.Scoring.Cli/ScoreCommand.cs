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
        var framework = new Option<string>("--framework", "-f")
        {
            Description = "A framework file, or the id of a built-in framework (default: " + Inputs.DefaultFrameworkId + ").",
            HelpName = "FILE|ID",
        };
        var submissions = new Option<string>("--submissions", "-s")
        {
            Description = "A submissions file, or a directory whose *.json files are all read and merged (default: the built-in framework's sample submissions).",
            HelpName = "FILE|DIR",
        };
        var period = new Option<string>("--period", "-p")
        {
            Description = "The period to score: 2025, 2025-H1, 2025-Q3, 2025-07 or 2025-01-01..2025-03-31, under the framework's calendar (default: the latest year with submissions).",
            HelpName = "PERIOD",
        };
        period.Validators.Add(result =>
        {
            string? text = result.GetValueOrDefault<string>();
            if (text is not null && !ReportingPeriod.TryParse(text, null, out _))
            {
                result.AddError("'" + text + "' is not a period: write 2025, 2025-H1, 2025-Q3, 2025-07 or 2025-01-01..2025-03-31.");
            }
        });
        var asOf = new Option<string>("--as-of")
        {
            Description = "Score what was recorded at or before this instant, e.g. 2024-10-20T00:00:00Z (default: the latest revisions).",
            HelpName = "INSTANT",
        };
        asOf.Validators.Add(result =>
        {
            string? text = result.GetValueOrDefault<string>();
            if (text is not null && !InstantPattern.ExtendedIso.Parse(text).Success)
            {
                result.AddError("'" + text + "' is not an instant: write an ISO instant in UTC such as 2024-10-20T00:00:00Z.");
            }
        });
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

        var rollUp = new Option<bool>("--roll-up")
        {
            Description = "Score every unit that has units reporting to it as a roll-up of their figures, per indicator as the framework declares (pool, mean or own).",
        };
        var command = new Command("score", "Score submissions against a framework and print the scorecards.")
        {
            framework, submissions, period, asOf, units, format, lang, detail, rollUp,
        };
        command.SetAction(parse => Run(
            output,
            error,
            new Settings(
                parse.GetValue(framework),
                parse.GetValue(submissions),
                parse.GetValue(period),
                parse.GetValue(asOf),
                parse.GetValue(units) ?? [],
                parse.GetValue(format) ?? "table",
                Texts.For(parse.GetValue(lang)),
                parse.GetValue(detail),
                parse.GetValue(rollUp))));
        return command;
    }

    private static int Run(TextWriter output, TextWriter error, Settings settings)
    {
        var problems = new List<Problem>();
        var framework = Inputs.LoadFramework(settings.Framework, problems);
        if (framework is null)
        {
            return CliApp.Fail(error, problems);
        }

        SubmissionSet? submissions;
        if (settings.Submissions is null)
        {
            submissions = Inputs.BuiltInSample(framework);
            if (submissions is null)
            {
                CliApp.Report(error, problems);
                Format.Line(error, "cchc: framework '" + framework.Id + "' has no built-in sample submissions; give --submissions FILE|DIR.");
                return CliApp.UsageError;
            }
        }
        else
        {
            submissions = Inputs.LoadSubmissions(settings.Submissions, framework, problems);
            if (submissions is null)
            {
                return CliApp.Fail(error, problems);
            }
        }

        ReportingPeriod period;
        if (settings.Period is not null)
        {
            period = ReportingPeriod.Parse(settings.Period, framework.Calendar);
        }
        else if (submissions.Submissions.Count > 0)
        {
            period = ReportingPeriod.ForYear(submissions.Submissions.Max(s => s.Period.Year), framework.Calendar);
        }
        else
        {
            problems.Add(new Problem(ProblemCodes.MissingField, "There are no submissions to choose a period from; give --period.", "$.submissions", settings.Submissions));
            return CliApp.Fail(error, problems);
        }

        Instant? asOf = settings.AsOf is null ? null : InstantPattern.ExtendedIso.Parse(settings.AsOf).Value;
        var request = new ScoringRequest(period, asOf, settings.Units.Length > 0 ? settings.Units : null, settings.RollUp);
        var result = Scorer.Score(framework, submissions, request);
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

    private sealed record Settings(string? Framework, string? Submissions, string? Period, string? AsOf, string[] Units, string Format, Texts Texts, bool Detail, bool RollUp = false);
}
