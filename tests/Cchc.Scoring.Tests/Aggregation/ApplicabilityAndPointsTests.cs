using System.Linq;
using Cchc.Scoring;
using Cchc.Scoring.Rules;
using Cchc.Scoring.Serialization;
using Xunit;
using static Cchc.Scoring.Tests.Aggregation.AggregationData;
using static Cchc.Scoring.Tests.TestData;

namespace Cchc.Scoring.Tests.Aggregation;

public class ApplicabilityAndPointsTests
{
    private static readonly Indicator I1 = Indicator("I1", MeasureKind.Ratio, new Target(Comparison.AtLeast, 90), ProportionalRule.Instance, 10);
    private static readonly Indicator I2 = Indicator("I2", MeasureKind.YesNo, new Target(Comparison.Equal, 1), YesNoRule.Instance, 10);
    private static readonly Indicator I3 = Indicator("I3", MeasureKind.Ratio, new Target(Comparison.AtLeast, 100), ThresholdRule.Instance, 20);

    // Area A (I1, I2) applies to everyone; area B (I3) does not apply to divisions.
    private static readonly Framework ByKind = new(
        "kinds", "1.0.0", Text("kinds"), new NodaTime.DateInterval(Date("2021-01-01"), Date("2025-12-31")), Cchc.Scoring.ReportingCalendar.Calendar,
        RoundingPolicy.Default, 40, Bands, [Area("A", I1, I2), new Area("B", Text("B"), [I3], ["division"])]);

    private static SubmissionSet Figures(string unit) => new(
        [
            Submission(unit, "2025", "I1", Measurement.Ratio(9, 10)), // 90 % ≥ 90 → 10
            Submission(unit, "2025", "I2", Measurement.YesNo(false)), // no → 0
            Submission(unit, "2025", "I3", Measurement.Ratio(5, 5)), // 100 % → 20, when it applies
        ],
        Hierarchy(DivA, Office, Dept));

    [Fact]
    public void AreaNotApplicableToKind_DropsItsMaximum()
    {
        // Division A: I3 does not apply → points 10, applicable maximum 20, index 10 ÷ 20 × 100 = 50.
        var result = Scorer.Score(ByKind, Figures("A"), new ScoringRequest(Period("2025"), units: ["A"]));
        var card = result.Find("A")!;
        Assert.Equal(10m, card.Points);
        Assert.Equal(20m, card.MaxPoints);
        Assert.Equal(50m, card.Index);
        var i3 = card.Indicators.Single(s => s.Indicator.Code == "I3");
        Assert.Equal(IndicatorStatus.NotApplicable, i3.Status);
        Assert.Equal(TraceOutcome.NotApplicableToKind, i3.Trace.Outcome);
        Assert.Equal(0m, card.Areas[1].MaxPoints);

        // The division's I3 figures are not used, and that is said.
        var problem = Assert.Single(result.Problems);
        Assert.Equal(ProblemCodes.NotApplicableToKind, problem.Code);
        Assert.Equal(Severity.Warning, problem.Severity);
    }

    [Fact]
    public void AreaNotApplicableToKind_OtherKindsKeepIt()
    {
        // Office O: 10 + 0 + 20 = 30 of 40 → 75.
        var card = Scorer.Score(ByKind, Figures("O"), new ScoringRequest(Period("2025"), units: ["O"])).Find("O")!;
        Assert.Equal(30m, card.Points);
        Assert.Equal(40m, card.MaxPoints);
        Assert.Equal(75m, card.Index);
    }

    [Fact]
    public void IndicatorNotApplicableToKind_AndUndeclaredUnitsKeepEverything()
    {
        var i2 = new Indicator("I2", Text("I2"), MeasureKind.YesNo, string.Empty, new Target(Comparison.Equal, 1), YesNoRule.Instance, 10, new IndicatorOptions { NotApplicableTo = ["office", "division"] });
        var framework = Framework([I1, i2]);
        Assert.False(framework.AppliesTo(i2, "office"));
        Assert.True(framework.AppliesTo(i2, "department"));
        Assert.True(framework.AppliesTo(i2, null));

        // Office: I1 10 of 10, I2 left out → 10 ÷ 10 = 100. Undeclared unit Z: 10 of 20 → 50.
        var set = new SubmissionSet(
            [
                Submission("O", "2025", "I1", Measurement.Ratio(9, 10)),
                Submission("O", "2025", "I2", Measurement.YesNo(false)),
                Submission("Z", "2025", "I1", Measurement.Ratio(9, 10)),
                Submission("Z", "2025", "I2", Measurement.YesNo(false)),
            ],
            Hierarchy(Office, Dept));
        var result = Scorer.Score(framework, set, new ScoringRequest(Period("2025"), units: ["O", "Z"]));
        Assert.Equal(100m, result.Find("O")!.Index);
        Assert.Equal(50m, result.Find("Z")!.Index);
    }

