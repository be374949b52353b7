using System;
using System.Linq;
using Cchc.Scoring;
using Cchc.Scoring.Rules;
using Xunit;
using static Cchc.Scoring.Tests.TestData;

namespace Cchc.Scoring.Tests.Scoring;

/// <summary>Scoring over a changing tree, baselines and trajectories through lineage: hand-derived cases.</summary>
public sealed class LineageScoringTests
{
    /// <summary>R: a ratio, target ≥ 90 %, threshold, 10 points. Q: a stock (quantity, period roll-up last), at most the 2021 baseline less 10 %, threshold, 10 points.</summary>
    internal static Framework Plan() => Framework(Area(
        "A1",
        Indicator("R", MeasureKind.Ratio, new Target(Comparison.AtLeast, 90), ThresholdRule.Instance, 10),
        Indicator("Q", MeasureKind.Quantity, new Target(Comparison.AtMost, 10, baseline: Baseline.FromPeriod(Period("2021")), change: TargetChange.RelativeReduction), ThresholdRule.Instance, 10)));

    private static Unit U(string id, string? parent = "SO", string? from = null, string? to = null) =>
        new(id, Text(id), "division", parent, from is null ? null : Date(from), to is null ? null : Date(to));

    /// <summary>Divisions A and B of SO merge into C on 2025-07-01.</summary>
    internal static UnitHierarchy Merged(bool merge = true) => UnitHierarchy.Create(
        [U("SO", null), U("A", to: merge ? "2025-06-30" : null), U("B", to: merge ? "2025-06-30" : null), U("C", from: merge ? "2025-07-01" : null)],
        merge ? [LineageEvent.Merge(Date("2025-07-01"), ["A", "B"], "C")] : []).Value!;

    private static Submission Ratio(string unit, string period, decimal n, decimal d) => Submission(unit, period, "R", Measurement.Ratio(n, d));

    private static Submission Count(string unit, string period, decimal value) => Submission(unit, period, "Q", Measurement.Quantity(value));

    private static readonly Submission[] Quarterly =
    [
        Ratio("A", "2025-Q1", 18, 20), Ratio("A", "2025-Q2", 27, 30),
        Ratio("B", "2025-Q1", 8, 10), Ratio("B", "2025-Q2", 9, 10),
        Ratio("C", "2025-Q3", 40, 50), Ratio("C", "2025-Q4", 50, 50),
        Count("A", "2021", 12), Count("B", "2021", 8),
        Count("A", "2025-H1", 11), Count("B", "2025-H1", 8), Count("C", "2025-H2", 17),
    ];

    [Fact]
    public void Merge_OnFirstJuly_QuarterlyRatios_PoolAcrossTheChange()
    {
        var result = Scorer.Score(Plan(), new SubmissionSet(Quarterly, Merged()), new ScoringRequest(Period("2025")));

        // The units at the period's end: C and SO; A and B are listed with what became of them, not scored as missing.
        Assert.Equal(["C", "SO"], result.Scorecards.Select(c => c.UnitId));
        Assert.Equal(["A: merged into C on 2025-07-01", "B: merged into C on 2025-07-01"], result.UnitsNotScored.Select(u => u.ToString()));

        // A's H1 = (18 + 27)/(20 + 30) = 45/50; B's H1 = (8 + 9)/(10 + 10) = 17/20; C's H2 = (40 + 50)/(50 + 50) = 90/100.
        // C's 2025 = (45 + 17 + 90)/(50 + 20 + 100) = 152/170 = 89.41 % < 90: not met, 0 points.
        var r = result.Find("C")!.Indicators.Single(i => i.Indicator.Code == "R");
        Assert.Equal(Measurement.Ratio(152, 170), r.Trace.Figure);
        Assert.Equal(IndicatorStatus.NotMet, r.Status);
        Assert.Contains("A (merged into C on 2025-07-01) 2025-H1: 45/50", r.Explanation, StringComparison.Ordinal);
        Assert.Contains("B (merged into C on 2025-07-01) 2025-H1: 17/20", r.Explanation, StringComparison.Ordinal);
        Assert.Contains("C 2025-H2: 90/100", r.Explanation, StringComparison.Ordinal);
        Assert.Contains("152 ÷ 170 × 100 = 89.41", r.Explanation, StringComparison.Ordinal);
        Assert.Equal(["A", "B", "C"], r.Trace.Sources.Select(s => s.Submission.UnitId).Distinct());
        Assert.Contains(r.Trace.Lineage!.Parts, p => p.UnitId == "A" && p.Via!.Kind == LineageEventKind.Merge && p.Period == Period("2025-H1"));

        // Every unit alive during the year, if asked for: A scored from its own half-year.
        var alive = Scorer.Score(Plan(), new SubmissionSet(Quarterly, Merged()), new ScoringRequest(Period("2025")) { Selection = UnitSelection.Alive });
        Assert.Equal(["A", "B", "C", "SO"], alive.Scorecards.Select(c => c.UnitId));
        Assert.Empty(alive.UnitsNotScored);
        Assert.Equal(Measurement.Ratio(45, 50), alive.Find("A")!.Indicators.Single(i => i.Indicator.Code == "R").Trace.Figure);

        // The quarters before the merge are A's and B's, after it C's: no lineage inside a quarter.
        var q3 = Scorer.Score(Plan(), new SubmissionSet(Quarterly, Merged()), new ScoringRequest(Period("2025-Q3")));
        Assert.Equal(Measurement.Ratio(40, 50), q3.Find("C")!.Indicators.Single(i => i.Indicator.Code == "R").Trace.Figure);
    }

