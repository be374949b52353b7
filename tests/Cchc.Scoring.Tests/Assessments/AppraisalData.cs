using System.Collections.Generic;
using Cchc.Scoring;
using Cchc.Scoring.Serialization;
using NodaTime;

namespace Cchc.Scoring.Tests.Assessments;

/// <summary>A small framework and helpers to write assessment entries by day of January 2026.</summary>
internal static class AppraisalData
{
    public const string PlanJson = """
        {
          "id": "appraisal-test",
          "version": "1.0.0",
          "name": { "vi": "Thẩm định", "en": "Appraisal" },
          "plan": { "start": "2021-01-01", "end": "2025-12-31" },
          "totalPoints": 20,
          "areas": [
            {
              "code": "A1",
              "name": { "vi": "Chỉ đạo", "en": "Direction" },
              "indicators": [
                { "code": "I1", "name": { "vi": "Kế hoạch", "en": "Plan" }, "measure": "yesNo", "target": { "comparison": "=", "value": 1 }, "rule": { "kind": "yesNo" }, "points": 10 },
                { "code": "I2", "name": { "vi": "Báo cáo", "en": "Reports" }, "measure": "ratio", "target": { "comparison": ">=", "value": 100 }, "rule": { "kind": "proportional" }, "points": 10, "requiredEvidence": ["report", "plan"] }
              ]
            }
          ]
        }
        """;

    public static readonly Framework Plan = Cchc.Scoring.Serialization.FrameworkJson.Read(PlanJson).Value!;

    public static readonly ReportingPeriod Year = ReportingPeriod.ForYear(2025);

    /// <summary>Midnight UTC of 2026-01-<paramref name="day"/> (days past 31 run on into February).</summary>
    public static Instant Day(int day) => Instant.FromUtc(2026, 1, 1, 0, 0).Plus(Duration.FromDays(day - 1));

    public static AssessmentEntry Self(int day, decimal points, string unit = "SNV", string indicator = "I1", IEnumerable<EvidenceReference>? evidence = null) =>
        new(unit, Year, indicator, AssessmentEntryKind.SelfAssessment, Day(day), AssessorRole.Unit, points, evidence: evidence);

    public static AssessmentEntry Withdraw(int day, string unit = "SNV", string indicator = "I1") =>
        new(unit, Year, indicator, AssessmentEntryKind.Withdrawal, Day(day), AssessorRole.Unit);

    public static AssessmentEntry Resubmit(int day, decimal points, string unit = "SNV", string indicator = "I1") =>
        new(unit, Year, indicator, AssessmentEntryKind.Resubmission, Day(day), AssessorRole.Unit, points);

    public static AssessmentEntry Appraise(int day, int round, decimal points, AssessorRole by = AssessorRole.AppraisalTeam, string unit = "SNV", string indicator = "I1") =>
        new(unit, Year, indicator, AssessmentEntryKind.Appraisal, Day(day), by, points, round);

    public static AssessmentEntry Explain(int day, bool? accepted = true, string unit = "SNV", string indicator = "I1", IEnumerable<EvidenceReference>? evidence = null) =>
        new(unit, Year, indicator, AssessmentEntryKind.Explanation, Day(day), AssessorRole.Unit, text: "Kế hoạch ban hành muộn do sáp nhập.", evidence: evidence, accepted: accepted);

    public static AssessmentEntry Final(int day, decimal points, string unit = "SNV", string indicator = "I1") =>
        new(unit, Year, indicator, AssessmentEntryKind.FinalDecision, Day(day), AssessorRole.Council, points);

    public static AssessmentEntry Publish(int day, string unit = "SNV", string indicator = "I1") =>
        new(unit, Year, indicator, AssessmentEntryKind.Publication, Day(day), AssessorRole.Council);

    /// <summary>The full story: self 9, withdrawn, resubmitted 8.5, round 1 gives 7, an accepted explanation, round 2 (council) gives 8, final 8, published.</summary>
    public static AssessmentEntry[] Story() =>
    [
        Self(5, 9m),
        Withdraw(6),
        Resubmit(7, 8.5m),
        Appraise(20, 1, 7m),
        Explain(25),
        Appraise(36, 2, 8m, AssessorRole.Council),
        Final(41, 8m),
        Publish(46),
    ];
}
