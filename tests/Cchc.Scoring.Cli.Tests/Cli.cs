using System;
using System.IO;
using System.Linq;

namespace Cchc.Scoring.Cli.Tests;

/// <summary>Runs the command line in-process.</summary>
internal static class Cli
{
    public static Outcome Run(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        int code = CliApp.Run(args, output, error);
        return new Outcome(code, output.ToString(), error.ToString());
    }

    internal sealed record Outcome(int ExitCode, string Output, string Error)
    {
        public string[] OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        public bool HasStackTrace => Output.Contains("   at ", StringComparison.Ordinal) || Error.Contains("   at ", StringComparison.Ordinal);

        public override string ToString() => "exit " + ExitCode + "\n--- stdout\n" + Output + "--- stderr\n" + Error;
    }
}