    [Fact]
    public void MergedUnit_Baseline_IsItsPredecessorsFigures()
    {
        var result = Scorer.Score(Plan(), new SubmissionSet(Quarterly, Merged()), new ScoringRequest(Period("2025")));
        var q = result.Find("C")!.Indicators.Single(i => i.Indicator.Code == "Q");

        // C's 2021 = A's 2021 + B's 2021 = 12 + 8 = 20 (counts add); target = 20 × (1 − 10 ÷ 100) = 18.
        // C's 2025, a stock: the last part, C's H2 = 17 (A's and B's H1, 11 + 8 = 19, come before it). 17 ≤ 18: met.
        Assert.Equal(20m, q.Trace.Baseline);
        Assert.Equal(18m, q.Trace.Target);
        Assert.Equal(17m, q.Trace.Value);
        Assert.Equal(IndicatorStatus.Met, q.Status);
        Assert.Equal(10m, q.Points);
        Assert.Contains("baseline 2021 across the reorganisation: A (merged into C on 2025-07-01) 2021: 12; B (merged into C on 2025-07-01) 2021: 8", q.Explanation, StringComparison.Ordinal);
        Assert.Equal(["A", "B"], q.Trace.BaselineSources.Select(s => s.Submission.UnitId));
    }

    /// <summary>S splits into X (60 %) and Y (40 %) on 2025-07-01; Q is declared not divisible.</summary>
    private static UnitHierarchy Split() => UnitHierarchy.Create(
        [U("SO", null), U("S", to: "2025-06-30"), U("X", from: "2025-07-01"), U("Y", from: "2025-07-01")],
        [LineageEvent.Split(Date("2025-07-01"), "S", ["X", "Y"], new SplitShares([new("X", 0.6m), new("Y", 0.4m)], [new("Q", null)]))]).Value!;

