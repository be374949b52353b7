using System;
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

/// <summary>A loaded job: the framework, the submissions, the period and instant asked for, and the files read.</summary>
internal sealed record Job(Framework Framework, SubmissionSet Submissions, ReportingPeriod? Period, Instant? AsOf, bool RollUp, IReadOnlyList<string> Files, AssessmentRecords? Assessments = null)
{
    /// <summary>The scoring request for the job (the period must have been chosen), with the assessment records of <c>--records</c> if any.</summary>
    public ScoringRequest Request(IEnumerable<string>? units) => Assessments is null
        ? new(Period!.Value, AsOf, units, RollUp)
        : new ScoringRequest(Period!.Value, AsOf, units, RollUp).WithAssessments(Assessments);
}

/// <summary>
/// The input options shared by every command that loads a framework (<c>--framework</c>, <c>--base</c>,
/// <c>--rules</c>, <c>--submissions</c>, and as the command needs them <c>--period</c>, <c>--as-of</c>,
/// <c>--roll-up</c>), and the one place that turns them into a <see cref="Job"/>.
/// </summary>
internal sealed class JobOptions
{
    private const string PeriodForms = "2025, 2025-H1, 2025-Q3, 2025-07 or 2025-01-01..2025-03-31";

    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Iso;

    /// <summary>Creates the options; <paramref name="periodDescription"/> null leaves <c>--period</c> out, and so on.</summary>
    public JobOptions(string? periodDescription, bool asOf, bool rollUp)
    {
        if (periodDescription is not null)
        {
            Period = PeriodOption(periodDescription);
        }

        if (asOf)
        {
            AsOf = AsOfOption();
        }

        if (asOf && periodDescription is not null)
        {
            // Only commands that score a period take records (trajectory reads figures, never points).
            Records = new Option<string[]>("--records")
            {
                Description = "An assessment records file (JSON) or a filled assessment form (.xlsx), judged by content (docs/appraisal.md): the points in force replace the computed ones and say which stage they come from. Repeat for more: each form is appended to the records before it.",
                HelpName = "FILE",
                Arity = ArgumentArity.OneOrMore,
                AllowMultipleArgumentsPerToken = false,
            };
        }

        if (rollUp)
        {
            RollUp = new Option<bool>("--roll-up")
            {
                Description = "Score every unit that has units reporting to it as a roll-up of their figures, per indicator as the framework declares (pool, mean or own).",
            };
        }
    }

    public Option<string> Framework { get; } = FrameworkOption();

    public Option<string> Base { get; } = BaseOption();

    public Option<string[]> Rules { get; } = RulesOption();

    public Option<string> Submissions { get; } = new("--submissions", "-s")
    {
        Description = "A submissions file (JSON, CSV or a filled form .xlsx, judged by content), or a directory whose *.json, *.csv and *.xlsx files (any case) are all read and merged (default: the built-in framework's sample submissions).",
        HelpName = "FILE|DIR",
    };

    public Option<string>? Period { get; }

    public Option<string>? AsOf { get; }

    public Option<bool>? RollUp { get; }

    /// <summary><c>--records</c>: assessment records, with <c>--as-of</c>.</summary>
    public Option<string[]>? Records { get; }

    /// <summary>The options, in the order help lists them.</summary>
    public IEnumerable<Option> All =>
        new Option?[] { Framework, Base, Rules, Submissions, Period, AsOf, RollUp, Records }.OfType<Option>();

    /// <summary>Options for scoring commands: a period to score (default the latest year), as-of and roll-up.</summary>
    public static JobOptions ForScoring() =>
        new("The period: " + PeriodForms + ", under the framework's calendar (default: the latest year with submissions).", asOf: true, rollUp: true);

