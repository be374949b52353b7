using System;
using System.Linq;
using Cchc.Scoring;
using Cchc.Scoring.Serialization;
using Xunit;

namespace Cchc.Scoring.Cli.Tests;

/// <summary>The command line on the built-in framework and its sample submissions.</summary>
public sealed class BuiltInTests : IDisposable
{
    private const string Id = BuiltInFrameworks.GtvtTienGiang20212025;
    private readonly TestData _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public void The_readme_score_command_prints_a_line_per_sample_unit()
    {
        // README.md: dotnet run --project src/Cchc.Scoring.Cli -- score
        var run = Cli.Run("score");

        Assert.True(run.ExitCode == 0, run.ToString());
        var sample = BuiltInFrameworks.GetSample(Id);
        Assert.NotEmpty(sample.UnitIds);
        foreach (string unit in sample.UnitIds)
        {
            Assert.Contains(run.OutputLines, l => l.StartsWith(unit + " ", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Score_defaults_are_the_built_in_framework_its_sample_and_the_latest_year()
    {
        var byDefault = Cli.Run("score", "--format", "json");
        int latest = BuiltInFrameworks.GetSample(Id).Submissions.Max(s => s.Period.Year);
        var explicitly = Cli.Run("score", "--format", "json", "--framework", Id, "--period", latest.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.True(byDefault.ExitCode == 0, byDefault.ToString());
        Assert.Equal(explicitly.Output, byDefault.Output);
    }

    [Fact]
    public void Score_csv_of_the_sample_has_a_row_per_unit_and_indicator()
    {
        var run = Cli.Run("score", "--format", "csv");

        Assert.True(run.ExitCode == 0, run.ToString());
        var framework = BuiltInFrameworks.Get(Id);
        var sample = BuiltInFrameworks.GetSample(Id);
        Assert.Equal(1 + (sample.UnitIds.Count * framework.Indicators.Count()), Csv.Parse(run.Output).Count);
    }

    [Fact]
    public void Frameworks_lists_the_built_in_id()
    {
        var run = Cli.Run("frameworks");
        var en = Cli.Run("frameworks", "--lang", "en");

        Assert.Equal(0, run.ExitCode);
        var line = Assert.Single(run.OutputLines, l => l.StartsWith(Id + " ", StringComparison.Ordinal));
        Assert.Contains(BuiltInFrameworks.Get(Id).Name.Vi, line, StringComparison.Ordinal);
        Assert.Contains(en.OutputLines, l => l.StartsWith(Id + " ", StringComparison.Ordinal) && l.Contains(BuiltInFrameworks.Get(Id).Name.En, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_accepts_the_built_in_framework_and_sample()
    {
        string framework = _data.Write("framework.json", BuiltInFrameworks.GetJson(Id));
        string sample = _data.Write("sample.json", SubmissionJson.Write(BuiltInFrameworks.GetSample(Id), Id));

        var run = Cli.Run("validate", framework, sample);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.EndsWith("2 files checked: 0 errors, 0 warnings.", run.OutputLines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_reads_submissions_against_the_built_in_framework_by_default()
    {
        string sample = _data.Write("sample.json", SubmissionJson.Write(BuiltInFrameworks.GetSample(Id)));

        var run = Cli.Run("validate", sample);

        Assert.True(run.ExitCode == 0, run.ToString());
    }
}
