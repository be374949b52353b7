using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using Cchc.Scoring;
using NodaTime.Text;

namespace Cchc.Scoring.Cli;

/// <summary>Options and input loading shared by the time commands (<c>history</c>, <c>trajectory</c>).</summary>
internal static class TimeInputs
{
    public static Option<string> FrameworkOption() => new("--framework", "-f")
    {
        Description = "A framework file, or the id of a built-in framework (default: " + Inputs.DefaultFrameworkId + ").",
        HelpName = "FILE|ID",
    };

    public static Option<string> SubmissionsOption() => new("--submissions", "-s")
    {
        Description = "A submissions file, or a directory whose *.json files are all read and merged (default: the built-in framework's sample submissions).",
        HelpName = "FILE|DIR",
    };

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

    public static Option<string> FormatOption()
    {
        var format = new Option<string>("--format")
        {
            Description = "The output format.",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "json");
        return format;
    }

    /// <summary>Loads the framework and the submissions; returns the exit code to stop with, or null to go on.</summary>
    public static int? Load(string? frameworkSpec, string? submissionsSpec, TextWriter error, List<Problem> problems, out Framework? framework, out SubmissionSet? submissions)
    {
        submissions = null;
        framework = Inputs.LoadFramework(frameworkSpec, problems);
        if (framework is null)
        {
            return CliApp.Fail(error, problems);
        }

        if (submissionsSpec is null)
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
            submissions = Inputs.LoadSubmissions(submissionsSpec, framework, problems);
            if (submissions is null)
            {
                return CliApp.Fail(error, problems);
            }
        }

        CliApp.Report(error, problems);
        return null;
    }
}
