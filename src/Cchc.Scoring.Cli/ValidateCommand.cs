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
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    public static Command Create(TextWriter output)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "Framework files (with \"areas\") and submissions files (with \"submissions\").",
            Arity = ArgumentArity.OneOrMore,
        };
        var framework = new Option<string>("--framework", "-f")
        {
            Description = "The framework (file or built-in id) to check submissions files against (default: the file's own \"framework\" id if built in, else "
                + Inputs.DefaultFrameworkId + ").",
            HelpName = "FILE|ID",
        };
        var command = new Command("validate", "Check framework and submissions files; print every problem with its file, JSON path, code and message.")
        {
            files, framework,
        };
        command.SetAction(parse => Run(output, parse.GetValue(files) ?? [], parse.GetValue(framework)));
        return command;
    }

    private static int Run(TextWriter output, string[] files, string? frameworkSpec)
    {
        var all = new List<Problem>();
        var frameworkProblems = new List<Problem>();
        Framework? given = null;
        if (frameworkSpec is not null)
        {
            given = Inputs.LoadFramework(frameworkSpec, frameworkProblems);
            Print(output, all, frameworkProblems, frameworkSpec);
        }

        foreach (string file in files)
        {
            var problems = new List<Problem>();
            Check(file, frameworkSpec, given, problems);
            Print(output, all, problems, file);
        }

        int errors = all.Count(p => p.Severity == Severity.Error);
        int warnings = all.Count - errors;
        Format.Line(output, Format.Count(files.Length, "file", "files") + " checked: " + Format.Count(errors, "error", "errors") + ", " + Format.Count(warnings, "warning", "warnings") + ".");
        return errors > 0 ? CliApp.InputProblems : CliApp.Success;
    }

    private static void Print(TextWriter output, List<Problem> all, List<Problem> problems, string source)
    {
        foreach (var problem in problems)
        {
            var located = problem.Source is null ? problem.WithSource(source) : problem;
            all.Add(located);
            Format.Line(output, located.ToString());
        }
    }

    private static void Check(string file, string? frameworkSpec, Framework? given, List<Problem> problems)
    {
        string? text = Inputs.ReadText(file, problems);
        if (text is null)
        {
            return;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, DocumentOptions);
        }
        catch (JsonException)
        {
            // Not JSON: the framework reader reports the syntax error with its line.
            problems.AddRange(FrameworkJson.Read(text, source: file).Problems);
            return;
        }

        using (document)
        {
            var root = document.RootElement;
            bool isObject = root.ValueKind == JsonValueKind.Object;
            if (isObject && root.TryGetProperty("areas", out _))
            {
                problems.AddRange(FrameworkJson.Read(text, source: file).Problems);
                return;
            }

            if (isObject && root.TryGetProperty("base", out _) && !root.TryGetProperty("submissions", out _))
            {
                CheckOverride(text, file, given, problems);
                return;
            }

            if (!isObject || !root.TryGetProperty("submissions", out _))
            {
                problems.Add(new Problem(ProblemCodes.MissingField, "This is neither a framework (it has no \"areas\"), an override file (it has no \"base\") nor a submissions file (it has no \"submissions\").", "$", file));
                return;
            }

            Framework? framework = given;
            if (frameworkSpec is not null)
            {
                if (framework is null)
                {
                    problems.Add(new Problem(ProblemCodes.UnknownFramework, "Not checked: the framework '" + frameworkSpec + "' could not be read.", "$", file));
                    return;
                }
            }
            else if (root.TryGetProperty("framework", out var id) && id.ValueKind == JsonValueKind.String)
            {
                string frameworkId = id.GetString()!;
                if (!BuiltInFrameworks.TryGet(frameworkId, out framework))
                {
                    problems.Add(new Problem(ProblemCodes.UnknownFramework, "Framework '" + frameworkId + "' is not built in (" + Inputs.BuiltInList() + "); give --framework FILE to check against it.", "$.framework", file));
                    return;
                }
            }
            else
            {
                var defaultProblems = new List<Problem>();
                framework = Inputs.LoadFramework(null, defaultProblems);
                if (framework is null)
                {
                    problems.AddRange(defaultProblems.Select(p => p.Source is null ? p.WithSource(file) : p));
                    return;
                }
            }

            problems.AddRange(SubmissionJson.Read(text, framework, file).Problems);
        }
    }

    /// <summary>An override file is read, then laid over its base (the --framework given, else the built-in named in
    /// its "base"), so that every problem of the merged framework is reported too.</summary>
    private static void CheckOverride(string text, string file, Framework? given, List<Problem> problems)
    {
        var read = FrameworkOverride.Read(text, file);
        problems.AddRange(read.Problems.Select(p => p.Source is null ? p.WithSource(file) : p));
        if (read.Value is not FrameworkOverride layer)
        {
            return;
        }

        Framework? baseFramework = given;
        if (baseFramework is null && !BuiltInFrameworks.TryGet(layer.BaseId, out baseFramework))
        {
            problems.Add(new Problem(ProblemCodes.UnknownFramework, "The base framework '" + layer.BaseId + "' is not built in (" + Inputs.BuiltInList() + "); give --framework FILE to check the override against it.", "$.base.id", file));
            return;
        }

        problems.AddRange(FrameworkOverride.Apply(baseFramework!, layer).Problems.Select(p => p.Source is null ? p.WithSource(file) : p));
    }
}
