using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Cchc.Scoring;
using Cchc.Scoring.Rules;
using Cchc.Scoring.Serialization;
using Xunit;

namespace Cchc.Scoring.Tests.Docs;

/// <summary>The examples of docs/formats.md and docs/rules.md are real: they load, round-trip and score as the text says.</summary>
public sealed class DocsExamplesTests
{
    private static string JsonBlockAfter(string markdown, string marker)
    {
        int at = markdown.IndexOf("<!-- example: " + marker, StringComparison.Ordinal);
        Assert.True(at >= 0, "marker '" + marker + "' not found");
        int start = markdown.IndexOf("```json\n", at, StringComparison.Ordinal) + "```json\n".Length;
        int end = markdown.IndexOf("```", start, StringComparison.Ordinal);
        return markdown[start..end];
    }

    [Fact]
    public void Formats_FrameworkExample_LoadsWithoutProblems_AndIsCanonical()
    {
        string text = JsonBlockAfter(RepositoryFiles.Read("docs/formats.md"), "framework");
        var result = FrameworkJson.Read(text);
        Assert.Empty(result.Problems);
        Assert.Equal(text, FrameworkJson.Write(result.Value!));
    }

    [Fact]
    public void Formats_SubmissionsExample_LoadsRoundTripsAndScoresAsDocumented()
    {
        string doc = RepositoryFiles.Read("docs/formats.md");
        var framework = FrameworkJson.Read(JsonBlockAfter(doc, "framework")).Value!;
        string text = JsonBlockAfter(doc, "submissions");
        var read = SubmissionJson.Read(text, framework);
        Assert.Empty(read.Problems);
        Assert.Equal(text, SubmissionJson.Write(read.Value!, "example-framework"));

        var result = Scorer.Score(framework, read.Value!, new ScoringRequest(ReportingPeriod.ForYear(2025)));
        var vp = result.Find("VP")!;
        var t02 = vp.Indicators.Single(s => s.Indicator.Code == "T02");

        // The correction recorded later wins: 905 ÷ (1005 − 5) × 100 = 90.5 ≥ 90 → 10 points.
        Assert.Equal(90.5m, t02.Value);
        Assert.Equal(10m, t02.Points);
        Assert.Contains("905 ÷ (1005 − 5) × 100 = 90.5 %", t02.Explanation, StringComparison.Ordinal);

        // As of 2026-01-15 only the first revision was known: 875 ÷ 1000 × 100 = 87.5 → 87.5 × 10 ÷ 90 = 9.7222… → 9.72.
        var asOf = NodaTime.Text.InstantPattern.ExtendedIso.Parse("2026-01-15T00:00:00Z").Value;
        var earlier = Scorer.Score(framework, read.Value!, new ScoringRequest(ReportingPeriod.ForYear(2025), asOf)).Find("VP")!;
        Assert.Equal(9.72m, earlier.Indicators.Single(s => s.Indicator.Code == "T02").Points);

        // T07: 18.5 minutes against ≤ 15 with goalposts from 60: (60 − 18.5) ÷ (60 − 15) × 10 = 41.5 ÷ 45 × 10 = 9.2222… → 9.22.
        Assert.Equal(9.22m, vp.Indicators.Single(s => s.Indicator.Code == "T07").Points);

        // T10 is declared not applicable for VP: VP's maximum is 20, its index (10 + 9.22) ÷ 20 × 100 = 96.1.
        Assert.Equal(IndicatorStatus.NotApplicable, vp.Indicators.Single(s => s.Indicator.Code == "T10").Status);
        Assert.Equal(20m, vp.MaxPoints);
        Assert.Equal(96.1m, vp.Index);

        // SO: 10 units in 2021 → target 10 × (1 − 10 ÷ 100) = 9; 9 units in 2025 meets it → 10 of 10 points.
        var so = result.Find("SO")!;
        var t10 = so.Indicators.Single(s => s.Indicator.Code == "T10");
        Assert.Equal(9m, t10.Target);
        Assert.Equal(IndicatorStatus.Met, t10.Status);
        Assert.Equal(10m, t10.Points);
    }

    public static IEnumerable<object[]> RuleExamples()
    {
        string doc = RepositoryFiles.Read("docs/rules.md");
        var markers = Regex.Matches(doc, "<!-- rule-examples: (?<spec>[^>]+) -->\\n(?<table>(\\|[^\\n]*\\n)+)");
        Assert.NotEmpty(markers);
        foreach (Match m in markers)
        {
            string spec = m.Groups["spec"].Value.Trim();
            foreach (string row in m.Groups["table"].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2))
            {
                var cells = row.Trim('|').Split('|').Select(c => c.Trim()).ToArray();
                yield return [spec, cells[0], cells[1], cells[2], cells[3], cells[4]];
            }
        }
    }

    [Theory]
    [MemberData(nameof(RuleExamples))]
    public void Rules_DocumentedExample_HoldsExactly(string spec, string comparison, string x, string t, string max, string points)
    {
        Assert.True(ComparisonExtensions.TryParse(comparison, out var c));
        var rule = RuleFromSpec(spec);
        decimal value = decimal.Parse(x, CultureInfo.InvariantCulture);
        var input = new RuleInput(Measurement.Quantity(value), value, decimal.Parse(t, CultureInfo.InvariantCulture), c, null, decimal.Parse(max, CultureInfo.InvariantCulture));
        Assert.Equal(decimal.Parse(points, CultureInfo.InvariantCulture), rule.Evaluate(input));
    }

    private static IScoringRule RuleFromSpec(string spec)
    {
        string[] parts = spec.Split(' ', 2);
        string arg = parts.Length > 1 ? parts[1] : string.Empty;
        return parts[0] switch
        {
            "threshold" => ThresholdRule.Instance,
            "proportional" => ProportionalRule.Instance,
            "goalposts" => new GoalpostsRule(decimal.Parse(arg["floor=".Length..], CultureInfo.InvariantCulture)),
            "steps" => new StepsRule(arg.Split(',').Select(s => s.Split(':')).Select(p => new Breakpoint(decimal.Parse(p[0], CultureInfo.InvariantCulture), decimal.Parse(p[1], CultureInfo.InvariantCulture)))),
            "piecewise" => new PiecewiseRule(
                arg.StartsWith("step ", StringComparison.Ordinal) ? Interpolation.Step : Interpolation.Linear,
                arg.Split(' ')[1].Split(',').Select(s => s.Split(':')).Select(p => new Breakpoint(decimal.Parse(p[0], CultureInfo.InvariantCulture), decimal.Parse(p[1], CultureInfo.InvariantCulture)))),
            _ => throw new ArgumentException("unknown rule in docs: " + spec),
        };
    }
}