    [Fact]
    public void Split_WithShares_DividesTheCounts_AndANotDivisibleBaselineIsUnavailable()
    {
        Submission[] submissions =
        [
            Ratio("S", "2025-H1", 40, 50), Ratio("X", "2025-H2", 30, 30), Ratio("Y", "2025-H2", 10, 20),
            Count("S", "2021", 10), Count("X", "2025-H2", 5), Count("Y", "2025-H2", 4),
        ];
        var result = Scorer.Score(Plan(), new SubmissionSet(submissions, Split()), new ScoringRequest(Period("2025")));
        Assert.Equal(["SO", "X", "Y"], result.Scorecards.Select(c => c.UnitId));
        Assert.Equal("S: split into X, Y on 2025-07-01", Assert.Single(result.UnitsNotScored).ToString());

        // X takes 0.6 of S's H1: 24/30; with its H2 30/30: 54/60 = 90 % ≥ 90, met.
        var x = result.Find("X")!.Indicators.Single(i => i.Indicator.Code == "R");
        Assert.Equal(Measurement.Ratio(54, 60), x.Trace.Figure);
        Assert.Equal(IndicatorStatus.Met, x.Status);
        Assert.Contains("S (split into X, Y on 2025-07-01, share 0.6) 2025-H1: 24/30", x.Explanation, StringComparison.Ordinal);

        // Y takes 0.4: 16/20; with its H2 10/20: 26/40 = 65 %.
        Assert.Equal(Measurement.Ratio(26, 40), result.Find("Y")!.Indicators.Single(i => i.Indicator.Code == "R").Trace.Figure);

        // Q's figures are not divisible: X's 2021 baseline is unavailable, with the reason.
        var q = result.Find("X")!.Indicators.Single(i => i.Indicator.Code == "Q");
        Assert.Equal(IndicatorStatus.NoData, q.Status);
        Assert.Null(q.Trace.Baseline);
        Assert.Contains(result.Problems, p => p.Code == ProblemCodes.MissingBaseline && p.Message.Contains("S (split into X, Y on 2025-07-01) 2021: not divisible, left out", StringComparison.Ordinal));
    }

    [Fact]
    public void Split_BaselineOfADivisibleCount_TakesTheShare()
    {
        var shares = new SplitShares([new("X", 0.6m), new("Y", 0.4m)]);
        var units = UnitHierarchy.Create(
            [U("SO", null), U("S", to: "2025-06-30"), U("X", from: "2025-07-01"), U("Y", from: "2025-07-01")],
            [LineageEvent.Split(Date("2025-07-01"), "S", ["X", "Y"], shares)]).Value!;
        var set = new SubmissionSet([Count("S", "2021", 10), Count("X", "2025-H2", 5), Count("Y", "2025-H2", 4)], units);
        var result = Scorer.Score(Plan(), set, new ScoringRequest(Period("2025")));

        // X's 2021 = 0.6 × 10 = 6, target 6 × 0.9 = 5.4; its 2025 stock 5 ≤ 5.4: met. Y's 2021 = 0.4 × 10 = 4, target 3.6; 4 > 3.6: not met.
        var x = result.Find("X")!.Indicators.Single(i => i.Indicator.Code == "Q");
        Assert.Equal(6m, x.Trace.Baseline);
        Assert.Equal(IndicatorStatus.Met, x.Status);
        var y = result.Find("Y")!.Indicators.Single(i => i.Indicator.Code == "Q");
        Assert.Equal(4m, y.Trace.Baseline);
        Assert.Equal(IndicatorStatus.NotMet, y.Status);
    }

    [Fact]
    public void Rename_ChangesNothingButTheName()
    {
        var plain = UnitHierarchy.Create([U("SO", null), U("A")]).Value!;
        var renamed = UnitHierarchy.Create([U("SO", null), U("A")], [LineageEvent.Rename(Date("2025-07-01"), "A", new LocalizedText("Phòng A mới", "New division A"))]).Value!;
        Submission[] submissions = [Ratio("A", "2025-Q1", 18, 20), Ratio("A", "2025-Q3", 7, 10), Count("A", "2021", 10), Count("A", "2025", 9)];
        var before = Scorer.Score(Plan(), new SubmissionSet(submissions, plain), new ScoringRequest(Period("2025")));
        var after = Scorer.Score(Plan(), new SubmissionSet(submissions, renamed), new ScoringRequest(Period("2025")));
        Assert.Equal(before.Scorecards.Select(c => (c.UnitId, c.Points, c.Index)), after.Scorecards.Select(c => (c.UnitId, c.Points, c.Index)));
        Assert.Equal(before.Find("A")!.Indicators.Select(i => (i.Points, i.Status, i.Trace.Value)), after.Find("A")!.Indicators.Select(i => (i.Points, i.Status, i.Trace.Value)));
        Assert.Equal("New division A", renamed.AsOf(Date("2025-12-31")).Find("A")!.Name.En);
        Assert.Equal("Name A", renamed.AsOf(Date("2025-06-30")).Find("A")!.Name.En);

        // The fingerprint covers the lineage: the same numbers, another history, another fingerprint.
        Assert.NotEqual(before.Find("A")!.Fingerprint, after.Find("A")!.Fingerprint);
    }

