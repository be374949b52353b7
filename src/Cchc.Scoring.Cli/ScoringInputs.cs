using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using Cchc.Scoring;
using NodaTime;
using NodaTime.Text;

namespace Cchc.Scoring.Cli;

/// <summary>The options every scoring command shares (framework, submissions, period, as-of, roll-up) and their loading.</summary>
internal sealed class ScoringInputs
{
    public Option<string> Framework { get; } = new("--framework", "-f")
    {
        Description = "A framework file, or the id of a built-in framework (default: " + Inputs.DefaultFrameworkId + ").",
        HelpName = "FILE|ID",
    };

    public Option<string> Submissions { get; } = new("--submissions", "-s")
    {
        Description = "A submissions file, or a directory whose *.json files are all read and merged (default: the built-in framework's sample submissions).",
        HelpName = "FILE|DIR",
    };

    public Option<string> Period { get; } = PeriodOption();

    public Option<string> AsOf { get; } = AsOfOption();

    public Option<bool> RollUp { get; } = new("--roll-up")
    {
        Description = "Score every unit that has units reporting to it as a roll-up of their figures, per indicator as the framework declares (pool, mean or own).",
    };

    public IEnumerable<Option> All => [Framework, Submissions, Period, AsOf, RollUp];

    public static Option<string> PeriodOption()
    {
        var period = new Option<string>("--period", "-p")
        {
            Description = "The period: 2025, 2025-H1, 2025-Q3, 2025-07 or 2025-01-01..2025-03-31, under the framework's calendar (default: the latest year with submissions).",
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
        return period;
    }

    public static Option<string> AsOfOption()
    {
        var asOf = new Option<string>("--as-of")
        {
            Description = "Use what was recorded at or before this instant, e.g. 2024-10-20T00:00:00Z (default: the latest revisions).",
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
        return asOf;
    }

    /// <summary>Loads the framework and submissions and forms the request; on failure prints the problems and gives the exit code.</summary>
    public Loaded? Load(ParseResult parse, TextWriter error, List<Problem> problems, IEnumerable<string>? units, out int exitCode)
    {
        exitCode = CliApp.Success;
        string? submissionsSpec = parse.GetValue(Submissions);
        var framework = Inputs.LoadFramework(parse.GetValue(Framework), problems);
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
            set = Inputs.LoadSubmissions(submissionsSpec, framework, problems);
            if (set is null)
            {
                exitCode = CliApp.Fail(error, problems);
                return null;
            }
        }

        ReportingPeriod period;
        string? periodText = parse.GetValue(Period);
        if (periodText is not null)
        {
            period = ReportingPeriod.Parse(periodText, framework.Calendar);
        }
        else if (set.Submissions.Count > 0)
        {
            period = ReportingPeriod.ForYear(set.Submissions.Max(s => s.Period.Year), framework.Calendar);
        }
        else
        {
            problems.Add(new Problem(ProblemCodes.MissingField, "There are no submissions to choose a period from; give --period.", "$.submissions", submissionsSpec));
            exitCode = CliApp.Fail(error, problems);
            return null;
        }

        string? asOfText = parse.GetValue(AsOf);
        Instant? asOf = asOfText is null ? null : InstantPattern.ExtendedIso.Parse(asOfText).Value;
        return new Loaded(framework, set, new ScoringRequest(period, asOf, units, parse.GetValue(RollUp)));
    }

    internal sealed record Loaded(Framework Framework, SubmissionSet Submissions, ScoringRequest Request);
}
