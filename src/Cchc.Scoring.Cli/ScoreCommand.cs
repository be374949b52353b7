using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using Cchc.Scoring;
using Cchc.Scoring.Serialization;

namespace Cchc.Scoring.Cli;

/// <summary><c>cchc score</c>: scores submissions against a framework and prints the scorecards.</summary>
internal static class ScoreCommand
{
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
        var csv = CsvStyle.AddOptions(command, format);
        command.SetAction(parse => Run(
            output,
            error,
            parse,
            inputs,
            new Settings(
                parse.GetValue(units) ?? [],
                parse.GetValue(format) ?? "table",
                Texts.For(parse.GetValue(lang)),
                parse.GetValue(detail)),
            csv(parse)));
        return command;
    }

    private static int Run(TextWriter output, TextWriter error, ParseResult parse, JobOptions inputs, Settings settings, CsvStyle csv)
    {
        var problems = new List<Problem>();
        var job = inputs.Load(parse, error, problems, choosePeriod: true, out int exit);
        if (job is null)
        {
            return exit;
        }

        if (UnknownUnits(settings.Units, job.Submissions) is { Count: > 0 } unknownUnits)
        {
            problems.AddRange(unknownUnits);
            return CliApp.Fail(error, problems);
        }

        var result = Scorer.Score(job.Framework, job.Submissions, job.Request(settings.Units.Length > 0 ? settings.Units : null));
        problems.AddRange(result.Problems);
        if (problems.Any(p => p.Severity == Severity.Error))
        {
            return CliApp.Fail(error, problems);
        }

        CliApp.Report(error, problems);
        var facts = new InputFacts(parse.GetValue(inputs.Period!) is null, parse.GetValue(inputs.Submissions) is null);
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
                if (result.UnitsNotScored.Count > 0)
                {
                    // Units that ended during the period: what became of them, not a missing scorecard.
                    bool vi = settings.Texts.Language == Language.Vi;
                    Format.Line(output);
                    Format.Line(output, vi ? "Không chấm điểm (đơn vị đã sắp xếp trong kỳ):" : "Not scored (reorganised during the period):");
                    foreach (var unit in result.UnitsNotScored)
                    {
                        Format.Line(output, "  " + unit.UnitId + ": " + unit.Describe(settings.Texts.Language));
                    }
                }

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

    private sealed record Settings(string[] Units, string Format, Texts Texts, bool Detail);
}
