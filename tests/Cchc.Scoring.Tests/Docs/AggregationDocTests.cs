using System;
using System.Linq;
using Cchc.Scoring;
using Cchc.Scoring.Serialization;
using Xunit;

namespace Cchc.Scoring.Tests.Docs;

/// <summary>docs/aggregation.md: its example loads, round-trips and scores exactly as the page says.</summary>
public sealed class AggregationDocTests
{
    private static readonly string Doc = RepositoryFiles.Read("docs/aggregation.md");

    private static string Block(string marker, string fence)
    {
        int at = Doc.IndexOf("<!-- " + marker + " -->", StringComparison.Ordinal);
        Assert.True(at >= 0, "marker '" + marker + "' not found");
        int start = Doc.IndexOf(fence + "\n", at, StringComparison.Ordinal) + fence.Length + 1;
        int end = Doc.IndexOf("```", start, StringComparison.Ordinal);
        return Doc[start..end];
    }

    private static (Framework Framework, SubmissionSet Set) Example()
    {
        string frameworkText = Block("example: aggregation framework", "```json");
        var framework = FrameworkJson.Read(frameworkText);
        Assert.Empty(framework.Problems);
        Assert.Equal(frameworkText, FrameworkJson.Write(framework.Value!));
        string submissionsText = Block("example: aggregation submissions", "```json");
        var set = SubmissionJson.Read(submissionsText, framework.Value!);
        Assert.Empty(set.Problems);
        Assert.Equal(submissionsText, SubmissionJson.Write(set.Value!, framework.Value!.Id));
        return (framework.Value!, set.Value!);
    }

    private static ScoringResult Score(bool rollUp)
    {
        var (framework, set) = Example();
        return Scorer.Score(framework, set, new ScoringRequest(ReportingPeriod.ForYear(2025), rollUpUnits: rollUp));
    }

    private static decimal[] Points(Scorecard card) => card.Indicators.Select(s => s.Points).ToArray();

    [Fact]
    public void Example_ScoresAsTheTableSays()
    {
        var result = Score(rollUp: true);
        var p = result.Find("P")!;
        Assert.True(p.IsRollUp);
        Assert.Equal([1m, 4.56m, 10m], Points(p));
        Assert.Equal((2m, 17.56m, 30m, 58.53m, "C"), (p.Bonus, p.Points, p.MaxPoints, p.Index!.Value, p.Class!.Code));

        var a = result.Find("A")!;
        Assert.Equal([8.5m, 9m, 10m], Points(a));
        Assert.Equal((9m, 10m, -1.5m), (a.Indicators.First().ComputedPoints, a.Indicators.First().SelfAssessedPoints!.Value, a.Indicators.First().SelfAssessmentDifference!.Value));
        Assert.Equal((27.5m, 91.67m, "A"), (a.Points, a.Index!.Value, a.Class!.Code));

        var b = result.Find("B")!;
        Assert.Equal([0.11m, 0.11m, 10m], Points(b));
        Assert.Equal((1m, 9.22m, 30.73m, "C"), (b.Deduction, b.Points, b.Index!.Value, b.Class!.Code));

        var o = result.Find("O")!;
        Assert.Equal([IndicatorStatus.NotApplicable, IndicatorStatus.NotApplicable, IndicatorStatus.Met], o.Indicators.Select(s => s.Status));
        Assert.Equal((10m, 10m, 100m, "A"), (o.Points, o.MaxPoints, o.Index!.Value, o.Class!.Code));

        Assert.Equal(ProblemCodes.AdjustmentCapped, Assert.Single(result.Problems).Code);
    }

    [Fact]
    public void Example_WithoutRollUp_ParentScoresItsOwn()
    {
        var p = Score(rollUp: false).Find("P")!;
        Assert.False(p.IsRollUp);
        Assert.Equal((12m, 40m), (p.Points, p.Index!.Value));
    }

    [Fact]
    public void Example_Ranks()
    {
        var result = Score(rollUp: true);
        var all = Ranking.Rank(result.Scorecards);
        Assert.Equal(["O", "A", "P", "B"], all.Select(r => r.Scorecard.UnitId));
        Assert.Equal([1, 2, 3, 4], all.Select(r => r.Rank!.Value));
        var byKind = Ranking.Rank(result.Scorecards, Ranking.ByKind);
        Assert.Equal([("department", "P", 1), ("division", "A", 1), ("division", "B", 2), ("office", "O", 1)], byKind.Select(r => (r.Group, r.Scorecard.UnitId, r.Rank!.Value)));
    }

    [Fact]
    public void Example_TracesRenderAsShown()
    {
        var trace = Score(rollUp: true).Find("P")!.Indicators.First().Trace;
        Assert.Equal(Block("trace: P R1 en", "```text"), trace.Render(Language.En));
        Assert.Equal(Block("trace: P R1 vi", "```text"), trace.Render(Language.Vi));
    }

    [Fact]
    public void Example_WhereToImprove()
    {
        var items = Improvement.For(Score(rollUp: true).Find("B")!);
        Assert.Equal([("R1", 9.89m), ("R2", 9.89m)], items.Select(i => (i.Score.Indicator.Code, i.PointsAvailable)));
    }
}
