using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Json;
using Cchc.Scoring;
using Cchc.Scoring.Serialization;

namespace Cchc.Scoring.Cli;

/// <summary><c>cchc validate FILE…</c>: checks framework and submissions files and prints every problem.</summary>
internal static class ValidateCommand
{
    public static Command Create(TextWriter output)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "Framework files (with \"areas\") and submissions files (with \"submissions\").",
            Arity = ArgumentArity.OneOrMore,
        };
        var framework = new Option<string>("--framework", "-f")
        {
            Description = "The framework (file, override file or built-in id) to check submissions files against, and the base of override files (default: the framework file of the same call, or the built-in framework, that the file's own \"framework\" id names, else "
                + Inputs.DefaultFrameworkId + ").",
            HelpName = "FILE|ID",
        };
        var baseOption = JobOptions.BaseOption();
        var rules = JobOptions.RulesOption();
        var command = new Command("validate", "Check framework, override and submissions files; print every problem with its file, JSON path, code and message.")
        {
            files, framework, baseOption, rules,
        };
        command.SetAction(parse => Run(output, parse.GetValue(files) ?? [], parse.GetValue(framework), parse.GetValue(baseOption), parse.GetValue(rules) ?? []));
        return command;
    }

    private static int Run(TextWriter output, string[] files, string? frameworkSpec, string? baseSpec, string[] rules)
    {
        var all = new List<Problem>();
        var setup = new List<Problem>();
        var registry = RuleAssemblies.Registry(rules, setup);
        var inputs = new Inputs(registry, setup);
        Framework? given = null;
        if (frameworkSpec is not null)
        {
            given = inputs.Framework(frameworkSpec, baseSpec);
            Print(output, all, setup, frameworkSpec);
        }
        else
        {
            Print(output, all, setup, null);
        }

        // Every file is read once, with the reader score uses; frameworks first, then overrides (over a framework of
        // the call or a built-in one), then submissions (against the framework their "framework" id names).
        var read = new InputFile?[files.Length];
        var found = new List<Problem>[files.Length];
        for (int i = 0; i < files.Length; i++)
        {
            found[i] = [];
            read[i] = InputFile.Read(files[i], found[i], spreadsheets: true);
        }

        var frameworks = new List<Framework>();
        foreach (var kind in new[] { DocumentKind.Framework, DocumentKind.Unknown, DocumentKind.Override })
        {
            for (int i = 0; i < files.Length; i++)
            {
                if (read[i] is InputFile file && file.Kind == kind)
                {
                    var loader = new Inputs(registry, found[i]);
                    var framework = loader.Framework(file, baseSpec, given, frameworks);
                    if (framework is not null)
                    {
                        frameworks.Add(framework);
                    }
                }
            }
        }

        for (int i = 0; i < files.Length; i++)
        {
            if (read[i] is InputFile file && file.Kind is DocumentKind.Submissions or DocumentKind.Workbook or DocumentKind.Csv)
            {
                CheckSubmissions(file, frameworkSpec, given, frameworks, new Inputs(registry, found[i]));
            }
            else if (read[i] is InputFile other && other.Kind is DocumentKind.Other)
            {
                found[i].Add(new Problem(ProblemCodes.MissingField, "This is neither a framework (it has no \"areas\"), an override file (it has no \"base\") nor a submissions file (it has no \"submissions\").", "$", files[i]));
            }
        }

        for (int i = 0; i < files.Length; i++)
        {
            Print(output, all, found[i], files[i]);
        }

        int errors = all.Count(p => p.Severity == Severity.Error);
        int warnings = all.Count - errors;
        Format.Line(output, Format.Count(files.Length, "file", "files") + " checked: " + Format.Count(errors, "error", "errors") + ", " + Format.Count(warnings, "warning", "warnings") + ".");
        return errors > 0 ? CliApp.InputProblems : CliApp.Success;
    }

    private static void Print(TextWriter output, List<Problem> all, List<Problem> problems, string? source)
    {
        foreach (var problem in problems)
        {
            var located = problem.Source is null && source is not null ? problem.WithSource(source) : problem;
            all.Add(located);
            Format.Line(output, located.ToString());
        }
    }

    /// <summary>
    /// Checks a submissions file against, in this order: <c>--framework</c>; the last framework (or override) of the
    /// call whose id is the file's <c>"framework"</c>; the built-in framework of that id; the default built-in one.
    /// </summary>
    private static void CheckSubmissions(InputFile file, string? frameworkSpec, Framework? given, IReadOnlyList<Framework> frameworks, Inputs inputs)
    {
        var problems = inputs.Problems;
        Framework? framework = given;
        if (frameworkSpec is not null)
        {
            if (framework is null)
            {
                problems.Add(new Problem(ProblemCodes.UnknownFramework, "Not checked: the framework '" + frameworkSpec + "' could not be read.", "$", file.Path));
                return;
            }
        }
        else if (file.FrameworkId is string id)
        {
            framework = frameworks.LastOrDefault(f => string.Equals(f.Id, id, StringComparison.Ordinal));
            if (framework is null && !BuiltInFrameworks.TryGet(id, out framework))
            {
                problems.Add(new Problem(ProblemCodes.UnknownFramework, "Framework '" + id + "' is neither built in (" + Inputs.BuiltInList() + ") nor a framework file of this call; give its file too (cchc validate framework.json " + file.Path + "), or --framework FILE.", "$.framework", file.Path));
                return;
            }
        }
        else
        {
            framework = inputs.Framework(null);
            if (framework is null)
            {
                return;
            }
        }

        problems.AddRange(inputs.Submissions(file, framework!).Problems);
    }
}
