using System.Linq;
using Cchc.Scoring;
using Cchc.Scoring.Serialization;
using Xunit;
using static Cchc.Scoring.Tests.Assessments.AppraisalData;

namespace Cchc.Scoring.Tests.Assessments;

/// <summary>Scoring with assessment records: the points in force replace the computed ones and carry their stage; without records nothing changes.</summary>
public sealed class AssessmentScoringTests
{
    // SNV: I1 answered yes (computed 10 of 10); I2 80 of 100 against >= 100, proportional: 80 × 10 ÷ 100 = 8 of 10.
    private static readonly SubmissionSet Submissions = new(
    [
        new Submission("SNV", Year, "I1", Measurement.YesNo(true), Day(2)),
        new Submission("SNV", Year, "I2", Measurement.Ratio(80, 100), Day(2)),
    ]);

    private static ScoringResult Score(AssessmentRecords? records, int? asOfDay = null)
    {
        var request = new ScoringRequest(Year, asOfDay is int d ? Day(d) : null, ["SNV", "STC"]);
        return Scorer.Score(Plan, Submissions, records is null ? request : request.WithAssessments(records));
    }

    [Fact]
    public void WithoutRecords_NothingChanges_NotTheJsonNorTheFingerprint()
    {
        // Without records: 10 + 8 = 18 of 20 → 90.
        var plain = Score(null);
        Assert.Equal((18m, 90m), (plain.Find("SNV")!.Points, plain.Find("SNV")!.Index!.Value));
        var empty = Score(AssessmentRecords.Empty);
        Assert.Equal(ScorecardJson.Write(plain), ScorecardJson.Write(empty));
        Assert.Equal(plain.Fingerprint, empty.Fingerprint);
        Assert.All(plain.Find("SNV")!.Indicators, s => Assert.Null(s.Assessment));

        // Records about another unit only: SNV's numbers and fingerprint stay as they were.
        var other = Score(new AssessmentRecords([Self(5, 3m, unit: "STC")]));
        Assert.Equal(plain.Find("SNV")!.Fingerprint, other.Find("SNV")!.Fingerprint);
    }

    [Fact]
    public void AfterRound1_AndFinal_AreBothReproduced()
    {
        var records = new AssessmentRecords(Story());

        // As of day 24 (after round 1): I1 = 7 (round 1) + I2 = 8 (computed) = 15 of 20 → 75.
        var round1 = Score(records, 24).Find("SNV")!;
        Assert.Equal((15m, 75m), (round1.Points, round1.Index!.Value));
        var i1 = round1.Indicators.First();
        Assert.Equal((AssessmentStage.Appraisal, (int?)1, 7m, 10m), (i1.Assessment!.Stage, i1.Assessment.Round, i1.Points, i1.ComputedPoints));
        Assert.Equal((8.5m, -1.5m), (i1.SelfAssessedPoints!.Value, i1.SelfAssessmentDifference!.Value)); // 7 − 8.5
        Assert.Null(round1.Indicators.Last().Assessment);

        // Final (no as-of): I1 = 8 (final, published) + 8 = 16 of 20 → 80.
        var final = Score(records).Find("SNV")!;
        Assert.Equal((16m, 80m), (final.Points, final.Index!.Value));
        Assert.Equal((AssessmentStage.FinalDecision, true), (final.Indicators.First().Assessment!.Stage, final.Indicators.First().Assessment!.IsPublished));
        Assert.NotEqual(round1.Fingerprint, final.Fingerprint);

        // As of day 5 the self-assessment (9) is in force, marked as such.
        var self = Score(records, 5).Find("SNV")!.Indicators.First();
        Assert.Equal((AssessmentStage.SelfAssessment, 9m), (self.Assessment!.Stage, self.Points));
    }

    [Fact]
    public void StageIsCarried_InTheJson_TheTrace_AndTheExplanation()
    {
        var result = Score(new AssessmentRecords(Story()), 24);
        string json = ScorecardJson.Write(result);
        Assert.Contains("\"assessment\": {\n", json, System.StringComparison.Ordinal);
        Assert.Contains("\"stage\": \"appraisal\",\n", json, System.StringComparison.Ordinal);
        Assert.Contains("\"by\": \"appraisalTeam\",\n", json, System.StringComparison.Ordinal);
        Assert.Contains("\"selfAssessedPoints\": 8.5\n", json, System.StringComparison.Ordinal);

        var i1 = result.Find("SNV")!.Indicators.First();
        Assert.Contains(
            "Assessment records: 7 (appraisal round 1 (appraisal team), recorded 2026-01-20T00:00:00Z); self-assessed 8.5 — replaces the points computed from the figures, 10",
            i1.Trace.Render(Language.En),
            System.StringComparison.Ordinal);
        Assert.Contains("thẩm định vòng 1 (tổ thẩm định)", i1.Trace.Render(Language.Vi), System.StringComparison.Ordinal);
        Assert.EndsWith(
            "Points in force from the assessment records: 7 (appraisal round 1 (appraisal team), recorded 2026-01-20T00:00:00Z); they count: 7 of 10 points.",
            i1.Explanation,
            System.StringComparison.Ordinal);
    }

    [Fact]
    public void CriterionWithoutFigures_ScoresFromTheAppraisal()
    {
        // STC has no submission for I1; round 1 gives 4 of 10: not met (below full points), no longer no data.
        var result = Score(new AssessmentRecords([Appraise(20, 1, 4m, unit: "STC")]));
        var i1 = result.Find("STC")!.Indicators.First();
        Assert.Equal((IndicatorStatus.NotMet, 4m, 10m), (i1.Status, i1.Points, i1.MaxPoints));
        Assert.Contains("there is no usable figure", i1.Trace.Render(Language.En), System.StringComparison.Ordinal);
    }

    [Fact]
    public void PointsAboveTheMaximum_AreClamped_AndReported()
    {
        var result = Score(new AssessmentRecords([Self(5, 9m), Appraise(20, 1, 12m)]));
        Assert.Equal(10m, result.Find("SNV")!.Indicators.First().Points);
        var problem = Assert.Single(result.Problems, p => p.Code == ProblemCodes.OutOfRange);
        Assert.Equal("SNV/I1/2025", problem.Path);
    }
}
