using System.Linq;
using Cchc.Scoring;
using Cchc.Scoring.Serialization;
using Xunit;
using static Cchc.Scoring.Tests.Assessments.AppraisalData;

namespace Cchc.Scoring.Tests.Assessments;

/// <summary>
/// Survey criteria and the survey share: S1 (5 of 20 points) comes only from a survey; the framework may declare the
/// survey optional, and where it was not held its points leave the maximum (index = points ÷ 15 × 100).
/// </summary>
public sealed class SurveyTests
{
    private const string Json = """
        {
          "id": "survey-test",
          "version": "1.0.0",
          "name": { "vi": "Điều tra", "en": "Survey" },
          "plan": { "start": "2021-01-01", "end": "2025-12-31" },
          "totalPoints": 20,
          "surveyOptional": true,
          "areas": [
            {
              "code": "A1",
              "name": { "vi": "Thẩm định", "en": "Appraised" },
              "indicators": [
                { "code": "I1", "name": { "vi": "Kế hoạch", "en": "Plan" }, "measure": "yesNo", "target": { "comparison": "=", "value": 1 }, "rule": { "kind": "yesNo" }, "points": 10 },
                { "code": "I2", "name": { "vi": "Báo cáo", "en": "Report" }, "measure": "yesNo", "target": { "comparison": "=", "value": 1 }, "rule": { "kind": "yesNo" }, "points": 5 }
              ]
            },
            {
              "code": "A2",
              "name": { "vi": "Điều tra xã hội học", "en": "Sociological survey" },
              "indicators": [
                { "code": "S1", "name": { "vi": "Mức độ hài lòng", "en": "Satisfaction" }, "measure": "percentage", "target": { "comparison": ">=", "value": 90 }, "rule": { "kind": "proportional" }, "points": 5, "surveyOnly": true }
              ]
            }
          ]
        }
        """;

    private static Framework Read(bool optional)
    {
        var read = FrameworkJson.Read(optional ? Json : Json.Replace("\"surveyOptional\": true,", string.Empty, System.StringComparison.Ordinal));
        Assert.Empty(read.Problems);
        return read.Value!;
    }

    private static Submission Yes(string unit, string code, bool answer) => new(unit, Year, code, Measurement.YesNo(answer), Day(2));

    private static readonly Submission[] Figures =
    [
        // SNV: plan yes (10), report no (0), survey 81 % → 81 × 5 ÷ 90 = 4.5.
        Yes("SNV", "I1", true), Yes("SNV", "I2", false), new Submission("SNV", Year, "S1", Measurement.Percentage(81), Day(3)),
        // STC: plan yes (10), report yes (5), no survey.
        Yes("STC", "I1", true), Yes("STC", "I2", true),
        // SXD: plan yes (10), report no (0), no survey.
        Yes("SXD", "I1", true), Yes("SXD", "I2", false),
    ];

    [Fact]
    public void Framework_DeclaresTheSurvey_AndWritesItBack()
    {
        var framework = Read(optional: true);
        Assert.True(framework.SurveyOptional);
        Assert.True(framework.FindIndicator("S1")!.IsSurveyOnly);
        Assert.False(framework.FindIndicator("I1")!.IsSurveyOnly);
        string written = FrameworkJson.Write(framework);
        Assert.Contains("\"surveyOptional\": true,\n", written, System.StringComparison.Ordinal);
        Assert.Contains("\"surveyOnly\": true\n", written, System.StringComparison.Ordinal);
        Assert.Equal(written, FrameworkJson.Write(FrameworkJson.Read(written).Value!));
    }

    [Fact]
    public void SurveyHeld_CountsAsAnyCriterion()
    {
        // SNV: 10 + 0 + 4.5 = 14.5 of 20 → 72.5.
        var snv = Scorer.Score(Read(optional: true), new SubmissionSet(Figures), new ScoringRequest(Year)).Find("SNV")!;
        Assert.Equal((14.5m, 20m, 72.5m), (snv.Points, snv.MaxPoints, snv.Index!.Value));
    }

