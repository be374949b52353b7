using System;
using Xunit;

namespace Cchc.Scoring.Cli.Tests;

public sealed class CliTests
{
    [Fact]
    public void Help_documents_the_commands_and_exit_codes()
    {
        var run = Cli.Run("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Exit codes", run.Output, StringComparison.Ordinal);
        Assert.Contains("score", run.Output, StringComparison.Ordinal);
        Assert.Contains("validate", run.Output, StringComparison.Ordinal);
        Assert.Contains("frameworks", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_help_lists_every_option()
    {
        var run = Cli.Run("score", "--help");

        Assert.Equal(0, run.ExitCode);
        foreach (string option in new[] { "--framework", "--submissions", "--period", "--as-of", "--unit", "--format", "--lang", "--detail" })
        {
            Assert.Contains(option, run.Output, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("no-such-command")]
    [InlineData("frameworks", "--lang", "de")]
    [InlineData("validate")]
    public void Usage_errors_exit_2(params string[] args)
    {
        var run = Cli.Run(args);

        Assert.Equal(2, run.ExitCode);
        Assert.NotEqual(string.Empty, run.Error);
        Assert.False(run.HasStackTrace, run.ToString());
    }
}
