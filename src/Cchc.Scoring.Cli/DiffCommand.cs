using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using Cchc.Scoring;

namespace Cchc.Scoring.Cli;

/// <summary>
/// <c>cchc diff A B</c>: what changed between two frameworks, or between a base framework and an override file laid
/// over it (B is read as an override when it has a <c>"base"</c> and no <c>"areas"</c>).
/// </summary>
internal static class DiffCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var before = new Argument<string>("A")
        {
            Description = "The first framework: a built-in id or a framework file.",
        };
        var after = new Argument<string>("B")
        {
            Description = "The second framework (a built-in id or a framework file), or an override file to lay over A.",
        };
        var rules = JobOptions.RulesOption();
        var command = new Command("diff", "Print what changed between two frameworks, or what an override file changes in its base: indicators added and removed, points, targets, rules, bands.")
        {
            before, after, rules,
        };
        command.SetAction(parse => Run(output, error, parse.GetValue(before)!, parse.GetValue(after)!, parse.GetValue(rules) ?? []));
        return command;
    }

    private static int Run(TextWriter output, TextWriter error, string beforeSpec, string afterSpec, string[] rules)
    {
        var problems = new List<Problem>();
        var registry = RuleAssemblies.Registry(rules, problems);
        if (problems.Any(p => p.Severity == Severity.Error))
        {
            return CliApp.Fail(error, problems);
        }

        // B, when an override file, is laid over A (whatever base it names); every file is read within the size limit first.
        var inputs = new Inputs(registry, problems);
        var a = inputs.Framework(beforeSpec);
        Framework? b = null;
        if (a is not null)
        {
            b = inputs.Framework(afterSpec, overrideBase: a);
        }

        if (a is null || b is null)
        {
            return CliApp.Fail(error, problems.Select(p => p.Source is null ? p.WithSource(a is null ? beforeSpec : afterSpec) : p).ToArray());
        }

        CliApp.Report(error, problems);
        var diff = FrameworkDiff.Compare(a, b);
        Format.Line(output, "--- " + a.Id + " " + a.Version);
        Format.Line(output, "+++ " + b.Id + " " + b.Version);
        output.Write(diff.ToString());
        Format.Line(output, diff.IsEmpty ? "No differences." : Format.Count(diff.Changes.Count, "change", "changes") + ".");
        return CliApp.Success;
    }
}
