using System;
using System.IO;
using System.Linq;
using Xunit;

namespace Cchc.Scoring.Cli.Tests;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly TestData _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public void Good_files_exit_0_with_a_summary()
    {
        var run = Cli.Run("validate", _data.FrameworkPath, _data.SubmissionsPath, "--framework", _data.FrameworkPath);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("2 files checked: 0 errors, 0 warnings.", Assert.Single(run.OutputLines));
    }

    [Fact]
    public void A_broken_framework_exits_1_with_every_problem_located()
    {
        string broken = _data.Write("broken.json", TestData.FrameworkJson
            .Replace("\"points\": 40", "\"points\": 41", StringComparison.Ordinal)
            .Replace("\"measure\": \"percentage\"", "\"measure\": \"percent\"", StringComparison.Ordinal));

        var run = Cli.Run("validate", broken);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.OutputLines, l => l.StartsWith(broken + ": $.areas[1].indicators[0].measure: error invalid-value: ", StringComparison.Ordinal));
        Assert.EndsWith("1 file checked: 1 error, 0 warnings.", run.OutputLines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_submissions_are_checked_against_the_given_framework()
    {
        string bad = _data.Write("bad.json", TestData.SubmissionsFile(
            "test-fw",
            TestData.UnitsVp,
            "{ \"unit\": \"VP\", \"period\": \"2025\", \"indicator\": \"Z9\", \"recordedAt\": \"2026-01-10T02:00:00Z\", \"value\": 1 }"));

        var run = Cli.Run("validate", bad, "--framework", _data.FrameworkPath);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(bad + ": $.submissions[0].indicator: error unknown-indicator: ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Submissions_for_a_framework_that_is_not_built_in_need_the_framework_option()
    {
        var run = Cli.Run("validate", _data.SubmissionsPath);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(_data.SubmissionsPath + ": $.framework: error unknown-framework: ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Warnings_alone_exit_0()
    {
        string other = _data.Write("other.json", TestData.SubmissionsFile("another-framework", TestData.UnitsVp, TestData.SubmissionsVp));

        var run = Cli.Run("validate", other, "--framework", _data.FrameworkPath);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(other + ": $.framework: warning invalid-value: ", run.Output, StringComparison.Ordinal);
        Assert.Equal("1 file checked: 0 errors, 1 warning.", run.OutputLines[^1]);
    }

    [Fact]
    public void A_file_that_is_neither_kind_exits_1()
    {
        string neither = _data.Write("neither.json", "{ \"hello\": 1 }");

        var run = Cli.Run("validate", neither);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(neither + ": $: error missing-field: ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_json_exits_1_with_its_line()
    {
        string broken = _data.Write("broken.json", "{\n  \"areas\": [\n  ,\n}");

        var run = Cli.Run("validate", broken);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(broken + ":3", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_one_line_exit_1_and_no_stack_trace()
    {
        string missing = Path.Combine(_data.Directory, "missing.json");

        var run = Cli.Run("validate", missing, _data.FrameworkPath);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(missing + ": error unreadable-file: The file does not exist.", run.OutputLines[0]);
        Assert.Equal("2 files checked: 1 error, 0 warnings.", run.OutputLines[^1]);
        Assert.Equal(2, run.OutputLines.Length);
        Assert.False(run.HasStackTrace, run.ToString());
    }

    [Fact]
    public void Every_problem_line_names_its_file()
    {
        string broken = _data.Write("broken.json", "{ \"areas\": [], \"extra\": 1 }");

        var run = Cli.Run("validate", broken);

        Assert.Equal(1, run.ExitCode);
        Assert.All(run.OutputLines.SkipLast(1), l => Assert.StartsWith(broken + ": ", l, StringComparison.Ordinal));
        Assert.True(run.OutputLines.Length >= 3, run.ToString());
    }
}
