using System;
using System.IO;
using System.Linq;
using Cchc.Scoring;
using Xunit;

namespace Cchc.Scoring.Tests.Docs;

/// <summary>The README's library example is this test's code, word for word, and it runs.</summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public void Readme_LibraryExample_IsTheCodeOfThisTest()
    {
        string readme = RepositoryFiles.Read("README.md");
        int start = readme.IndexOf("```csharp\n", StringComparison.Ordinal) + "```csharp\n".Length;
        string block = readme[start..readme.IndexOf("```", start, StringComparison.Ordinal)];
        string body = string.Join('\n', block.Split('\n').Where(l => !l.StartsWith("using ", StringComparison.Ordinal)).SkipWhile(string.IsNullOrEmpty));

        string source = RepositoryFiles.Read("tests/Cchc.Scoring.Tests/Docs/ReadmeExampleTests.cs");
        int from = source.IndexOf("// README-BEGIN\n", StringComparison.Ordinal) + "// README-BEGIN\n".Length;
        string region = source[from..source.IndexOf("        // README-END", from, StringComparison.Ordinal)];
        string code = string.Join('\n', region.Split('\n').Select(l => l.Length >= 8 ? l[8..] : l.TrimStart()));
        Assert.Equal(body.TrimEnd(), code.TrimEnd().Replace("Out.WriteLine", "Console.WriteLine", StringComparison.Ordinal));
    }

    [Fact]
    public void Readme_LibraryExample_Runs()
    {
        using var Out = new StringWriter();
        // README-BEGIN
        var framework = BuiltInFrameworks.Get(BuiltInFrameworks.GtvtTienGiang20212025);
        var submissions = BuiltInFrameworks.GetSample(BuiltInFrameworks.GtvtTienGiang20212025);
        var result = Scorer.Score(framework, submissions, new ScoringRequest(ReportingPeriod.ForYear(2025)));
        foreach (var card in result.Scorecards)
        {
            Out.WriteLine($"{card.UnitId}: {card.Points}/{card.MaxPoints} points, index {card.Index}, class {card.Class?.Name.En}");
        }
        // README-END

        Assert.Equal(submissions.UnitIds.Count, Out.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.All(result.Scorecards, card => Assert.NotNull(card.Index));
    }
}
