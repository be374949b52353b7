using System.Linq;
using Cchc.Scoring;
using Cchc.Scoring.Rules;
using Xunit;
using static Cchc.Scoring.Tests.Aggregation.AggregationData;
using static Cchc.Scoring.Tests.TestData;

namespace Cchc.Scoring.Tests.Aggregation;

public class RankingTests
{
    /// <summary>One percentage indicator, ≥ 100, proportional, 100 points: the points equal the value.</summary>
    internal static readonly Indicator Pct = new("V", Text("V"), MeasureKind.Percentage, "%", new Target(Comparison.AtLeast, 100), ProportionalRule.Instance, 100);

    internal static ScoringResult ScoreValues(RoundingPolicy rounding, params (string Unit, string Kind, decimal Value)[] units)
    {
        var hierarchy = Hierarchy(units.Select(u => new Cchc.Scoring.Unit(u.Unit, Text(u.Unit), u.Kind)).ToArray());
        var set = new SubmissionSet(units.Select(u => Submission(u.Unit, "2025", "V", Measurement.Percentage(u.Value))), hierarchy);
        return Scorer.Score(Framework([Pct], rounding: rounding), set, new ScoringRequest(Period("2025")));
    }

    private static readonly RoundingPolicy AtIndex = new(2, RoundingMode.HalfAwayFromZero, RoundingLevel.Index);

    [Fact]
    public void EqualIndices_ShareARank_OneTwoTwoFour()
    {
        // Indices 95, 80, 80, 70: ranks 1, 2, 2, 4; the tie lists by unit id (B before C).
        var result = ScoreValues(AtIndex, ("A", "x", 95), ("C", "x", 80), ("B", "x", 80), ("D", "x", 70));
        var ranking = Ranking.Rank(result.Scorecards);
        Assert.Equal(["A", "B", "C", "D"], ranking.Select(r => r.Scorecard.UnitId));
        Assert.Equal([1, 2, 2, 4], ranking.Select(r => r.Rank!.Value));
    }

    [Fact]
    public void Ties_AreComparedAfterTheDeclaredRounding()
    {
        // Points stay exact until the index, rounded to 2 decimals half away from zero:
        // 89.444 → 89.44, 89.4449 → 89.44 (a tie), 89.445 → 89.45 (ahead), 50 → 50.
        var result = ScoreValues(AtIndex, ("U1", "x", 89.444m), ("U2", "x", 89.4449m), ("U3", "x", 89.445m), ("U4", "x", 50));
        var ranking = Ranking.Rank(result.Scorecards);
        Assert.Equal(["U3", "U1", "U2", "U4"], ranking.Select(r => r.Scorecard.UnitId));
        Assert.Equal([1, 2, 2, 4], ranking.Select(r => r.Rank!.Value));
        Assert.Equal([89.45m, 89.44m, 89.44m, 50m], ranking.Select(r => r.Index!.Value));

        // Truncation turns 89.445 into 89.44: now three share rank 1.
        var truncated = Ranking.Rank(ScoreValues(new RoundingPolicy(2, RoundingMode.Truncate, RoundingLevel.Index), ("U1", "x", 89.444m), ("U2", "x", 89.4449m), ("U3", "x", 89.445m)).Scorecards);
        Assert.Equal([1, 1, 1], truncated.Select(r => r.Rank!.Value));
        Assert.Equal(["U1", "U2", "U3"], truncated.Select(r => r.Scorecard.UnitId));
    }

    [Fact]
    public void GroupByKind_RanksWithinEachKind()
    {
        var result = ScoreValues(AtIndex, ("A", "division", 70), ("B", "division", 90), ("C", "subordinate", 60), ("D", "subordinate", 60));
        var ranking = Ranking.Rank(result.Scorecards, Ranking.ByKind);
        Assert.Equal(["division", "division", "subordinate", "subordinate"], ranking.Select(r => r.Group));
        Assert.Equal(["B", "A", "C", "D"], ranking.Select(r => r.Scorecard.UnitId));
        Assert.Equal([1, 2, 1, 1], ranking.Select(r => r.Rank!.Value));
    }

    [Fact]
    public void NoIndex_Unranked_Last()
    {
        var hierarchy = Hierarchy(new Cchc.Scoring.Unit("A", Text("A"), "x"), new Cchc.Scoring.Unit("B", Text("B"), "x"));
        var set = new SubmissionSet([Submission("A", "2025", "V", Measurement.NotApplicable(MeasureKind.Percentage)), Submission("B", "2025", "V", Measurement.Percentage(10))], hierarchy);
        var ranking = Ranking.Rank(Scorer.Score(Framework([Pct]), set, new ScoringRequest(Period("2025"))).Scorecards);
        Assert.Equal(["B", "A"], ranking.Select(r => r.Scorecard.UnitId));
        Assert.Equal(1, ranking[0].Rank);
        Assert.Null(ranking[1].Rank);
    }

    [Theory]
    [InlineData(90, "A")] // min inclusive
    [InlineData(89.99, "B")]
    [InlineData(80, "B")]
    [InlineData(79.99, "C")]
    [InlineData(0, "C")]
    [InlineData(100, "A")]
    public void Bands_MinIsInclusive(decimal index, string band)
    {
        Assert.Equal(band, Framework([Pct]).Classify(index)!.Code);
    }

    [Fact]
    public void Bands_ClassifyThePublishedIndex()
    {
        // 89.995 rounds half away from zero to 90.00 → A; truncated it is 89.99 → B.
        Assert.Equal("A", ScoreValues(AtIndex, ("U", "x", 89.995m)).Find("U")!.Class!.Code);
        Assert.Equal("B", ScoreValues(new RoundingPolicy(2, RoundingMode.Truncate, RoundingLevel.Index), ("U", "x", 89.995m)).Find("U")!.Class!.Code);
    }

    [Fact]
    public void Bands_BelowEveryBand_NoClass()
    {
        var bands = new[] { new ClassBand("tot", Text("tot"), 90), new ClassBand("kha", Text("kha"), 80) };
        var framework = new Framework("f", "1", Text("f"), new NodaTime.DateInterval(Date("2021-01-01"), Date("2025-12-31")), Cchc.Scoring.ReportingCalendar.Calendar, RoundingPolicy.Default, 100, bands, [Area("X", Pct)]);
        Assert.Null(framework.Classify(79.99m));
        Assert.Equal("kha", framework.Classify(80)!.Code);
    }
}
