using System;
using System.Linq;
using Xunit;

namespace Cchc.Scoring.Cli.Tests;

/// <summary><c>cchc validate</c> recognises override files and checks them laid over their base.</summary>
public sealed class ValidateOverrideTests : IDisposable
{
    private readonly TestData _data = new();

    public void Dispose() => _data.Dispose();

    private static string OverrideExample()
    {
        string doc = RepositoryFiles.Read("docs/overrides.md");
        int at = doc.IndexOf("<!-- example: override -->", StringComparison.Ordinal);
        int start = doc.IndexOf("```json\n", at, StringComparison.Ordinal) + "```json\n".Length;
        return doc[start..doc.IndexOf("```", start, StringComparison.Ordinal)];
    }

    [Fact]
    public void The_documented_override_is_valid_over_the_built_in_plan()
    {
        string path = _data.Write("override.json", OverrideExample());

        var run = Cli.Run("validate", path);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("1 file checked: 0 errors, 0 warnings.", run.OutputLines[^1]);
    }

    [Fact]
    public void An_override_that_breaks_the_total_is_reported_with_its_location()
    {
        // T02 at 7 points instead of the documented 6 makes the merged plan total 101, not the declared 100.
        string path = _data.Write("override.json", OverrideExample().Replace("\"points\": 6,", "\"points\": 7,", StringComparison.Ordinal));

        var run = Cli.Run("validate", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.OutputLines, l => l.StartsWith(path + ": ", StringComparison.Ordinal) && l.Contains("error points-total-mismatch: ", StringComparison.Ordinal));
        Assert.DoesNotContain(run.OutputLines.Concat(run.ErrorLines), l => l.Contains("   at ", StringComparison.Ordinal));
    }

    [Fact]
    public void An_override_of_an_unknown_base_asks_for_the_framework()
    {
        string path = _data.Write("override.json", OverrideExample().Replace("\"id\": \"gtvt-tiengiang-2021-2025\"", "\"id\": \"elsewhere\"", StringComparison.Ordinal));

        var run = Cli.Run("validate", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.OutputLines, l => l.StartsWith(path + ": $.base.id: error unknown-framework: ", StringComparison.Ordinal));
    }
}