    [Fact]
    public void RollUp_LeavesOutUnitsOfInapplicableKinds()
    {
        // R does not apply to offices: P pools only A (9/10) → 90 %; O's 0/10 is left out.
        var r = new Indicator("R", Text("R"), MeasureKind.Ratio, "%", new Target(Comparison.AtLeast, 100), ProportionalRule.Instance, 100, new IndicatorOptions { NotApplicableTo = ["office"] });
        var set = new SubmissionSet([Submission("A", "2025", "R", Measurement.Ratio(9, 10)), Submission("O", "2025", "R", Measurement.Ratio(0, 10))], Hierarchy(Dept, DivA, Office));
        var score = Find(Score(Framework([r]), set), "P", "R");
        Assert.Equal(90m, score.Value);
        Assert.Equal(["O"], score.Trace.RollUp!.NotApplicableUnits);
    }

    [Fact]
    public void Bonus_AboveHundredOnlyUpToTheCap()
    {
        // 10/10 = 100 % → 100 points of 100; bonus 3 + 4 = 7, capped at 5 → 105; with cap 0, no bonus at all.
        var set = new SubmissionSet(
            [Submission("A", "2025", "R", Measurement.Ratio(10, 10))],
            Hierarchy(DivA, Dept),
            [
                new Adjustment("A", Period("2025"), 3, "award", Recorded),
                new Adjustment("A", Period("2025"), 4, "second award", Recorded),
            ]);
        var capped = Score(Framework([Ratio()], maxBonus: 5), set, rollUp: false);
        var card = capped.Find("A")!;
        Assert.Equal(5m, card.Bonus);
        Assert.Equal(105m, card.Points); // 100 + 5
        Assert.Equal(105m, card.Index); // 105 ÷ 100 × 100
        Assert.Equal(2, card.Adjustments.Count);
        Assert.Contains(capped.Problems, p => p.Code == ProblemCodes.AdjustmentCapped);

        var none = Score(Framework([Ratio()]), set, rollUp: false).Find("A")!;
        Assert.Equal(0m, none.Bonus);
        Assert.Equal(100m, none.Index);
    }

    [Fact]
    public void Deductions_Capped_AndAsOfIgnoresLaterItems()
    {
        // 100 points; deductions 4 (recorded before) and 8 (after 2026-02-01). All: 12, capped at 10 → 90. As of 2026-02-01: 4 → 96.
        var set = new SubmissionSet(
            [Submission("A", "2025", "R", Measurement.Ratio(10, 10))],
            Hierarchy(DivA, Dept),
            [
                new Adjustment("A", Period("2025"), -4, "late report", At("2026-01-20T00:00:00Z")),
                new Adjustment("A", Period("2025"), -8, "violation", At("2026-03-01T00:00:00Z")),
            ]);
        var framework = Framework([Ratio()], maxDeduction: 10);
        Assert.Equal(90m, Score(framework, set, rollUp: false).Find("A")!.Index);
        var earlier = Score(framework, set, rollUp: false, asOf: At("2026-02-01T00:00:00Z")).Find("A")!;
        Assert.Equal(4m, earlier.Deduction);
        Assert.Equal(96m, earlier.Index);
    }

    [Fact]
    public void Adjustments_NotAllowedByTheFramework_AreErrorsWhenRead()
    {
        var framework = Framework([Ratio()]);
        string json = """
            { "submissions": [], "adjustments": [ { "unit": "A", "period": "2025", "points": 2, "reason": "award", "recordedAt": "2026-01-10T02:00:00Z" } ] }
            """;
        var read = SubmissionJson.Read(json, framework);
        Assert.Null(read.Value);
        Assert.Equal("$.adjustments[0].points", Assert.Single(read.Problems, p => p.Code == ProblemCodes.AdjustmentNotAllowed).Path);
    }

