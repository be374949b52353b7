using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace Cchc.Scoring.Cli.Tests;

/// <summary>
/// docs/status.md is true: its framework and submissions are written to files, and every <c>cchc status</c> command
/// it shows is run; the output must be the page's, and the exit code the one the page states.
/// </summary>
public sealed class StatusDocsTests : IDisposable
{
    private static readonly string Doc = RepositoryFiles.Read("docs/status.md");
    private readonly TestData _data = new();

    public void Dispose() => _data.Dispose();

    private static string Block(string marker)
    {
        int at = Doc.IndexOf("<!-- example: " + marker + " -->", StringComparison.Ordinal);
        Assert.True(at >= 0, marker);
        int start = Doc.IndexOf("```json\n", at, StringComparison.Ordinal) + "```json\n".Length;
        return Doc[start..Doc.IndexOf("```", start, StringComparison.Ordinal)];
    }

    public static IEnumerable<object[]> Commands() =>
        Regex.Matches(Doc, "<!-- status command, exit ([0-9]) -->\n```\n\\$ cchc (.*?)\n(.*?)```", RegexOptions.Singleline)
            .Select(m => new object[] { m.Groups[2].Value, int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups[3].Value });

    [Fact]
    public void Page_ShowsThreeCommands() => Assert.Equal(3, Commands().Count());

    [Theory]
    [MemberData(nameof(Commands))]
    public void Command_PrintsWhatThePageShows(string command, int exitCode, string output)
    {
        string framework = _data.Write("status-framework.json", Block("status framework"));
        string submissions = _data.Write("status-submissions.json", Block("status submissions"));
        string[] args = command.Split(' ').Select(a => a == "status-framework.json" ? framework : a == "status-submissions.json" ? submissions : a).ToArray();
        var run = Cli.Run(args);
        Assert.True(run.ExitCode == exitCode, run.ToString());
        Assert.Equal(output, run.Output);
    }
}
