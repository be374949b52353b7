using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Security;
using Cchc.Scoring.Reports;
using Cchc.Scoring;

namespace Cchc.Scoring.Cli;

/// <summary><c>cchc report</c>: writes a self-contained HTML scorecard, an Excel workbook or the periodic report as a Word document.</summary>
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
            Description = "html: one self-contained page with charts; xlsx: an Excel workbook; docx: the periodic report to send up, as a Word document.",
            DefaultValueFactory = _ => "html",
        };
        format.AcceptOnlyFromAmong("html", "xlsx", "docx");
        var docx = new DocxOptions();
        var outFile = new Option<string>("--out", "-o")
        {
            Description = "The file to write.",
            HelpName = "FILE",
            Required = true,
        };
        var lang = CliApp.LanguageOption();
        var compare = RankCommand.CompareOption(forReport: true);
        var status = new Option<bool>("--status")
        {
            Description = "Add the reporting status of the period (who is late, what is still owed; see cchc status) to the HTML report.",
        };
        var sensitivity = new Option<bool>("--sensitivity")
        {
            Description = "Run a sensitivity analysis of the ranks (see cchc sensitivity; what varies: --weights, --weights-of, --rounding, --vary-roll-up, --missing, --vary-survey; --samples, --seed) and show its rank intervals and class probabilities in the HTML report, or a sheet in the workbook.",
        };
        var analysis = new SensitivityCliOptions();
        var command = new Command("report", "Write a report people look at: an HTML scorecard with charts and explanations, an Excel workbook, or the periodic report (quarter, half-year, year, ad hoc) as a Word document.");
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
        docx.AddTo(command, format);
        command.Options.Add(sensitivity);
        analysis.AddTo(command);
        command.Validators.Add(result =>
        {
            bool asked = result.GetResult(sensitivity) is { Implicit: false } given && given.GetValueOrDefault<bool>();
            foreach (var option in analysis.All.Where(o => result.GetResult(o) is { Implicit: false }))
            {
                if (!asked)
                {
                    result.AddError(option.Name + " applies to the sensitivity analysis: add --sensitivity.");
                }
            }

            string written = result.GetResult(format) is { Tokens.Count: > 0 } f ? f.Tokens[0].Value : "html";
            if (asked && written == "docx")
            {
                result.AddError("--sensitivity applies to the HTML report and the workbook, not to the Word report: use --format html or xlsx.");
            }
        });
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

            SensitivityResult? analysed = null;
            if (parse.GetValue(sensitivity))
            {
                // The same job as the report's scoring (period, as-of, units, roll-up), ranked as the report ranks: all units together.
                var varied = analysis.Options(parse, loaded.Framework, rankByKind: false, out var refused);
                if (refused is not null)
                {
                    CliApp.Report(error, [.. problems, refused]);
                    return CliApp.UsageError;
                }

                analysed = SensitivityAnalysis.Run(loaded.Framework, loaded.Submissions, loaded.Request(null), varied);
            }

            CliApp.Report(error, problems);
            var texts = Texts.For(parse.GetValue(lang));
            var options = new ReportOptions(texts.Language) { Sensitivity = analysed };
            var summary = ScoringSummary.Create(result, loaded.Submissions, unitId);
            string? compareText = parse.GetValue(compare);
            if (compareText is not null and not "none")
            {
                if (RankCommand.CompareWith(compareText, result, loaded, null, error) is not YearOnYear yearOnYear)
                {
                    return CliApp.UsageError;
                }

                summary = summary.WithYearOnYear(yearOnYear);
            }

            // The reporting status of the period, as the report is scored (same as-of and roll-up): on the HTML report with
            // --status, and always in the Word report's follow-up section (working days late, what is still owed).
            ReportingStatus? reporting = parse.GetValue(status) || parse.GetValue(format) == "docx"
                ? ReportingStatus.Compute(loaded.Framework, loaded.Submissions, result.Request.Period, new ReportingStatusOptions { AsOf = loaded.AsOf, RollUpUnits = loaded.RollUp })
                : null;
            if (parse.GetValue(status))
            {
                summary = summary.WithReportingStatus(reporting!);
            }

            Notices.ForScoring(error, result, texts, new InputFacts(parse.GetValue(inputs.Period!) is null, parse.GetValue(inputs.Submissions) is null), inHeading: false);
            if (unitId is null)
            {
                FocusNote(error, summary, loaded.Submissions, texts);
            }
            byte[] bytes = parse.GetValue(format) switch
            {
                "xlsx" => WorkbookReport.Render(summary, options),
                "docx" => DocxReport.Render(summary, docx.Options(parse, texts.Language, Previous(compareText, loaded, unitId), ReportingFollowUp.From(reporting!))),
                _ => new System.Text.UTF8Encoding(false).GetBytes(HtmlReport.Render(summary, options)),
            };
            var written = OutputFile.Write(path, stream => stream.Write(bytes));
            if (written is not null)
            {
                return CliApp.Fail(error, [written]);
            }

            return CliApp.Success;
        });
        return command;
    }

    /// <summary>
    /// The scoring of the period the Word report compares with: <c>--compare</c>, else the same quarter, half-year or
    /// month of the year before or the year before (none for an ad hoc period or <c>--compare none</c>), scored as the
    /// period itself is (the same as-of, roll-up and unit in focus); null when it has no scorecards.
    /// </summary>
    private static ScoringSummary? Previous(string? compare, Job loaded, string? unitId)
    {
        var period = loaded.Period!.Value;
        ReportingPeriod? previous = compare is null ? period.InYear(period.Year - 1, loaded.Framework.Calendar)
            : compare == "none" ? null
            : RankCommand.Earlier(compare, period, loaded.Framework.Calendar);
        if (previous is not ReportingPeriod p)
        {
            return null;
        }

        var result = Scorer.Score(loaded.Framework, loaded.Submissions, new ScoringRequest(p, loaded.AsOf, null, loaded.RollUp));
        return result.Scorecards.Count == 0 || (unitId is not null && result.Find(unitId) is null) ? null : ScoringSummary.Create(result, loaded.Submissions, unitId);
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

/// <summary>The options of <c>cchc report --format docx</c>: the letterhead, the date, the comparison, the recipients and the signature.</summary>
internal sealed class DocxOptions
{
    public Option<string> Date { get; } = new("--date")
    {
        Description = "With --format docx: the date of the document, e.g. 2025-04-05, written 'ngày 05 tháng 4 năm 2025' (default: dots to fill in by hand; the tool never reads the clock).",
        HelpName = "DATE",
    };

    public Option<string> Number { get; } = new("--number")
    {
        Description = "With --format docx: the document's number, e.g. 15 in 'Số: 15/BC-SGTVT' (default: dots for the clerk).",
        HelpName = "TEXT",
    };

    public Option<string> ParentAgency { get; } = new("--parent-agency")
    {
        Description = "With --format docx: the parent agency above the agency's name, e.g. 'UBND tỉnh Tiền Giang' (default: read from the unit's name, '… tỉnh X' gives 'UBND tỉnh X'; '' for none).",
        HelpName = "TEXT",
    };

    public Option<string> Agency { get; } = new("--agency")
    {
        Description = "With --format docx: the issuing agency, e.g. 'Sở Giao thông vận tải' (default: the unit's name without its locality).",
        HelpName = "TEXT",
    };

    public Option<string> AgencyCode { get; } = new("--agency-code")
    {
        Description = "With --format docx: the agency's abbreviation in the number line, e.g. SGTVT (default: the initials of the agency's words).",
        HelpName = "TEXT",
    };

    public Option<string> Place { get; } = new("--place")
    {
        Description = "With --format docx: the place in the date line, e.g. 'Tiền Giang' (default: the locality of the unit's name).",
        HelpName = "TEXT",
    };

    public Option<string[]> Recipients { get; } = new("--recipient")
    {
        Description = "With --format docx: one line of the recipients (Nơi nhận), without the dash; repeat for more (default: the parent agency through the Department of Home Affairs, and 'Lưu: VT, VP').",
        HelpName = "TEXT",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<string[]> SignatureTitle { get; } = new("--signature-title")
    {
        Description = "With --format docx: one line of the signing authority, e.g. 'KT. GIÁM ĐỐC' then 'PHÓ GIÁM ĐỐC'; repeat for more (default: GIÁM ĐỐC for a Sở).",
        HelpName = "TEXT",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<string> Signer { get; } = new("--signer")
    {
        Description = "With --format docx: the signer's full name (default: left empty).",
        HelpName = "NAME",
    };

    private IEnumerable<Option> All => [Date, Number, ParentAgency, Agency, AgencyCode, Place, Recipients, SignatureTitle, Signer];

    /// <summary>Adds the options and their checks: a date, a period or none, and no Word option with another format.</summary>
    public void AddTo(Command command, Option<string> format)
    {
        foreach (var option in All)
        {
            command.Options.Add(option);
        }

        Date.Validators.Add(result =>
        {
            string? text = result.GetValueOrDefault<string>();
            if (text is not null && !NodaTime.Text.LocalDatePattern.Iso.Parse(text).Success)
            {
                result.AddError("'" + text + "' is not a date: write the date of the document as 2025-04-05.");
            }
        });
        command.Validators.Add(result =>
        {
            // The token as written: a format that is not one of the three has its own error already.
            string written = result.GetResult(format) is { Tokens.Count: > 0 } given ? given.Tokens[0].Value : "html";
            if (written == "docx")
            {
                return;
            }

            foreach (var option in All.Where(o => result.GetResult(o) is not null))
            {
                result.AddError(option.Name + " applies to the Word report only: add --format docx.");
            }
        });
    }

    /// <summary>The options of the Word report from the command line.</summary>
    public DocxReportOptions Options(ParseResult parse, Language language, ScoringSummary? previous, ReportingFollowUp followUp) => new()
    {
        FollowUp = followUp,
        Language = language,
        Date = parse.GetValue(Date) is string date ? NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value : null,
        Number = parse.GetValue(Number),
        ParentAgency = parse.GetValue(ParentAgency),
        Agency = parse.GetValue(Agency),
        AgencyCode = parse.GetValue(AgencyCode),
        Place = parse.GetValue(Place),
        Previous = previous,
        Recipients = parse.GetValue(Recipients),
        SignatureTitle = parse.GetValue(SignatureTitle),
        Signer = parse.GetValue(Signer),
    };
}
