using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using Cchc.Scoring;
using Cchc.Scoring.Rules;
using Cchc.Scoring.Serialization;
using Xunit;

namespace Cchc.Scoring.Tests.Docs;

// EXTENDING-BEGIN rule
/// <summary>
/// Full points when the target is met; a share of them when the value misses the target by at most a tolerance;
/// otherwise nothing. Kind "tolerance", parameters "tolerance" (> 0) and "share" (0 to 1).
/// </summary>
public sealed class ToleranceRule : IScoringRule
{
    public ToleranceRule(decimal tolerance, decimal share)
    {
        Tolerance = tolerance;
        Share = share;
    }

    public static IRuleFactory Factory { get; } = new ToleranceFactory();

    public decimal Tolerance { get; }

    public decimal Share { get; }

    public string Kind => "tolerance";

    public decimal Evaluate(in RuleInput input) =>
        input.Met ? input.MaxPoints
        : Math.Abs(input.Value - input.Target) <= Tolerance ? Share * input.MaxPoints
        : 0;

    public string Explain(in RuleInput input)
    {
        if (input.Met)
        {
            return "met → " + N(input.MaxPoints);
        }

        decimal gap = Math.Abs(input.Value - input.Target);
        return gap <= Tolerance
            ? "missed by " + N(gap) + " ≤ " + N(Tolerance) + " → " + N(Share) + " × " + N(input.MaxPoints)
            : "missed by " + N(gap) + " > " + N(Tolerance) + " → 0";
    }

    public IEnumerable<Problem> Check(RuleSetting setting) =>
        setting.Measure == MeasureKind.YesNo
            ? [new Problem(ProblemCodes.RuleMismatch, "A tolerance needs a numeric measure, not yes/no.")]
            : [];

    public void WriteParameters(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumber("tolerance", Tolerance);
        writer.WriteNumber("share", Share);
    }

    private static string N(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private sealed class ToleranceFactory : IRuleFactory
    {
        public string Kind => "tolerance";

        public IScoringRule? Create(RuleParameters parameters)
        {
            decimal? tolerance = parameters.GetDecimal("tolerance");
            decimal? share = parameters.GetDecimal("share");
            if (tolerance <= 0)
            {
                parameters.Error("tolerance", "'tolerance' must be above 0.");
            }

            if (share is < 0 or > 1)
            {
                parameters.Error("share", "'share' lies between 0 and 1.");
            }

            return parameters.HasErrors || tolerance is null || share is null ? null : new ToleranceRule(tolerance.Value, share.Value);
        }
    }
}
// EXTENDING-END rule

/// <summary>The code of docs/extending.md is this file's, word for word, and it runs.</summary>
public sealed class ExtendingExampleTests
{
    private static readonly string Doc = RepositoryFiles.Read("docs/extending.md");

    public static IEnumerable<object[]> Regions() => [["rule"], ["use"], ["test"]];

    [Theory]
    [MemberData(nameof(Regions))]
    public void Extending_CodeBlock_IsTheCodeOfThisFile(string name)
    {
        int at = Doc.IndexOf("<!-- code: " + name + " -->", StringComparison.Ordinal);
        Assert.True(at >= 0, "marker " + name);
        int start = Doc.IndexOf("```csharp\n", at, StringComparison.Ordinal) + "```csharp\n".Length;
        string block = Doc[start..Doc.IndexOf("```", start, StringComparison.Ordinal)];

        string source = RepositoryFiles.Read("tests/Cchc.Scoring.Tests/Docs/ExtendingExampleTests.cs");
        string begin = "// EXTENDING-BEGIN " + name + "\n";
        int from = source.IndexOf(begin, StringComparison.Ordinal) + begin.Length;
        int to = source.IndexOf("// EXTENDING-END " + name, from, StringComparison.Ordinal);
        string[] lines = source[from..to].TrimEnd(' ').Split('\n');
        int indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        string code = string.Join('\n', lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()));
        Assert.Equal(block.TrimEnd(), code.TrimEnd().Replace("Out.WriteLine", "Console.WriteLine", StringComparison.Ordinal));
    }

    private static string JsonBlock(string marker)
    {
        int at = Doc.IndexOf("<!-- example: " + marker + " -->", StringComparison.Ordinal);
        Assert.True(at >= 0, "marker " + marker);
        int start = Doc.IndexOf("```json\n", at, StringComparison.Ordinal) + "```json\n".Length;
        return Doc[start..Doc.IndexOf("```", start, StringComparison.Ordinal)];
    }

    [Fact]
    public void Extending_UseExample_Runs_AndPrintsTheDocumentedExplanation()
    {
        using var Out = new StringWriter();
        string frameworkJson = JsonBlock("tolerance-framework");
        string submissionsJson = JsonBlock("tolerance-submissions");
        // EXTENDING-BEGIN use
        var registry = RuleRegistry.Default.With(ToleranceRule.Factory);
        var framework = FrameworkJson.Read(frameworkJson, registry, "tolerance-framework.json").GetValueOrThrow();
        var submissions = SubmissionJson.Read(submissionsJson, framework).GetValueOrThrow();
        var result = Scorer.Score(framework, submissions, new ScoringRequest(ReportingPeriod.ForYear(2025)));
        foreach (var score in result.Find("VP")!.Indicators)
        {
            Out.WriteLine(score.Indicator.Code + ": " + score.Points + " — " + score.Explanation);
        }
        // EXTENDING-END use

        // The doc shows the output: 87 % misses 90 by 3 ≤ 5 → 0.5 × 10 = 5 points.
        int at = Doc.IndexOf("<!-- output: use -->", StringComparison.Ordinal);
        int start = Doc.IndexOf("```\n", at, StringComparison.Ordinal) + "```\n".Length;
        string expected = Doc[start..Doc.IndexOf("```", start, StringComparison.Ordinal)];
        Assert.Equal(expected, Out.ToString());
    }

    [Fact]
    public void Extending_TestExample_Runs()
    {
        // EXTENDING-BEGIN test
        var rule = new ToleranceRule(tolerance: 5, share: 0.5m);

        // 87 misses ≥ 90 by 3, within the tolerance of 5: half of 10 points.
        var near = new RuleInput(Measurement.Percentage(87), 87, 90, Comparison.AtLeast, null, 10);
        Assert.Equal(5m, rule.Evaluate(near));

        // 80 misses it by 10: nothing.
        var far = new RuleInput(Measurement.Percentage(80), 80, 90, Comparison.AtLeast, null, 10);
        Assert.Equal(0m, rule.Evaluate(far));

        // Bad parameters are problems with their path, reported when the framework loads.
        var problems = FrameworkJson.Read(
            TestData.OneIndicatorJson("""{ "kind": "tolerance", "tolerance": 0, "share": 2 }"""),
            RuleRegistry.Default.With(ToleranceRule.Factory)).Problems;
        Assert.Equal(
            ["$.areas[0].indicators[0].rule.tolerance", "$.areas[0].indicators[0].rule.share"],
            problems.Select(p => p.Path));
        // EXTENDING-END test
    }

    [Fact]
    public void Extending_FrameworkExample_IsCanonical()
    {
        string text = JsonBlock("tolerance-framework");
        var registry = RuleRegistry.Default.With(ToleranceRule.Factory);
        Assert.Equal(text, FrameworkJson.Write(FrameworkJson.Read(text, registry).GetValueOrThrow()));
    }

    [Fact]
    public void Extending_DocMentionsEveryRegion_AndNoStrayCode()
    {
        Assert.Equal(3, Regex.Matches(Doc, "```csharp\n").Count);
    }
}
