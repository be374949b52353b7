using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using Cchc.Scoring;
using Cchc.Scoring.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Cchc.Scoring.Cli;

/// <summary><c>cchc score</c>: scores submissions against a framework and prints the scorecards.</summary>
internal static class ScoreCommand
{
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
        var csv = CsvStyle.AddOptions(command, format);
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
                parse.GetValue(rollUp)),
            csv(parse)));
        return command;
    }

    private static int Run(TextWriter output, TextWriter error, Settings settings, CsvStyle csv)
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

        if (UnknownUnits(settings.Units, submissions) is { Count: > 0 } unknownUnits)
        {
            problems.AddRange(unknownUnits);
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
        var facts = new InputFacts(settings.Period is null, settings.Submissions is null);
        Notices.ForScoring(error, result, settings.Texts, facts, inHeading: settings.Format == "table");
        switch (settings.Format)
        {
            case "json":
                output.Write(ScorecardJson.Write(result));
                break;
            case "csv":
                ScoreCsv.Write(output, result, settings.Texts, csv);
                break;
            default:
                ScoreTable.Write(output, result, settings.Texts, settings.Detail || settings.Units.Length == 1, facts);
                break;
        }

        return CliApp.Success;
    }

    /// <summary>The units named with <c>--unit</c> that neither are declared nor have a submission, as <c>unknown-unit</c> errors.</summary>
    private static List<Problem> UnknownUnits(IEnumerable<string> units, SubmissionSet submissions) =>
        units.Distinct(StringComparer.Ordinal)
            .Where(u => !submissions.UnitIds.Contains(u, StringComparer.Ordinal))
            .Select(u => Suggest.UnknownUnit(u, submissions.UnitIds))
            .ToList();

    private sealed record Settings(string? Framework, string? Submissions, string? Period, string? AsOf, string[] Units, string Format, Texts Texts, bool Detail, bool RollUp = false);
}
