using System.Linq;
using Cchc.Scoring;
using Cchc.Scoring.Rules;
using Xunit;
using static Cchc.Scoring.Tests.Aggregation.AggregationData;
using static Cchc.Scoring.Tests.TestData;

namespace Cchc.Scoring.Tests.Aggregation;

public class TraceAndImprovementTests
{
    private static readonly Indicator T02 = Indicator("T02", MeasureKind.Ratio, new Target(Comparison.AtLeast, 90), ProportionalRule.Instance, 10);
    private static readonly Indicator T07 = Indicator("T07", MeasureKind.Duration, new Target(Comparison.AtMost, 15), new GoalpostsRule(60), 10);
    private static readonly Indicator T10 = Indicator("T10", MeasureKind.Quantity, new Target(Comparison.AtMost, 10, null, Baseline.FromPeriod(Period("2021")), TargetChange.RelativeReduction), GoalpostsRule.FromBaseline, 10);
    private static readonly Indicator T21 = Indicator("T21", MeasureKind.Percentage, new Target(Comparison.GreaterThan, 95), new StepsRule([new Breakpoint(95.01m, 10), new Breakpoint(90, 6)]), 10);
    private static readonly Framework Small = Framework(Area("A", T02, T07, T10, T21));

    private static SubmissionSet Set() => new(
    [
        Submission("VP", "2025", "T02", Measurement.Ratio(875, 1005, 5), At("2026-01-10T02:00:00Z")),
        Submission("VP", "2025", "T02", Measurement.Ratio(880, 1005, 5), At("2026-01-20T02:00:00Z"), "correction"),
        Submission("VP", "2025", "T07", Measurement.Duration(18.5m)),
        Submission("VP", "2021", "T10", Measurement.Quantity(10)),
        Submission("VP", "2025", "T10", Measurement.Quantity(10)),
    ]);

    private static Scorecard Card() => Scorer.Score(Small, Set(), new ScoringRequest(Period("2025"))).Find("VP")!;

    [Fact]
    public void Trace_RendersInEnglish()
    {
        // 880 ÷ (1005 − 5) × 100 = 88 %; 88 × 10 ÷ 90 = 9.7777… → 9.78.
        string text = Card().Indicators.First().Trace.Render(Language.En);
        Assert.Equal(
            "T02 Name T02 — unit VP, period 2025\n"
            + "Submission: VP 2025 T02 = 880/1005 (excluded 5), recorded 2026-01-20T02:00:00Z, revision 2 of 2; note: correction\n"
            + "Value: 880 ÷ (1005 − 5) × 100 = 88 %\n"
            + "Target: >= 90\n"
            + "Rule: proportional to attainment\n"
            + "Calculation: 88 < 90 → 88 × 10 ÷ 90 = 9.777778…\n"
            + "Rounding (2 digits, HalfAwayFromZero, from Indicator): 9.777778… → 9.78\n"
            + "Points: 9.78 of 10\n",
            text);
    }

    [Fact]
    public void Trace_RendersInVietnamese()
    {
        string text = Card().Indicators.First().Trace.Render(Language.Vi);
        Assert.Equal(
            "T02 Tên T02 — đơn vị VP, kỳ 2025\n"
            + "Số liệu: VP 2025 T02 = 880/1.005 (loại trừ 5), ghi nhận 2026-01-20T02:00:00Z, lần 2/2; ghi chú: correction\n"
            + "Giá trị: 880 ÷ (1.005 − 5) × 100 = 88 %\n"
            + "Mục tiêu: >= 90\n"
            + "Quy tắc: tỉ lệ thuận với mức đạt\n"
            + "Tính điểm: 88 < 90 → 88 × 10 ÷ 90 = 9,777778…\n"
            + "Làm tròn (2 chữ số, nửa xa số 0, từ cấp chỉ tiêu): 9,777778… → 9,78\n"
            + "Điểm: 9,78/10\n",
            text);
    }

    [Fact]
    public void Trace_BaselineRuleParametersAndNoData()
    {
        var card = Card();
        var t10 = card.Indicators.Single(s => s.Indicator.Code == "T10").Trace;

        // Baseline 10 (2021) → target 10 × (1 − 10 ÷ 100) = 9; 10 is the floor → 0 points.
        Assert.Equal(10m, t10.Baseline);
        Assert.Equal(9m, t10.Target);
        Assert.Equal("VP", Assert.Single(t10.BaselineSources).Submission.UnitId);
        Assert.Equal("{\"floor\":\"baseline\"}", t10.RuleParameters);
        Assert.Contains("Baseline (2021): 10\n", t10.Render(Language.En), System.StringComparison.Ordinal);
        Assert.Contains("Giá trị gốc (2021): 10\n", t10.Render(Language.Vi), System.StringComparison.Ordinal);

        var t21 = card.Indicators.Single(s => s.Indicator.Code == "T21").Trace;
        Assert.Equal(TraceOutcome.NoSubmission, t21.Outcome);
        Assert.Contains("No submission for the period: 0 points; the maximum still counts.", t21.Render(Language.En), System.StringComparison.Ordinal);
        Assert.Contains("Không có số liệu cho kỳ này", t21.Render(Language.Vi), System.StringComparison.Ordinal);
        Assert.All(card.Indicators, s => Assert.Equal(s.Points, s.Trace.Points));
    }

    [Fact]
    public void Trace_AsOf_CountsOnlyTheRevisionsKnownThen()
    {
        var card = Scorer.Score(Small, Set(), new ScoringRequest(Period("2025"), At("2026-01-15T00:00:00Z"))).Find("VP")!;
        var source = Assert.Single(card.Indicators.First().Trace.Sources);
        Assert.Equal((1, 1), (source.Revision, source.Revisions));
        Assert.StartsWith("T02 Name T02 — unit VP, period 2025, as of 2026-01-15T00:00:00Z\n", card.Indicators.First().Trace.Render(Language.En), System.StringComparison.Ordinal);
    }

    [Fact]
    public void WhereToImprove_OrderedByPointsAvailable_WithWhatIsNeeded()
    {
        // T02 9.78 → 0.22 available; T07 (60 − 18.5) ÷ 45 × 10 = 9.22 → 0.78; T10 0 → 10; T21 no data → 10.
        // Order: T10 and T21 (10 each, framework order), then T07, then T02.
        var items = Improvement.For(Card());
        Assert.Equal(["T10", "T21", "T07", "T02"], items.Select(i => i.Score.Indicator.Code));
        Assert.Equal([10m, 10m, 0.78m, 0.22m], items.Select(i => i.PointsAvailable));

        // T10 needs ≤ 9; T21's full-point step is ≥ 95.01; T07 ≤ 15.
        Assert.Equal((9m, Comparison.AtMost), (items[0].ValueNeeded!.Value, items[0].Comparison));
        Assert.Equal((95.01m, Comparison.AtLeast), (items[1].ValueNeeded!.Value, items[1].Comparison));
        Assert.Equal(15m, items[2].ValueNeeded);

        // T02: 90 % of (1005 − 5) = 900 qualifying dossiers; 880 now → 20 more.
        Assert.Equal(20m, items[3].ItemsNeeded);

        // Index gain of T10: 10 ÷ 40 × 100 = 25.
        Assert.Equal(25m, items[0].IndexGain);
    }
}
