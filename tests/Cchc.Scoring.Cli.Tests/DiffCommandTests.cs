using System;
using System.IO;
using Xunit;

namespace Cchc.Scoring.Cli.Tests;

public sealed class DiffCommandTests : IDisposable
{
    private const string Override = """
        {
          "$comment": "Province X: more weight on online dossiers, no separate publication indicator.",
          "id": "province-x",
          "version": "1",
          "base": { "id": "test-fw", "version": "1.0" },
          "retire": [ { "indicator": "A2", "reason": "covered by the province's own checklist" } ],
          "change": [
            { "indicator": "A1", "points": 50, "target": { "value": 90 } },
            { "indicator": "B1", "points": 50, "rule": { "kind": "goalposts", "floor": 50 } }
          ]
        }
        """;

    private readonly TestData _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public void Diff_BaseAndOverride_PrintsEveryChange()
    {
        string file = _data.Write("override.json", Override);

        var run = Cli.Run("diff", _data.FrameworkPath, file);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(
            [
                "--- test-fw 1.0",
                "+++ test-fw 1.0+province-x@1",
                "version: 1.0 → 1.0+province-x@1",
                "- A2 (A, 30 points, yesNo, target = 1, rule {\"kind\":\"yesNo\"}): Procedures published",
                "A1 points: 40 → 50",
                "A1 target: >= 95 → >= 90",
                "B1 points: 30 → 50",
                "B1 rule: {\"kind\":\"threshold\"} → {\"kind\":\"goalposts\",\"floor\":50}",
                "6 changes.",
            ],
            run.OutputLines);
        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public void Diff_TwoFrameworkFiles()
    {
        string changed = _data.Write("v2.json", TestData.FrameworkJson.Replace("\"version\": \"1.0\"", "\"version\": \"2.0\"", StringComparison.Ordinal));

        var run = Cli.Run("diff", _data.FrameworkPath, changed);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(["--- test-fw 1.0", "+++ test-fw 2.0", "version: 1.0 → 2.0", "1 change."], run.OutputLines);
    }

    [Fact]
    public void Diff_SameFramework_SaysSo()
    {
        var run = Cli.Run("diff", _data.FrameworkPath, _data.FrameworkPath);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("No differences.", run.OutputLines[^1]);
    }

    [Fact]
    public void Diff_BuiltInFrameworks_ByTheirIds()
    {
        var run = Cli.Run("diff", "gtvt-tiengiang-2021-2025", "index766-2022");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(run.OutputLines, l => l.StartsWith("id: gtvt-tiengiang-2021-2025 → index766-2022", StringComparison.Ordinal));
    }

    [Fact]
    public void Diff_AnOverrideThatBreaksTheTotal_Exits1_WithLocatedProblems()
    {
        string file = _data.Write("override.json", Override.Replace("\"points\": 50, \"rule\"", "\"points\": 51, \"rule\"", StringComparison.Ordinal));

        var run = Cli.Run("diff", _data.FrameworkPath, file);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Contains(file + ": $: error points-total-mismatch: In the merged framework at $.totalPoints: The indicators' points add up to 101, not the declared 100.", run.ErrorLines);
    }

    [Fact]
    public void Diff_AnOverrideForAnotherFramework_Exits1()
    {
        string file = _data.Write("override.json", Override.Replace("\"id\": \"test-fw\"", "\"id\": \"other\"", StringComparison.Ordinal));

        var run = Cli.Run("diff", _data.FrameworkPath, file);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(file + ": $.base.id: error invalid-value: ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_MissingFile_Exits1_WithoutAStackTrace()
    {
        string missing = Path.Combine(_data.Directory, "missing.json");

        var run = Cli.Run("diff", _data.FrameworkPath, missing);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(missing + ": error unreadable-file: The file does not exist.", run.ErrorLines);
        Assert.False(run.HasStackTrace, run.ToString());
    }

    [Fact]
    public void Diff_WithOneArgument_IsAUsageError()
    {
        Assert.Equal(2, Cli.Run("diff", _data.FrameworkPath).ExitCode);
    }
}

/// <summary>The example of docs/overrides.md applies to the built-in plan and prints what the page shows.</summary>
public sealed class OverridesDocTests : IDisposable
{
    private readonly TestData _data = new();

    public void Dispose() => _data.Dispose();

    private static string Block(string doc, string marker, string fence)
    {
        int at = doc.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(at >= 0, marker);
        int start = doc.IndexOf(fence, at, StringComparison.Ordinal) + fence.Length;
        return doc[start..doc.IndexOf("```", start, StringComparison.Ordinal)];
    }

    [Fact]
    public void Overrides_Example_DiffsAsDocumented()
    {
        string doc = RepositoryFiles.Read("docs/overrides.md");
        string file = _data.Write("tg-2024.json", Block(doc, "<!-- example: override -->", "```json\n"));

        var run = Cli.Run("diff", "gtvt-tiengiang-2021-2025", file);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(Block(doc, "<!-- output: diff -->", "```\n"), run.Output);
    }
}