    [Fact]
    public void SelfAssessed_ShownNotCounted_AppraisedReplaces()
    {
        // R ≥ 90, proportional, 10 points. 875/1000 = 87.5 % → 87.5 × 10 ÷ 90 = 9.7222… → 9.72 computed.
        var indicator = Ratio("R", points: 10, target: 90);
        var framework = Framework([indicator]);
        var first = new Submission("A", Period("2025"), "R", Measurement.Ratio(875, 1000), At("2026-01-10T00:00:00Z"), new SubmissionOptions { SelfAssessedPoints = 10 });
        var appraisal = new Submission("A", Period("2025"), "R", Measurement.Ratio(875, 1000), At("2026-02-10T00:00:00Z"), new SubmissionOptions { AppraisedPoints = 8 });

        var selfOnly = Find(Score(framework, new SubmissionSet([first]), rollUp: false), "A", "R");
        Assert.Equal(9.72m, selfOnly.Points);
        Assert.Equal(10m, selfOnly.SelfAssessedPoints);
        Assert.Null(selfOnly.AppraisedPoints);
        Assert.Equal(-0.28m, selfOnly.SelfAssessmentDifference); // 9.72 − 10

        // The appraisal revision (2 of 2) replaces the computed points; the self-assessment is found on revision 1.
        var appraised = Find(Score(framework, new SubmissionSet([first, appraisal]), rollUp: false), "A", "R");
        Assert.Equal(8m, appraised.Points);
        Assert.Equal(9.72m, appraised.ComputedPoints);
        Assert.Equal(8m, appraised.AppraisedPoints);
        Assert.Equal(10m, appraised.SelfAssessedPoints);
        Assert.Equal(-2m, appraised.SelfAssessmentDifference); // 8 − 10
        Assert.Equal(1, appraised.Trace.SelfAssessment!.Revision);
        Assert.Equal(2, appraised.Trace.Appraisal!.Revision);

        // A correction after the appraisal supersedes it: the computed points count again (900/1000 = 90 % → 10).
        var correction = new Submission("A", Period("2025"), "R", Measurement.Ratio(900, 1000), At("2026-03-10T00:00:00Z"));
        var corrected = Find(Score(framework, new SubmissionSet([first, appraisal, correction]), rollUp: false), "A", "R");
        Assert.Equal(10m, corrected.Points);
        Assert.Null(corrected.AppraisedPoints);
        Assert.False(corrected.Trace.AppraisalUsed);
        Assert.Contains("not used: the figures were revised after the appraisal", corrected.Trace.Render(Language.En), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Points_OutOfRange_AreErrorsWhenRead()
    {
        var framework = Framework([Ratio("R", points: 10)]);
        string json = """
            { "submissions": [ { "unit": "A", "period": "2025", "indicator": "R", "recordedAt": "2026-01-10T02:00:00Z", "numerator": 1, "denominator": 2, "selfAssessedPoints": 11, "appraisedPoints": -1 } ] }
            """;
        var read = SubmissionJson.Read(json, framework);
        Assert.Equal(["$.submissions[0].appraisedPoints", "$.submissions[0].selfAssessedPoints"], read.Problems.Where(p => p.Code == ProblemCodes.OutOfRange).Select(p => p.Path!).Order(System.StringComparer.Ordinal));
    }

    [Fact]
    public void FrameworkJson_NewFields_RoundTrip_AndDefaultsAreLeftOut()
    {
        var i2 = new Indicator("I2", Text("I2"), MeasureKind.YesNo, string.Empty, new Target(Comparison.Equal, 1), YesNoRule.Instance, 10, new IndicatorOptions { UnitRollUp = UnitRollUpMethod.Own, NotApplicableTo = ["office"] });
        var framework = Framework([Ratio("R", UnitRollUpMethod.Mean, 10), i2], UnitRollUpMethod.Mean, maxBonus: 5, maxDeduction: 2.5m, areaNotApplicableTo: ["division"]);
        string text = FrameworkJson.Write(framework);
        Assert.Contains("\"unitRollUp\": \"mean\",\n  \"adjustmentCaps\": {\n    \"maxBonus\": 5,\n    \"maxDeduction\": 2.5\n  },", text, System.StringComparison.Ordinal);
        Assert.Contains("\"notApplicableTo\": [\n        \"division\"\n      ],", text, System.StringComparison.Ordinal);
        var read = FrameworkJson.Read(text);
        Assert.Empty(read.Problems);
        Assert.Equal(text, FrameworkJson.Write(read.Value!));
        Assert.Equal(UnitRollUpMethod.Own, read.Value!.FindIndicator("I2")!.UnitRollUp);
        Assert.Equal(["office"], read.Value.FindIndicator("I2")!.NotApplicableTo);

        string plain = FrameworkJson.Write(Framework([Ratio()]));
        Assert.DoesNotContain("unitRollUp", plain, System.StringComparison.Ordinal);
        Assert.DoesNotContain("adjustmentCaps", plain, System.StringComparison.Ordinal);
        Assert.DoesNotContain("notApplicableTo", plain, System.StringComparison.Ordinal);
    }

    [Fact]
    public void FrameworkJson_BadNewFields_AreReported()
    {
        string json = OneIndicatorJson("""{ "kind": "threshold" }""").Replace("\"points\": 10\n", "\"points\": 10, \"unitRollUp\": \"median\", \"notApplicableTo\": [\"\"]\n", System.StringComparison.Ordinal);
        var read = FrameworkJson.Read(json);
        Assert.Contains(read.Problems, p => p.Code == ProblemCodes.InvalidValue && p.Path == "$.areas[0].indicators[0].unitRollUp");
        Assert.Null(read.Value);
    }

    [Fact]
    public void SubmissionJson_PointsAndAdjustments_RoundTrip()
    {
        var framework = Framework([Ratio("R", points: 10)], maxBonus: 5);
        string json = """
            {
              "units": [],
              "submissions": [
                {
                  "unit": "A",
                  "period": "2025",
                  "indicator": "R",
                  "recordedAt": "2026-01-10T02:00:00Z",
                  "numerator": 1,
                  "denominator": 2,
                  "selfAssessedPoints": 9,
                  "appraisedPoints": 7.5
                }
              ],
              "adjustments": [
                {
                  "unit": "A",
                  "period": "2025",
                  "points": 2,
                  "reason": "award",
                  "recordedAt": "2026-01-10T02:00:00Z",
                  "evidence": "QD-12"
                }
              ]
            }

            """;
        var read = SubmissionJson.Read(json, framework);
        Assert.Empty(read.Problems);
        Assert.Equal(json, SubmissionJson.Write(read.Value!));
    }
}