    [Fact]
    public void Merge_ChangesTheFingerprint()
    {
        var plain = UnitHierarchy.Create([U("SO", null), U("A"), U("B"), U("C")]).Value!;
        var set = new SubmissionSet(Quarterly, plain);
        Assert.NotEqual(
            Scorer.Score(Plan(), set, new ScoringRequest(Period("2025"))).Fingerprint,
            Scorer.Score(Plan(), new SubmissionSet(Quarterly, Merged()), new ScoringRequest(Period("2025"))).Fingerprint);
    }

    [Fact]
    public void UnitDissolvedMidYear_IsListed_NotScoredAsMissing()
    {
        var units = UnitHierarchy.Create([U("SO", null), U("D", to: "2025-06-30"), U("E")], [LineageEvent.Dissolve(Date("2025-07-01"), "D")]).Value!;
        var set = new SubmissionSet([Ratio("D", "2025-H1", 9, 10), Ratio("E", "2025", 19, 20)], units);
        var result = Scorer.Score(Plan(), set, new ScoringRequest(Period("2025")));
        Assert.Equal(["E", "SO"], result.Scorecards.Select(c => c.UnitId));
        var d = Assert.Single(result.UnitsNotScored);
        Assert.Equal("dissolved on 2025-07-01", d.Describe());
        Assert.Equal("giải thể từ ngày 2025-07-01", d.Describe(Language.Vi));
        Assert.True(d.Ended);
        Assert.DoesNotContain(result.Problems, p => p.Message.Contains("'D'", StringComparison.Ordinal));

        // Its first half is scored when the first day's units are asked for: 9/10 = 90 %, rolled up from H1 only.
        var start = Scorer.Score(Plan(), set, new ScoringRequest(Period("2025")) { Selection = UnitSelection.Start });
        Assert.Equal(Measurement.Ratio(9, 10), start.Find("D")!.Indicators.Single(i => i.Indicator.Code == "R").Trace.Figure);

        // Rolled up, SO's units at the year's end are E only.
        var rolled = Scorer.Score(Plan(), set, new ScoringRequest(Period("2025"), rollUpUnits: true));
        Assert.Equal(["E"], rolled.Find("SO")!.Indicators.Single(i => i.Indicator.Code == "R").Trace.RollUp!.Parts.Select(p => p.UnitId));
    }

    [Fact]
    public void Trajectory_RunsAcrossTheMerge_WithTheEventMarked()
    {
        // R yearly: 2021–2024 from A + B pooled, 2025 across the merge (152/170).
        var submissions = Quarterly.Concat(new[]
        {
            Ratio("A", "2021", 70, 100), Ratio("B", "2021", 10, 20),
            Ratio("A", "2023", 80, 100), Ratio("B", "2023", 15, 20),
        }).ToArray();
        var report = Trajectories.Compute(Plan(), new SubmissionSet(submissions, Merged()), "C");
        Assert.Equal(LineageEventKind.Merge, Assert.Single(report.Lineage).Kind);
        var r = report.Indicators.Single(i => i.Indicator.Code == "R");

        // 2021: (70 + 10)/(100 + 20) = 66.67 %; 2023: (80 + 15)/(100 + 20) = 79.17 %; 2025: 152/170 = 89.41 %.
        Assert.Equal([2021, 2023, 2025], r.Observed.Select(o => o.Year));
        Assert.Equal(Math.Round(80m / 120m * 100, 2), Math.Round(r.Observed[0].Value, 2));
        Assert.Equal(Math.Round(95m / 120m * 100, 2), Math.Round(r.Observed[1].Value, 2));
        Assert.Equal(Math.Round(152m / 170m * 100, 2), Math.Round(r.Observed[2].Value, 2));

        // The stock's baseline: A's 2021 + B's 2021 = 20.
        Assert.Equal(20m, report.Indicators.Single(i => i.Indicator.Code == "Q").Baseline);
    }
}
