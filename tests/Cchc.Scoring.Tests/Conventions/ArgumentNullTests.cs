using System;
using Cchc.Scoring;
using Cchc.Scoring.Rules;
using Cchc.Scoring.Serialization;
using Xunit;
using static Cchc.Scoring.Tests.TestData;

namespace Cchc.Scoring.Tests.Conventions;

/// <summary>Programming errors (null arguments) throw <see cref="ArgumentNullException"/> naming the parameter.</summary>
public class ArgumentNullTests
{
    private static readonly Framework Small = Framework(Area("A1", Indicator("I1", MeasureKind.Ratio, new Target(Comparison.AtLeast, 90), ThresholdRule.Instance, 10)));
    private static readonly ScoringRequest Request = new(Period("2025"));

    private static void Throws(string parameter, Action action) =>
        Assert.Equal(parameter, Assert.Throws<ArgumentNullException>(action).ParamName);

    [Fact]
    public void Scorer_Score()
    {
        Throws("framework", () => Scorer.Score(null!, SubmissionSet.Empty, Request));
        Throws("submissions", () => Scorer.Score(Small, null!, Request));
        Throws("request", () => Scorer.Score(Small, SubmissionSet.Empty, null!));
    }

    [Fact]
    public void FrameworkJson_ReadWrite()
    {
        Throws("json", () => FrameworkJson.Read(null!));
        Throws("framework", () => FrameworkJson.Write(null!));
    }

    [Fact]
    public void SubmissionJson_ReadWrite()
    {
        Throws("json", () => SubmissionJson.Read(null!, Small));
        Throws("framework", () => SubmissionJson.Read("{}", null!));
        Throws("submissions", () => SubmissionJson.Write(null!));
    }

    [Fact]
    public void ScorecardJson_Write()
    {
        Throws("result", () => ScorecardJson.Write(null!));
    }

    [Fact]
    public void Queries()
    {
        Throws("code", () => Small.FindIndicator(null!));
        Throws("unitId", () => SubmissionSet.Empty.Select(null!, Period("2025"), "I1"));
        Throws("indicatorCode", () => SubmissionSet.Empty.Revisions("VP", Period("2025"), null!));
        Throws("submissions", () => Small.Validate((SubmissionSet)null!));
        Throws("units", () => UnitHierarchy.Create(null!));
        Throws("id", () => UnitHierarchy.Empty.Find(null!));
        Throws("id", () => UnitHierarchy.Empty.ChildrenOf(null!));
        Throws("unitId", () => Scorer.Score(Small, SubmissionSet.Empty, Request).Find(null!));
        Throws("text", () => ReportingPeriod.Parse(null!));
        Throws("factory", () => RuleRegistry.Default.With(null!));
        Throws("kind", () => RuleRegistry.Default.Find(null!));
        Throws("id", () => BuiltInFrameworks.TryGet(null!, out _));
        Throws("indicator", () => Small.UnitRollUpOf(null!));
        Throws("indicator", () => Small.AppliesTo(null!, "division"));
        Throws("scorecards", () => Cchc.Scoring.Ranking.Rank(null!));
        Throws("scorecards", () => Cchc.Scoring.Ranking.Rank([null!]));
        Throws("scorecard", () => Cchc.Scoring.Improvement.For(null!));
    }

    [Fact]
    public void TimeEntryPoints()
    {
        var indicator = Small.FindIndicator("I1")!;
        Throws("framework", () => Cchc.Scoring.PeriodRollUp.Find(null!, SubmissionSet.Empty, "VP", indicator, Period("2025")));
        Throws("submissions", () => Cchc.Scoring.PeriodRollUp.Find(Small, null!, "VP", indicator, Period("2025")));
        Throws("unitId", () => Cchc.Scoring.PeriodRollUp.Find(Small, SubmissionSet.Empty, null!, indicator, Period("2025")));
        Throws("indicator", () => Cchc.Scoring.PeriodRollUp.Find(Small, SubmissionSet.Empty, "VP", null!, Period("2025")));
        Throws("framework", () => Cchc.Scoring.Trajectories.Compute(null!, SubmissionSet.Empty, "VP"));
        Throws("submissions", () => Cchc.Scoring.Trajectories.Compute(Small, null!, "VP"));
        Throws("unitId", () => Cchc.Scoring.Trajectories.Compute(Small, SubmissionSet.Empty, null!));
        Throws("codes", () => Cchc.Scoring.Trajectories.Compute(Small, SubmissionSet.Empty, "VP").ForIndicators(null!));
        Throws("reports", () => TrajectoryJson.Write(null!));
        Throws("reports", () => TrajectoryJson.Write([null!]));
        Throws("unitId", () => SubmissionSet.Empty.History(null!, "I1"));
        Throws("indicatorCode", () => SubmissionSet.Empty.History("VP", null!));
    }

    [Fact]
    public void Constructors()
    {
        Throws("vi", () => new LocalizedText(null!, "x"));
        Throws("en", () => new LocalizedText("x", null!));
        Throws("submissions", () => new SubmissionSet(null!));
        Throws("submissions", () => new SubmissionSet([null!]));
        Throws("unitId", () => new Submission(null!, Period("2025"), "I1", Measurement.Quantity(1), Recorded));
        Throws("indicatorCode", () => new Submission("VP", Period("2025"), null!, Measurement.Quantity(1), Recorded));
        Throws("name", () => new Unit("VP", null!, "office"));
        Throws("kind", () => new Unit("VP", Text("VP"), null!));
        Throws("indicators", () => new Area("A1", Text("A1"), null!));
        Throws("rule", () => new Indicator("I1", Text("I1"), MeasureKind.Ratio, "%", new Target(Comparison.AtLeast, 1), null!, 1));
        Throws("target", () => new Indicator("I1", Text("I1"), MeasureKind.Ratio, "%", null!, ThresholdRule.Instance, 1));
        Throws("steps", () => new StepsRule(null!));
        Throws("unitId", () => new Adjustment(null!, Period("2025"), 1, "r", Recorded));
        Throws("reason", () => new Adjustment("VP", Period("2025"), 1, null!, Recorded));
        Throws("adjustments", () => new SubmissionSet([], null, [null!]));
        Throws("notApplicableTo", () => new Area("A1", Text("A1"), [], [null!]));
        Throws("options", () => new Indicator("I1", Text("I1"), MeasureKind.Ratio, "%", new Target(Comparison.AtLeast, 1), ThresholdRule.Instance, 1, new IndicatorOptions { NotApplicableTo = [null!] }));
        Throws("code", () => new Cchc.Scoring.Problem(null!, "m"));
        Throws("problems", () => new Cchc.Scoring.ValidationResult<Framework>(null, null!));
    }
}
