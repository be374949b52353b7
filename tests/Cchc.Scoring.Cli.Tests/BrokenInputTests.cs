using System;
using System.IO;
using System.Linq;
using Xunit;

namespace Cchc.Scoring.Cli.Tests;

/// <summary>
/// Every command fed a broken file: exit code 1, each problem one line naming the file (and the line or JSON path
/// where there is one), and never a stack trace.
/// </summary>
public sealed class BrokenInputTests : IDisposable
{
    private readonly TestData _data = new();

    public void Dispose() => _data.Dispose();

    /// <summary>Broken files: cut off, not JSON, wrong shapes, too deep, binary.</summary>
    public static TheoryData<string, string> Broken() => new()
    {
        { "truncated", "{ \"submissions\": [ { \"unit\": \"VP\"," },
        { "not-json", "this is not json\n" },
        { "wrong-shape", "[1, 2, 3]" },
        { "too-deep", new string('[', 200) + new string(']', 200) },
        { "binary", "\u0000\u0001\u00ff\ufffd{\"" },
    };

    private static void AssertAnsweredCleanly(Cli.Outcome run, string file)
    {
        Assert.Equal(1, run.ExitCode);
        Assert.False(run.HasStackTrace, run.ToString());
        Assert.DoesNotContain("Exception", run.Error, StringComparison.Ordinal);
        string name = Path.GetFileName(file);
        var lines = run.ErrorLines.Concat(run.OutputLines).Where(l => l.Contains(" error ", StringComparison.Ordinal)).ToArray();
        Assert.True(lines.Length > 0, run.ToString());
        // One line per problem: the file, then a line number or a JSON path, then the code.
        Assert.All(lines, l => Assert.Matches("^[^ ]*" + System.Text.RegularExpressions.Regex.Escape(name) + "(:[0-9]+)?: (\\$[^ ]*: )?error [a-z-]+: ", l));
    }

    [Theory]
    [MemberData(nameof(Broken))]
    public void Score_BrokenFramework_And_BrokenSubmissions(string name, string text)
    {
        string file = _data.Write(name + ".json", text);
        AssertAnsweredCleanly(Cli.Run("score", "--framework", file, "--submissions", _data.SubmissionsPath, "--period", "2025"), file);
        AssertAnsweredCleanly(Cli.Run("score", "--framework", _data.FrameworkPath, "--submissions", file, "--period", "2025"), file);
    }

    [Theory]
    [MemberData(nameof(Broken))]
    public void Rank_BrokenSubmissions(string name, string text)
    {
        string file = _data.Write(name + ".json", text);
        AssertAnsweredCleanly(Cli.Run("rank", "--framework", _data.FrameworkPath, "--submissions", file, "--period", "2025"), file);
    }

    [Theory]
    [MemberData(nameof(Broken))]
    public void Explain_BrokenSubmissions(string name, string text)
    {
        string file = _data.Write(name + ".json", text);
        AssertAnsweredCleanly(Cli.Run("explain", "--framework", _data.FrameworkPath, "--submissions", file, "--period", "2025", "--unit", "VP", "--indicator", "T02"), file);
    }

    [Theory]
    [MemberData(nameof(Broken))]
    public void Validate_BrokenFile(string name, string text)
    {
        string file = _data.Write(name + ".json", text);
        AssertAnsweredCleanly(Cli.Run("validate", file), file);
    }

    [Theory]
    [MemberData(nameof(Broken))]
    public void History_BrokenSubmissions(string name, string text)
    {
        string file = _data.Write(name + ".json", text);
        AssertAnsweredCleanly(Cli.Run("history", "--framework", _data.FrameworkPath, "--submissions", file, "--unit", "VP", "--indicator", "T02", "--period", "2025"), file);
    }

    [Theory]
    [MemberData(nameof(Broken))]
    public void Trajectory_BrokenFramework(string name, string text)
    {
        string file = _data.Write(name + ".json", text);
        AssertAnsweredCleanly(Cli.Run("trajectory", "--framework", file, "--submissions", _data.SubmissionsPath), file);
    }

    [Theory]
    [MemberData(nameof(Broken))]
    public void Diff_BrokenSecondFile(string name, string text)
    {
        string file = _data.Write(name + ".json", text);
        AssertAnsweredCleanly(Cli.Run("diff", _data.FrameworkPath, file), file);
    }

    [Fact]
    public void Diff_BrokenOverride()
    {
        string file = _data.Write("override.json", "{ \"id\": \"x\", \"version\": \"1\", \"base\": { \"id\": 5 }, \"change\": [ { \"indicator\": [] } ] }");
        AssertAnsweredCleanly(Cli.Run("diff", _data.FrameworkPath, file), file);
    }

    [Theory]
    [InlineData("no-columns", "just one line\n")]
    [InlineData("binary", "\u0000\u0001\u0002\n\u0003")]
    [InlineData("quotes", "id,unit,received_at,due_at\n\"A,U1,2025-01-01,2025-01-02\n")]
    public void Ingest_BrokenCsv(string name, string text)
    {
        string file = _data.Write(name + ".csv", text);
        var run = Cli.Run("ingest", file, "--period", "2025");
        Assert.Equal(1, run.ExitCode);
        Assert.False(run.HasStackTrace, run.ToString());
        Assert.Contains(run.ErrorLines, l => l.StartsWith(file, StringComparison.Ordinal) && l.Contains("error dossier-", StringComparison.Ordinal));
    }

    [Fact]
    public void Score_UnknownFramework_AndMissingFile()
    {
        var unknown = Cli.Run("score", "--framework", "no-such-framework", "--period", "2025");
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains(unknown.ErrorLines, l => l.Contains("error unknown-framework: ", StringComparison.Ordinal));
        string missing = Path.Combine(_data.Directory, "missing.json");
        var run = Cli.Run("score", "--framework", _data.FrameworkPath, "--submissions", missing, "--period", "2025");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.ErrorLines, l => l.StartsWith(missing + ": error unreadable-file: ", StringComparison.Ordinal));
        Assert.False(run.HasStackTrace);
    }
}