    [Fact]
    public void SurveyAbsent_Optional_RescalesToTheNonSurveyMaximum()
    {
        var result = Scorer.Score(Read(optional: true), new SubmissionSet(Figures), new ScoringRequest(Year));
        // STC: 10 + 5 = 15 of the non-survey maximum 15 → 15 ÷ 15 × 100 = 100.
        var stc = result.Find("STC")!;
        Assert.Equal((15m, 15m, 100m), (stc.Points, stc.MaxPoints, stc.Index!.Value));
        // SXD: 10 + 0 = 10 → 10 ÷ 15 × 100 = 66.666… → 66.67.
        var sxd = result.Find("SXD")!;
        Assert.Equal((10m, 15m, 66.67m), (sxd.Points, sxd.MaxPoints, sxd.Index!.Value));
        var s1 = sxd.Indicators.Single(s => s.Indicator.Code == "S1");
        Assert.Equal((IndicatorStatus.NotApplicable, 0m), (s1.Status, s1.MaxPoints));
        Assert.True(s1.Trace.SurveyNotHeld);
        Assert.Contains("index = appraised points ÷ non-survey maximum × 100", s1.Trace.Render(Language.En), System.StringComparison.Ordinal);
        Assert.StartsWith("The survey was not held for this unit", s1.Explanation, System.StringComparison.Ordinal);
        Assert.Contains("\"surveyNotHeld\": true", ScorecardJson.Write(result), System.StringComparison.Ordinal);
    }

    [Fact]
    public void SurveyAbsent_NotOptional_ScoresZero()
    {
        // Without "surveyOptional": SXD 10 of 20 → 50; S1 is no data.
        var sxd = Scorer.Score(Read(optional: false), new SubmissionSet(Figures), new ScoringRequest(Year)).Find("SXD")!;
        Assert.Equal((10m, 20m, 50m), (sxd.Points, sxd.MaxPoints, sxd.Index!.Value));
        Assert.Equal(IndicatorStatus.NoData, sxd.Indicators.Single(s => s.Indicator.Code == "S1").Status);
    }

    [Fact]
    public void SurveyHeldThroughTheRecords_IsNotRescaled()
    {
        // SXD's survey score entered by the managing unit as an appraisal: 3 of 5 → 10 + 0 + 3 = 13 of 20 → 65.
        var request = new ScoringRequest(Year).WithAssessments(new AssessmentRecords([Appraise(20, 1, 3m, unit: "SXD", indicator: "S1")]));
        var sxd = Scorer.Score(Read(optional: true), new SubmissionSet(Figures), request).Find("SXD")!;
        Assert.Equal((13m, 20m, 65m), (sxd.Points, sxd.MaxPoints, sxd.Index!.Value));
    }

    [Fact]
    public void SelfAssessedSurveyCriterion_IsIgnored_AndReported()
    {
        // In the records: SXD self-assesses S1 at 5; ignored → the survey is still not held, SXD stays 10 of 15.
        var framework = Read(optional: true);
        var request = new ScoringRequest(Year).WithAssessments(new AssessmentRecords([Self(5, 5m, unit: "SXD", indicator: "S1")]));
        var result = Scorer.Score(framework, new SubmissionSet(Figures), request);
        Assert.Equal((10m, 15m), (result.Find("SXD")!.Points, result.Find("SXD")!.MaxPoints));
        var problem = Assert.Single(result.Problems);
        Assert.Equal((AssessmentProblemCodes.SurveySelfAssessed, "SXD/S1/2025", Severity.Warning), (problem.Code, problem.Path, problem.Severity));

        // On a submission: SNV's S1 revision carries self-assessed points 5; they are ignored (not shown) and reported.
        var withSelf = Figures.Select(s => s.UnitId == "SNV" && s.IndicatorCode == "S1"
            ? new Submission("SNV", Year, "S1", Measurement.Percentage(81), Day(3), new SubmissionOptions { SelfAssessedPoints = 5m })
            : s).ToArray();
        var scored = Scorer.Score(framework, new SubmissionSet(withSelf), new ScoringRequest(Year));
        var s1 = scored.Find("SNV")!.Indicators.Single(s => s.Indicator.Code == "S1");
        Assert.Equal((4.5m, (decimal?)null), (s1.Points, s1.SelfAssessedPoints));
        Assert.Equal(AssessmentProblemCodes.SurveySelfAssessed, Assert.Single(scored.Problems).Code);
    }
}
