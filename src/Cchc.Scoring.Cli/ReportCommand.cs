using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Security;
using Cchc.Scoring.Reports;
using Cchc.Scoring;

namespace Cchc.Scoring.Cli;

/// <summary><c>cchc report</c>: writes a self-contained HTML scorecard or an Excel workbook.</summary>
internal static class ReportCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var inputs = JobOptions.ForScoring();
        var unit = new Option<string>("--unit", "-u")
        {
            Description = "The unit the report is about (default: the department, the declared unit without a parent that has units reporting to it). Every unit is scored and ranked.",
            HelpName = "UNIT",
        };
        var format = new Option<string>("--format")
        {
            Description = "html: one self-contained page with charts; xlsx: an Excel workbook.",
            DefaultValueFactory = _ => "html",
        };
        format.AcceptOnlyFromAmong("html", "xlsx");
        var outFile = new Option<string>("--out", "-o")
        {
            Description = "The file to write.",
            HelpName = "FILE",
            Required = true,
        };
        var lang = CliApp.LanguageOption();
        var compare = RankCommand.CompareOption();
        var status = new Option<bool>("--status")
        {
            Description = "Add the reporting status of the period (who is late, what is still owed; see cchc status) to the HTML report.",
        };
        var command = new Command("report", "Write a report people look at: an HTML scorecard with charts and explanations, or an Excel workbook.");
        foreach (var option in inputs.All)
        {
            command.Options.Add(option);
        }

        command.Options.Add(unit);
        command.Options.Add(format);
        command.Options.Add(outFile);
        command.Options.Add(lang);
        command.Options.Add(compare);
        command.Options.Add(status);
        command.SetAction(parse =>
        {
            string? unitId = parse.GetValue(unit);
            string path = parse.GetValue(outFile)!;
            var problems = new List<Problem>();
            var loaded = inputs.Load(parse, error, problems, choosePeriod: true, out int exit);
            if (loaded is null)
            {
                return exit;
            }

            if (OutputFile.CheckNotInput(path, loaded.Files.Concat(parse.GetValue(inputs.Rules) ?? [])) is Problem clash)
            {
                CliApp.Report(error, [clash]);
                return CliApp.UsageError;
            }

            if (unitId is not null && !loaded.Submissions.UnitIds.Contains(unitId, StringComparer.Ordinal))
            {
                problems.Add(Suggest.UnknownUnit(unitId, loaded.Submissions.UnitIds));
                return CliApp.Fail(error, problems);
            }

            var result = Scorer.Score(loaded.Framework, loaded.Submissions, loaded.Request(null));
            problems.AddRange(result.Problems);
            if (problems.Any(p => p.Severity == Severity.Error))
            {
                return CliApp.Fail(error, problems);
            }

            if (result.Scorecards.Count == 0)
            {
                problems.Add(new Problem(ProblemCodes.MissingField, "There is no unit to report on.", "$.submissions"));
                return CliApp.Fail(error, problems);
            }

            CliApp.Report(error, problems);
            var texts = Texts.For(parse.GetValue(lang));
            var options = new ReportOptions(texts.Language);
            var summary = ScoringSummary.Create(result, loaded.Submissions, unitId);
            if (parse.GetValue(compare) is string compareText)
            {
                if (RankCommand.CompareWith(compareText, result, loaded, null, error) is not YearOnYear yearOnYear)
                {
                    return CliApp.UsageError;
                }

                summary = summary.WithYearOnYear(yearOnYear);
            }

            if (parse.GetValue(status))
            {
                summary = summary.WithReportingStatus(ReportingStatus.Compute(loaded.Framework, loaded.Submissions, result.Request.Period, new ReportingStatusOptions { AsOf = loaded.AsOf, RollUpUnits = loaded.RollUp }));
            }

            Notices.ForScoring(error, result, texts, new InputFacts(parse.GetValue(inputs.Period!) is null, parse.GetValue(inputs.Submissions) is null), inHeading: false);
            if (unitId is null)
            {
                FocusNote(error, summary, loaded.Submissions, texts);
            }
            byte[] bytes = parse.GetValue(format) == "xlsx"
                ? WorkbookReport.Render(summary, options)
                : new System.Text.UTF8Encoding(false).GetBytes(HtmlReport.Render(summary, options));
            var written = OutputFile.Write(path, stream => stream.Write(bytes));
            if (written is not null)
            {
                return CliApp.Fail(error, [written]);
            }

            return CliApp.Success;
        });
        return command;
    }

    /// <summary>Says on standard error which unit the report is about when <c>--unit</c> was not given, and why.</summary>
    private static void FocusNote(TextWriter error, ScoringSummary summary, SubmissionSet submissions, Texts texts)
    {
        var focus = summary.Focus;
        bool department = focus.Unit is { ParentId: null } && submissions.Units.ChildrenOf(focus.UnitId).Count > 0;
        string name = focus.Unit is null ? string.Empty : " " + focus.Unit.Name.Get(texts.Language);
        Format.Line(error, texts.NotePrefix + texts.ReportFocus + focus.UnitId + name + (department ? texts.ReportFocusDepartment : texts.ReportFocusFirst) + ".");
    }
}
