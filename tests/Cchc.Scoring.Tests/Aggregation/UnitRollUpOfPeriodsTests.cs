using System.Linq;
using Cchc.Scoring;
using Xunit;
using static Cchc.Scoring.Tests.Aggregation.AggregationData;
using static Cchc.Scoring.Tests.TestData;

namespace Cchc.Scoring.Tests.Aggregation;

/// <summary>
/// A parent scored for a year from units that report by quarter or half-year: each unit contributes its figure for the
/// year as the period roll-up resolves it (docs/periods.md, docs/aggregation.md), never only a whole-year submission.
/// </summary>
public class UnitRollUpOfPeriodsTests
{
    [Fact]
    public void Quarterly_Units_PoolTheirQuartersIntoTheYear_ThenIntoTheParent()
    {
        // A: quarters 9/10, 8/10, 7/10, 6/10 → year 30/40. B: quarters 1/10 each → year 4/40.
        // P pooled: (30 + 4) ÷ (40 + 40) × 100 = 42.5 %; proportional ≥ 100 with 100 points → 42.5 points.
        var set = new SubmissionSet(
            Quarters("A", 9, 8, 7, 6).Concat(Quarters("B", 1, 1, 1, 1)),
            DeptAB);
        var result = Score(Framework([Ratio()]), set);
        var score = Find(result, "P", "R");
        Assert.Equal(42.5m, score.Value);
        Assert.Equal(42.5m, score.Points);
        Assert.Equal(IndicatorStatus.NotMet, score.Status);
        Assert.Equal(Measurement.Ratio(34, 80), score.Trace.Figure);
        Assert.Equal(["A", "B"], score.Trace.RollUp!.Parts.Select(p => p.UnitId));
        Assert.Equal(Measurement.Ratio(30, 40), score.Trace.RollUp.Parts[0].Figure);
        Assert.Equal(8, score.Trace.Sources.Count); // every quarter of both units
        Assert.DoesNotContain(result.Problems, p => p.Code == ProblemCodes.RollUpIncomplete);
    }

    [Fact]
    public void HalfYearly_Units_PoolTheirHalvesIntoTheYear()
    {
        // A: H1 5/10, H2 5/10 → 10/20. B: H1 0/10, H2 10/10 → 10/20. P: 20 ÷ 40 × 100 = 50 % → 50 points.
        var set = new SubmissionSet(
            [
                Submission("A", "2025-H1", "R", Measurement.Ratio(5, 10)),
                Submission("A", "2025-H2", "R", Measurement.Ratio(5, 10)),
                Submission("B", "2025-H1", "R", Measurement.Ratio(0, 10)),
                Submission("B", "2025-H2", "R", Measurement.Ratio(10, 10)),
            ],
            DeptAB);
        var score = Find(Score(Framework([Ratio()]), set), "P", "R");
        Assert.Equal(50m, score.Value);
        Assert.Equal(50m, score.Points);
    }

    [Fact]
    public void Mixed_OneUnitByYear_OneByQuarter()
    {
        // A reports the year: 9/10. B reports quarters: 1/10 + 2/10 + 3/10 + 4/10 = 10/40.
        // P pooled: (9 + 10) ÷ (10 + 40) × 100 = 38 % → 38 points.
        var set = new SubmissionSet(
            new[] { Submission("A", "2025", "R", Measurement.Ratio(9, 10)) }.Concat(Quarters("B", 1, 2, 3, 4)),
            DeptAB);
        var result = Score(Framework([Ratio()]), set);
        var score = Find(result, "P", "R");
        Assert.Equal(38m, score.Value);
        Assert.Equal(38m, score.Points);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Mean_OfUnitsThatReportQuarterly()
    {
        // A: year 30/40 = 75 %. B: year 4/40 = 10 %. Mean: (75 + 10) ÷ 2 = 42.5 % → 42.5 points.
        var set = new SubmissionSet(Quarters("A", 9, 8, 7, 6).Concat(Quarters("B", 1, 1, 1, 1)), DeptAB);
        var score = Find(Score(Framework([Ratio(rollUp: UnitRollUpMethod.Mean)]), set), "P", "R");
        Assert.Equal(42.5m, score.Points);
    }

    [Fact]
    public void UnitsOfUnits_RollUpRecursively_FromQuarters()
    {
        // G has P; P has A and B, which report quarterly. G's figure is P's: (30 + 4) ÷ 80 × 100 = 42.5 %.
        var units = Hierarchy(
            new Unit("G", new LocalizedText("G", "G"), "department"),
            new Unit("P", new LocalizedText("P", "P"), "division", "G"),
            new Unit("A", new LocalizedText("A", "A"), "unit", "P"),
            new Unit("B", new LocalizedText("B", "B"), "unit", "P"));
        var set = new SubmissionSet(Quarters("A", 9, 8, 7, 6).Concat(Quarters("B", 1, 1, 1, 1)), units);
        var result = Score(Framework([Ratio()]), set);
        Assert.Equal(42.5m, Find(result, "G", "R").Points);
        Assert.True(Find(result, "G", "R").Trace.RollUp!.Parts.Single().IsRollUp);
    }

    [Fact]
    public void QuarterlyUnit_MissingAQuarter_StillContributesWhatItHas()
    {
        // A: Q1 and Q2 only, 5/10 each → 10/20 = 50 %. B: year 10/20 = 50 %. P pooled: 20 ÷ 40 = 50 %.
        var set = new SubmissionSet(
            [
                Submission("A", "2025-Q1", "R", Measurement.Ratio(5, 10)),
                Submission("A", "2025-Q2", "R", Measurement.Ratio(5, 10)),
                Submission("B", "2025", "R", Measurement.Ratio(10, 20)),
            ],
            DeptAB);
        var score = Find(Score(Framework([Ratio()]), set), "P", "R");
        Assert.Equal(50m, score.Points);
    }

    private static Submission[] Quarters(string unit, params int[] numerators) =>
        numerators.Select((n, q) => Submission(unit, "2025-Q" + (q + 1), "R", Measurement.Ratio(n, 10))).ToArray();
}
