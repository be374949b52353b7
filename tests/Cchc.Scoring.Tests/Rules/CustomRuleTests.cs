using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Cchc.Scoring;
using Cchc.Scoring.Rules;
using Cchc.Scoring.Serialization;
using Cchc.Scoring.Tests.Docs;
using Xunit;
using static Cchc.Scoring.Tests.TestData;

namespace Cchc.Scoring.Tests.Rules;

/// <summary>Registering custom rules, and each way it can go wrong.</summary>
public sealed class CustomRuleTests
{
    private const string RulePath = "$.areas[0].indicators[0].rule";

    [Fact]
    public void With_AddsTheKind_AndLeavesDefaultAsItWas()
    {
        var registry = RuleRegistry.Default.With(ToleranceRule.Factory);
        Assert.Contains("tolerance", registry.Kinds);
        Assert.DoesNotContain("tolerance", RuleRegistry.Default.Kinds);
        Assert.Same(ToleranceRule.Factory, registry.Find("tolerance"));
    }

    [Fact]
    public void With_DuplicateKind_Throws()
    {
        var registry = RuleRegistry.Default.With(ToleranceRule.Factory);
        var ex = Assert.Throws<ArgumentException>(() => registry.With(ToleranceRule.Factory));
        Assert.Contains("'tolerance' is already registered", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => RuleRegistry.Default.With(new FixedFactory("steps", 1)));
    }

    [Fact]
    public void With_EmptyKind_Throws()
    {
        Assert.Throws<ArgumentException>(() => RuleRegistry.Default.With(new FixedFactory(" ", 1)));
        Assert.Throws<ArgumentNullException>(() => RuleRegistry.Default.With(null!));
    }

    [Fact]
    public void Read_UnregisteredCustomKind_ListsTheKnownKinds_IncludingCustomOnes()
    {
        var registry = RuleRegistry.Default.With(ToleranceRule.Factory);
        var problem = Assert.Single(FrameworkJson.Read(OneIndicatorJson("""{ "kind": "bonus" }"""), registry).Problems);
        Assert.Equal(ProblemCodes.UnknownRule, problem.Code);
        Assert.Equal(RulePath + ".kind", problem.Path);
        Assert.Contains("the known kinds are goalposts, piecewise, proportional, steps, threshold, tolerance, tracked, yesNo.", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FactoryReportsParameterProblems_WithPaths()
    {
        var registry = RuleRegistry.Default.With(ToleranceRule.Factory);
        var problems = FrameworkJson.Read(OneIndicatorJson("""{ "kind": "tolerance", "share": "half", "extra": 1 }"""), registry).Problems;
        Assert.Equal(
            [(RulePath, "The rule needs the parameter 'tolerance'."), (RulePath + ".share", "'share' must be a number."), (RulePath + ".extra", "Unknown parameter 'extra' for this rule.")],
            problems.Select(p => (p.Path, p.Message)));
        Assert.All(problems, p => Assert.Equal(ProblemCodes.InvalidRuleParameter, p.Code));
    }

    [Fact]
    public void Read_RuleCheckProblem_IsLocatedAtTheRule()
    {
        var registry = RuleRegistry.Default.With(ToleranceRule.Factory);
        var problem = Assert.Single(FrameworkJson.Read(OneIndicatorJson("""{ "kind": "tolerance", "tolerance": 1, "share": 0.5 }""", "yesNo", """{ "comparison": "=", "value": 1 }"""), registry).Problems);
        Assert.Equal(ProblemCodes.RuleMismatch, problem.Code);
        Assert.Equal(RulePath, problem.Path);
    }

    [Fact]
    public void Read_FactoryReturningNullSilently_IsStillAProblem()
    {
        var registry = RuleRegistry.Default.With(new FixedFactory("nothing", null));
        var problem = Assert.Single(FrameworkJson.Read(OneIndicatorJson("""{ "kind": "nothing" }"""), registry).Problems);
        Assert.Equal(ProblemCodes.InvalidRuleParameter, problem.Code);
        Assert.Contains("could not be created", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(25, 10, "clamped to [0, 10] = 10")] // 25 points on a 10-point indicator: clamped to 10
    [InlineData(-3, 0, "clamped to [0, 10] = 0")] // negative points: clamped to 0
    public void Score_PointsOutOfRange_AreClampedByTheScorer_AndExplained(decimal given, decimal expected, string explained)
    {
        var registry = RuleRegistry.Default.With(new FixedFactory("fixed", given));
        var framework = FrameworkJson.Read(OneIndicatorJson("""{ "kind": "fixed" }"""), registry).GetValueOrThrow();
        var set = Set(Submission("VP", "2025", "I1", Measurement.Ratio(1, 2)));
        var score = Scorer.Score(framework, set, new ScoringRequest(ReportingPeriod.ForYear(2025))).Find("VP")!.Indicators.Single();
        Assert.Equal(expected, score.Points);
        Assert.Contains(explained, score.Explanation, StringComparison.Ordinal);
    }

    /// <summary>A rule that gives a fixed number of points, whatever they are; null makes the factory fail silently.</summary>
    private sealed class FixedFactory(string kind, decimal? points) : IRuleFactory
    {
        public string Kind => kind;

        public IScoringRule? Create(RuleParameters parameters) => points is decimal p ? new FixedRule(kind, p) : null;
    }

    private sealed class FixedRule(string kind, decimal points) : IScoringRule
    {
        public string Kind => kind;

        public decimal Evaluate(in RuleInput input) => points;

        public string Explain(in RuleInput input) => "fixed " + points.ToString(System.Globalization.CultureInfo.InvariantCulture);

        public IEnumerable<Problem> Check(RuleSetting setting) => [];

        public void WriteParameters(Utf8JsonWriter writer)
        {
        }
    }
}