    /// <summary>Adds every option to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        foreach (var option in All)
        {
            command.Options.Add(option);
        }
    }

    /// <summary><c>--framework</c>.</summary>
    public static Option<string> FrameworkOption() => new("--framework", "-f")
    {
        Description = "A framework file, an override file (laid over its base), or the id of a built-in framework (default: " + Inputs.DefaultFrameworkId + ").",
        HelpName = "FILE|ID",
    };

    /// <summary><c>--base</c>: the base of an override file.</summary>
    public static Option<string> BaseOption() => new("--base")
    {
        Description = "When --framework is an override file: its base framework (a file or a built-in id), if it is not the built-in framework the override's base.id names.",
        HelpName = "FILE|ID",
    };

    /// <summary><c>--rules</c>: assemblies of custom rules.</summary>
    public static Option<string[]> RulesOption() => new("--rules")
    {
        Description = "A .NET assembly (DLL) of custom scoring rules to load: trusted code, run with your rights. Repeat for more. See docs/extending.md.",
        HelpName = "FILE.dll",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>A <c>--period</c> option with its check (the calendar is applied when the framework is known).</summary>
    public static Option<string> PeriodOption(string description)
    {
        var period = new Option<string>("--period", "-p")
        {
            Description = description,
            HelpName = "PERIOD",
        };
        period.Validators.Add(result =>
        {
            string? text = result.GetValueOrDefault<string>();
            if (text is not null && !ReportingPeriod.TryParse(text, null, out _))
            {
                result.AddError("'" + text + "' is not a period: write " + PeriodForms + ".");
            }
        });
        return period;
    }

    /// <summary>An <c>--as-of</c> option: an instant in UTC, or a date meaning the end of that day.</summary>
    public static Option<string> AsOfOption()
    {
        var asOf = new Option<string>("--as-of")
        {
            Description = "Use what was recorded at or before this instant, e.g. 2024-10-20T00:00:00Z, or by the end of this day in the framework's time zone, e.g. 2024-10-20 (default: the latest revisions).",
            HelpName = "INSTANT|DATE",
        };
        asOf.Validators.Add(result =>
        {
            string? text = result.GetValueOrDefault<string>();
            if (text is not null && !InstantPattern.ExtendedIso.Parse(text).Success && !DatePattern.Parse(text).Success)
            {
                result.AddError("'" + text + "' is neither an instant nor a date: write an ISO instant in UTC such as 2024-10-20T00:00:00Z, or a date such as 2024-10-20 (the end of that day).");
            }
        });
        return asOf;
    }

    /// <summary>
    /// The instant an <c>--as-of</c> value means: an instant as written, or for a date the last instant of that day in
    /// the framework's time zone (the offset of its <c>deadline</c>, else UTC+7): <c>2024-10-20</c> is
    /// <c>2024-10-20T16:59:59.999999999Z</c> in Viet Nam.
    /// </summary>
    public static Instant ResolveAsOf(string text, Framework framework)
    {
        var instant = InstantPattern.ExtendedIso.Parse(text);
        if (instant.Success)
        {
            return instant.Value;
        }

        var offset = framework.Deadline?.UtcOffset ?? SubmissionDeadline.VietnamOffset;
        return DatePattern.Parse(text).Value.PlusDays(1).AtMidnight().WithOffset(offset).ToInstant() - Duration.Epsilon;
    }

    /// <summary>The rule registry of the call: the built-in rules, formulas, and the rules of every <c>--rules</c> assembly.</summary>
    public RuleRegistry Registry(ParseResult parse, List<Problem> problems) =>
        RuleAssemblies.Registry(parse.GetValue(Rules) ?? [], problems);

    /// <summary>
    /// Loads the framework and the submissions and reads the period and instant; on failure prints the problems and
    /// gives the exit code. Problems that are only warnings are left in <paramref name="problems"/> for the caller.
    /// </summary>
    /// <param name="parse">The parsed command line.</param>
    /// <param name="error">Where problems go when loading fails.</param>
    /// <param name="problems">Problems found so far; loading adds its own.</param>
    /// <param name="choosePeriod">Whether a period must be chosen when <c>--period</c> is not given (the latest year with submissions).</param>
    /// <param name="exitCode">The exit code to stop with when the result is null.</param>
    public Job? Load(ParseResult parse, TextWriter error, List<Problem> problems, bool choosePeriod, out int exitCode)
    {
        exitCode = CliApp.Success;
        var registry = Registry(parse, problems);
        if (problems.Any(p => p.Severity == Severity.Error))
        {
            exitCode = CliApp.Fail(error, problems);
            return null;
        }

        var inputs = new Inputs(registry, problems);
        string? submissionsSpec = parse.GetValue(Submissions);
        var framework = inputs.Framework(parse.GetValue(Framework), parse.GetValue(Base));
        if (framework is null)
        {
            exitCode = CliApp.Fail(error, problems);
            return null;
        }

        SubmissionSet? set;
        if (submissionsSpec is null)
        {
            set = Inputs.BuiltInSample(framework);
            if (set is null)
            {
                CliApp.Report(error, problems);
                Format.Line(error, "cchc: framework '" + framework.Id + "' has no built-in sample submissions; give --submissions FILE|DIR.");
                exitCode = CliApp.UsageError;
                return null;
            }
        }
        else
        {
            set = inputs.Submissions(submissionsSpec, framework);
            if (set is null)
            {
                exitCode = CliApp.Fail(error, problems);
                return null;
            }
        }

        ReportingPeriod? period = null;
        string? periodText = Period is null ? null : parse.GetValue(Period);
        if (periodText is not null)
        {
            period = ReportingPeriod.Parse(periodText, framework.Calendar);
        }
        else if (choosePeriod)
        {
            period = LatestYear(set, framework, submissionsSpec, problems);
            if (period is null)
            {
                exitCode = CliApp.Fail(error, problems);
                return null;
            }
        }

        string? asOfText = AsOf is null ? null : parse.GetValue(AsOf);
        Instant? asOf = asOfText is null ? null : ResolveAsOf(asOfText, framework);
        bool rollUp = RollUp is not null && parse.GetValue(RollUp);
        AssessmentRecords? records = null;
        if (Records is not null && parse.GetValue(Records) is { Length: > 0 } recordsPaths)
        {
            records = Inputs.Records(recordsPaths, framework, problems);
            if (records is null)
            {
                exitCode = CliApp.Fail(error, problems);
                return null;
            }
        }

        return new Job(framework, set, period, asOf, rollUp, inputs.Files, records);
    }

    /// <summary>The default period: the latest year that has submissions, under the framework's calendar.</summary>
    private static ReportingPeriod? LatestYear(SubmissionSet set, Framework framework, string? source, List<Problem> problems)
    {
        if (set.Submissions.Count == 0)
        {
            problems.Add(new Problem(ProblemCodes.MissingField, "There are no submissions to choose a period from; give --period.", "$.submissions", source));
            return null;
        }

        int year = set.Submissions.Max(s => s.Period.Year);
        try
        {
            return ReportingPeriod.ForYear(year, framework.Calendar);
        }
        catch (ArgumentOutOfRangeException)
        {
            problems.Add(new Problem(ProblemCodes.InvalidPeriod, "The latest year with submissions, " + year.ToString(System.Globalization.CultureInfo.InvariantCulture) + ", cannot be scored as a year under the framework's calendar; give --period.", "$.submissions", source));
            return null;
        }
    }
}
