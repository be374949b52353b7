using System.Linq;
using System.Text.Json.Nodes;
using Cchc.Scoring;
using Cchc.Scoring.Serialization;
using Xunit;
using static Cchc.Scoring.Tests.Aggregation.AggregationData;
using static Cchc.Scoring.Tests.TestData;

namespace Cchc.Scoring.Tests.Aggregation;

/// <summary>
/// An index on partial data is marked wherever it is shown: a year rolled up from 3 of 4 quarters is partial on the
/// indicator, the card and in JSON, and a parent rolled up from a unit with partial data inherits it.
/// </summary>
public sealed class CompletenessTests
{
    private static Submission[] Quarters(string unit, params int[] numerators) =>
        numerators.Select((n, q) => Submission(unit, "2025-Q" + (q + 1), "R", Measurement.Ratio(n, 10))).ToArray();

    // A: 3 quarters of 4 (9 + 8 + 7 = 24 of 30, 9 of 12 months). B: all 4 quarters, 1 of 10 each.
    private static SubmissionSet ThreeOfFour { get; } = new(Quarters("A", 9, 8, 7).Concat(Quarters("B", 1, 1, 1, 1)), DeptAB);

    [Fact]
    public void ThreeOfFourQuarters_IsPartial_OnTheIndicatorTheCardAndInJson()
    {
        var result = Score(Framework([Ratio()]), ThreeOfFour);
        var a = result.Find("A")!;
        Assert.True(Find(result, "A", "R").IsPartial);
        Assert.True(a.Coverage.IsPartial);
        Assert.Equal(1, a.Coverage.Partial);
        Assert.False(result.Find("B")!.Coverage.IsPartial);

        var json = JsonNode.Parse(ScorecardJson.Write(result))!;
        var cards = json["scorecards"]!.AsArray();
        var cardA = cards.Single(c => (string?)c!["unit"] == "A")!;
        Assert.True((bool?)cardA["partial"]);
        var indicator = cardA["areas"]![0]!["indicators"]![0]!;
        Assert.True((bool?)indicator["partial"]);
        Assert.Equal(9, (int?)indicator["coveredMonths"]);
        Assert.Equal(12, (int?)indicator["periodMonths"]);
        var cardB = cards.Single(c => (string?)c!["unit"] == "B")!;
        Assert.Null(cardB["partial"]);
        Assert.Null(cardB["areas"]![0]!["indicators"]![0]!["coveredMonths"]);
    }

    [Fact]
    public void RollUp_ParentInheritsPartialDataFromItsUnits()
    {
        // P pools A (24/30, partial) and B (4/40): (24 + 4) ÷ (30 + 40) × 100 = 40 %. A's year is 9 months of 12, so
        // P's figure is on partial data too; before, P's index looked as complete as any other.
        var result = Score(Framework([Ratio()]), ThreeOfFour);
        var p = Find(result, "P", "R");
        Assert.Equal(40m, p.Value);
        Assert.True(p.IsPartial);
        Assert.True(result.Find("P")!.Coverage.IsPartial);
        Assert.True(p.Trace.RollUp!.IsPartial); // the same when the facts are found again for a trace
        Assert.True((bool?)JsonNode.Parse(ScorecardJson.Write(result))!["scorecards"]!.AsArray().Single(c => (string?)c!["unit"] == "P")!["partial"]);
    }

    [Fact]
    public void RollUp_OfCompleteUnits_IsNotPartial()
    {
        var set = new SubmissionSet(Quarters("A", 9, 8, 7, 6).Concat(Quarters("B", 1, 1, 1, 1)), DeptAB);
        var result = Score(Framework([Ratio()]), set);
        Assert.False(Find(result, "P", "R").IsPartial);
        Assert.False(Find(result, "P", "R").Trace.RollUp!.IsPartial);
        Assert.False(result.Find("P")!.Coverage.IsPartial);
    }

    [Fact]
    public void RollUp_PartialGrandchild_ReachesTheTop()
    {
        // P → A → A1 (3 quarters): A is a roll-up of A1, P of A and B; both inherit.
        var a1 = new Unit("A1", Text("A1"), "team", "A");
        var set = new SubmissionSet(Quarters("A1", 9, 8, 7).Concat(Quarters("B", 1, 1, 1, 1)), Hierarchy(Dept, DivA, DivB, a1));
        var result = Score(Framework([Ratio()]), set);
        Assert.True(Find(result, "A", "R").IsPartial);
        Assert.True(Find(result, "P", "R").IsPartial);
        Assert.True(Find(result, "P", "R").Trace.RollUp!.IsPartial);
    }

    [Fact]
    public void NotRolledUp_ParentWithoutFigures_IsNotMarkedPartial()
    {
        var result = Score(Framework([Ratio()]), ThreeOfFour, rollUp: false);
        Assert.False(Find(result, "P", "R").IsPartial);
        Assert.Equal(IndicatorStatus.NoData, Find(result, "P", "R").Status);
    }
}
