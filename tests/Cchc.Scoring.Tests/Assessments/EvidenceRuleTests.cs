using System.Linq;
using Cchc.Scoring;
using Cchc.Scoring.Serialization;
using Xunit;
using static Cchc.Scoring.Tests.Assessments.AppraisalData;

namespace Cchc.Scoring.Tests.Assessments;

/// <summary>
/// The rule of the provincial sets: I2 requires the evidence "plan" and "report"; a self-assessment claimed without
/// them counts 0 unless an explanation is accepted; problems and the trace name what is missing.
/// </summary>
public sealed class EvidenceRuleTests
{
    // SNV's figure for I2 is 80 of 100 against >= 100: 80 × 10 ÷ 100 = 8 computed points.
    private static readonly SubmissionSet Submissions = new([new Submission("SNV", Year, "I2", Measurement.Ratio(80, 100), Day(2))]);

    private static readonly EvidenceReference PlanRef = new("Kế hoạch CCHC 2025", documentNumber: "12/KH-SNV", meets: "plan");
    private static readonly EvidenceReference ReportRef = new("Báo cáo CCHC 2025", fileName: "bc.pdf", sha256: new string('a', 64), meets: "report");

    private static (IndicatorScore Score, ScoringResult Result) Score(params AssessmentEntry[] entries)
    {
        var result = Scorer.Score(Plan, Submissions, new ScoringRequest(Year, units: ["SNV"]).WithAssessments(new AssessmentRecords(entries)));
        return (result.Find("SNV")!.Indicators.Single(s => s.Indicator.Code == "I2"), result);
    }

    [Fact]
    public void Framework_DeclaresRequiredEvidence_AndWritesItBack()
    {
        Assert.Equal(["plan", "report"], Plan.FindIndicator("I2")!.RequiredEvidence);
        Assert.Contains("\"requiredEvidence\": [\n", Cchc.Scoring.Serialization.FrameworkJson.Write(Plan), System.StringComparison.Ordinal);
        Assert.Empty(Plan.FindIndicator("I1")!.RequiredEvidence);
    }

    [Fact]
    public void ClaimWithoutRequiredEvidence_ScoresZero_AndNamesWhatIsMissing()
    {
        // Self-assessed 9 with the plan only: "report" is missing, no explanation → 0 of 10.
        var (score, result) = Score(Self(5, 9m, indicator: "I2", evidence: [PlanRef]));
        Assert.Equal((0m, 9m), (score.Points, score.Assessment!.Points));
        Assert.True(score.Assessment.IsZeroedForMissingEvidence);
        Assert.Equal(["report"], score.Assessment.MissingEvidence);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((AssessmentProblemCodes.MissingEvidence, "SNV/I2/2025", Severity.Warning), (problem.Code, problem.Path, problem.Severity));
        Assert.Contains("report", problem.Message, System.StringComparison.Ordinal);
        Assert.Contains("required evidence missing: report — counts 0 (no explanation accepted)", score.Trace.Render(Language.En), System.StringComparison.Ordinal);
        Assert.Contains("\"missingEvidence\": [\n", ScorecardJson.Write(result), System.StringComparison.Ordinal);
    }

    [Fact]
    public void AcceptedExplanation_LetsTheClaimCount()
    {
        // The same claim with an accepted explanation: 9 counts; "report" is still named as missing.
        var (score, result) = Score(Self(5, 9m, indicator: "I2", evidence: [PlanRef]), Explain(6, accepted: true, indicator: "I2"));
        Assert.Equal(9m, score.Points);
        Assert.False(score.Assessment!.IsZeroedForMissingEvidence);
        Assert.Equal(["report"], score.Assessment.MissingEvidence);
        Assert.Empty(result.Problems);
        Assert.Contains("required evidence missing: report — explanation accepted", score.Explanation, System.StringComparison.Ordinal);
    }

    [Fact]
    public void RejectedOrUndecidedExplanation_DoesNot()
    {
        Assert.Equal(0m, Score(Self(5, 9m, indicator: "I2", evidence: [PlanRef]), Explain(6, accepted: false, indicator: "I2")).Score.Points);
        Assert.Equal(0m, Score(Self(5, 9m, indicator: "I2", evidence: [PlanRef]), Explain(6, accepted: null, indicator: "I2")).Score.Points);
    }

    [Fact]
    public void EvidenceGivenWithAnExplanation_Counts()
    {
        // The report comes with the explanation (not yet accepted): both required items are provided → 9 counts.
        var (score, _) = Score(Self(5, 9m, indicator: "I2", evidence: [PlanRef]), Explain(6, accepted: null, indicator: "I2", evidence: [ReportRef]));
        Assert.Equal(9m, score.Points);
        Assert.Empty(score.Assessment!.MissingEvidence);
    }

    [Fact]
    public void AllEvidenceGiven_ClaimCounts()
    {
        var (score, result) = Score(Self(5, 9m, indicator: "I2", evidence: [PlanRef, ReportRef]));
        Assert.Equal(9m, score.Points);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void AfterAppraisal_TheAppraisedPointsCount_MissingEvidenceStillNamed()
    {
        // The appraisal team gave 6 knowing the report was missing: 6 counts, the trace still names "report".
        var (score, result) = Score(Self(5, 9m, indicator: "I2", evidence: [PlanRef]), Appraise(20, 1, 6m, indicator: "I2"));
        Assert.Equal(6m, score.Points);
        Assert.False(score.Assessment!.IsZeroedForMissingEvidence);
        Assert.Equal(["report"], score.Assessment.MissingEvidence);
        Assert.Empty(result.Problems);
    }
}
