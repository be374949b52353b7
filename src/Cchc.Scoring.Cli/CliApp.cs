using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Invocation;
using System.IO;
using System.Linq;
using Cchc.Scoring;

namespace Cchc.Scoring.Cli;

/// <summary>The <c>cchc</c> command line: builds the commands, parses, maps outcomes to exit codes.</summary>
internal static class CliApp
{
    /// <summary>Exit code: success.</summary>
    public const int Success = 0;

    /// <summary>Exit code: the input has problems (validation errors, unreadable or missing files).</summary>
    public const int InputProblems = 1;

    /// <summary>Exit code: the command line is wrong (unknown command or option, a bad option value).</summary>
    public const int UsageError = 2;

    private const string Description =
        "cchc: score administrative-reform (CCHC) KPIs of public agencies against a framework.\n"
        + "\n"
        + "Exit codes:\n"
        + "  0  success\n"
        + "  1  the input has problems (validation errors, unreadable or missing files)\n"
        + "  2  usage error (unknown command or option, bad --period, --as-of, --format or --lang value)\n"
        + "  3  cchc status: something due is still missing";

    /// <summary>Runs the command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="output">Where results go (standard output).</param>
    /// <param name="error">Where problems and usage errors go (standard error).</param>
    /// <returns>The exit code: 0, 1, 2, or 3 (<c>cchc status</c>: something is missing).</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand(Description)
        {
            ScoreCommand.Create(output, error),
            ValidateCommand.Create(output),
            FrameworksCommand.Create(output, error),
            HistoryCommand.Create(output, error),
            TrajectoryCommand.Create(output, error),
            RankCommand.Create(output, error),
            ExplainCommand.Create(output, error),
            DiffCommand.Create(output, error),
            IngestCommand.Create(output, error),
            MergeCommand.Create(output, error),
            ReportCommand.Create(output, error),
            StatusCommand.Create(output, error),
            FormCommand.Create(output, error),
            FormCommand.CreateSample(output, error),
            SensitivityCommand.Create(output, error),
            AppraisalCommand.Create(output, error),
            EvidenceCommand.Create(output, error),
            UnitsCommand.Create(output, error),
        };

        if (args.Length == 0)
        {
            // "cchc" alone: the help, as "cchc --help" prints it.
            return root.Parse(["--help"]).Invoke(new InvocationConfiguration { Output = output, Error = error });
        }

        var parse = root.Parse(args);
        if (parse.Action is ParseErrorAction)
        {
            if (UnknownCommand(root, parse) is string unknown)
            {
                string? closest = Suggestions.Closest(unknown, root.Subcommands.Select(c => c.Name), least: 2);
                Format.Line(error, "cchc: '" + unknown + "' is not a cchc command" + (closest is null ? "." : "; did you mean '" + closest + "'?"));
                Format.Line(error, "The commands are " + string.Join(", ", root.Subcommands.Select(c => c.Name)) + ". Run 'cchc --help' for what they do.");
                return UsageError;
            }

            var errors = parse.Errors.AsEnumerable();
            if (parse.CommandResult.Command == root)
            {
                // Not "Required command was not provided": say what is missing, then what else is wrong.
                Format.Line(error, "cchc: no command given; the commands are " + string.Join(", ", root.Subcommands.Select(c => c.Name)) + ".");
                var missing = root.Parse([]).Errors.Select(e => e.Message).ToHashSet(System.StringComparer.Ordinal);
                errors = errors.Where(e => !missing.Contains(e.Message));
            }

            foreach (var parseError in errors)
            {
                Format.Line(error, "cchc: " + parseError.Message);
            }

            Format.Line(error, "Run 'cchc --help' for the commands and options.");
            return UsageError;
        }

        try
        {
            int code = parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
            output.Flush();
            return code;
        }
        catch (IOException ex)
        {
            // Standard output cannot be written (a full disk, a closed pipe): one line, no stack trace. Every input
            // read and every file written reports its own failures as problems, so what reaches here is the output.
            try
            {
                Format.Line(error, "cchc: the output cannot be written: " + ex.Message);
                error.Flush();
            }
            catch (IOException)
            {
                // Standard error fails too: the exit code is all that is left.
            }

            return InputProblems;
        }
    }

    /// <summary>The first argument when it names no command (and is no option), else null.</summary>
    private static string? UnknownCommand(RootCommand root, ParseResult parse) =>
        parse.CommandResult.Command == root && parse.UnmatchedTokens.Count > 0 && parse.Tokens.Count > 0
            && parse.Tokens[0].Type != System.CommandLine.Parsing.TokenType.Option && !parse.Tokens[0].Value.StartsWith('-')
            && parse.UnmatchedTokens[0] == parse.Tokens[0].Value
            ? parse.Tokens[0].Value
            : null;

    /// <summary>The <c>--lang</c> option.</summary>
    public static Option<string> LanguageOption()
    {
        var lang = new Option<string>("--lang", "-l")
        {
            Description = "The language of names, headers and status words: vi or en (any case).",
            DefaultValueFactory = _ => "vi",
            CustomParser = result => result.Tokens.Count == 0 ? "vi" : result.Tokens[0].Value.ToLowerInvariant(),
            HelpName = "vi|en",
        };
        lang.Validators.Add(result =>
        {
            string? value = result.GetValueOrDefault<string>();
            if (value is not ("vi" or "en"))
            {
                result.AddError("'" + (result.Tokens.Count == 0 ? value : result.Tokens[0].Value) + "' is not a language: write vi or en.");
            }
        });
        return lang;
    }

    /// <summary>A <c>--format table|json</c> option.</summary>
    public static Option<string> TableOrJsonOption()
    {
        var format = new Option<string>("--format")
        {
            Description = "The output format.",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "json");
        return format;
    }

    /// <summary><c>--group-by kind</c>: rank the units of each kind separately (<c>rank</c>, <c>sensitivity</c>).</summary>
    public static Option<string> GroupByOption()
    {
        var groupBy = new Option<string>("--group-by", "-g")
        {
            Description = "Rank within groups: 'kind' ranks units of each kind separately.",
            HelpName = "kind",
        };
        groupBy.AcceptOnlyFromAmong("kind");
        return groupBy;
    }

    /// <summary>Prints every problem, one line each.</summary>
    public static void Report(TextWriter error, IEnumerable<Problem> problems)
    {
        foreach (var problem in problems)
        {
            Format.Line(error, problem.ToString());
        }
    }

    /// <summary>Prints every problem and returns <see cref="InputProblems"/>.</summary>
    public static int Fail(TextWriter error, IReadOnlyList<Problem> problems)
    {
        Report(error, problems);
        if (!problems.Any(p => p.Severity == Severity.Error))
        {
            Format.Line(error, "cchc: the input could not be used.");
        }

        return InputProblems;
    }
}
