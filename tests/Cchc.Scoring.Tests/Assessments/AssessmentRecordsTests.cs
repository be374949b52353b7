using System.Linq;
using Cchc.Scoring;
using Xunit;
using static Cchc.Scoring.Tests.Assessments.AppraisalData;

namespace Cchc.Scoring.Tests.Assessments;

/// <summary>The rules of docs/appraisal.md: the points in force at each step of a sequence, and every illegal sequence.</summary>
public sealed class AssessmentRecordsTests
{
    private static AssessedPoints? At(AssessmentRecords r, int? day, string unit = "SNV", string indicator = "I1") =>
        r.InForce(unit, Year, indicator, day is int d ? Day(d) : null);

    [Fact]
    public void Story_PointsInForce_StepByStep()
    {
        var records = new AssessmentRecords(Story());
        Assert.Empty(records.Validate());

        Assert.Null(At(records, 4)); // nothing recorded yet
        var self = At(records, 5)!;
        Assert.Equal((9m, AssessmentStage.SelfAssessment, (int?)null), (self.Points, self.Stage, self.Round));
        Assert.Null(At(records, 6)); // withdrawn, not yet resubmitted: nothing in force
        var resubmitted = At(records, 7)!;
        Assert.Equal((8.5m, AssessmentStage.SelfAssessment, AssessmentEntryKind.Resubmission), (resubmitted.Points, resubmitted.Stage, resubmitted.Entry.Kind));

        // After round 1: the appraisal replaces the self-assessment, which stays visible beside it.
        var round1 = At(records, 24)!;
        Assert.Equal((7m, AssessmentStage.Appraisal, (int?)1, AssessorRole.AppraisalTeam), (round1.Points, round1.Stage, round1.Round, round1.Author));
        Assert.Equal(8.5m, round1.SelfAssessment!.Points);
        Assert.Equal("appraisal round 1 (appraisal team)", round1.Describe());

        var round2 = At(records, 36)!;
        Assert.Equal((8m, (int?)2, AssessorRole.Council), (round2.Points, round2.Round, round2.Author));

        var final = At(records, 41)!;
        Assert.Equal((8m, AssessmentStage.FinalDecision, false), (final.Points, final.Stage, final.IsPublished));
        Assert.True(At(records, null)!.IsPublished);
        Assert.Equal("8 (final decision (council))", At(records, null)!.ToString());
    }

    [Fact]
    public void FinalDecision_OverridesALaterCorrectionOfNothing_AndLatestAppraisalWinsWithoutFinal()
    {
        // Round 1 recorded twice (a correction at day 21): the latest one counts. No final: the latest appraisal.
        var records = new AssessmentRecords([Self(5, 10m), Appraise(20, 1, 6m), Appraise(21, 1, 6.5m)]);
        Assert.Empty(records.Validate());
        Assert.Equal(6.5m, At(records, null)!.Points);
    }

    [Fact]
    public void SurveyStyleCriterion_AppraisedWithoutSelfAssessment_IsLegal()
    {
        var records = new AssessmentRecords([Appraise(20, 1, 4m), Final(30, 4m)]);
        Assert.Empty(records.Validate());
        Assert.Null(At(records, null)!.SelfAssessment);
    }

    [Fact]
    public void History_IsCanonical_WhateverTheInputOrder()
    {
        var story = Story();
        var reversed = new AssessmentRecords(story.Reverse());
        Assert.Equal(story.Select(e => e.RecordedAt), reversed.History("SNV", Year, "I1").Select(e => e.RecordedAt));
        Assert.Empty(reversed.History("SNV", Year, "I2"));
    }

    [Theory]
    [InlineData("appraisal-of-withdrawn")]
    [InlineData("final-before-appraisal")]
    [InlineData("two-finals")]
    [InlineData("after-publication")]
    [InlineData("after-final")]
    [InlineData("publication-before-final")]
    [InlineData("unit-after-appraisal")]
    [InlineData("self-assessment-repeated")]
    [InlineData("nothing-to-withdraw")]
    [InlineData("resubmission-without-withdrawal")]
    [InlineData("round-out-of-order")]
    [InlineData("nothing-to-explain")]
    [InlineData("same-instant")]
    [InlineData("wrong-author")]
    public void IllegalSequence_IsReported_Located_AndNotCounted(string what)
    {
        var (entries, expectedInForce) = Illegal(what);
        var problems = new AssessmentRecords(entries).Validate();
        var problem = Assert.Single(problems);
        Assert.Equal("assessment-" + what, problem.Code);
        Assert.Equal(Severity.Error, problem.Severity);
        Assert.StartsWith("SNV/I1/2025@2026-", problem.Path, System.StringComparison.Ordinal);
        Assert.Equal(expectedInForce, At(new AssessmentRecords(entries), null)?.Points);
    }

    /// <summary>Each illegal sequence, and the points in force once the illegal entry is left out.</summary>
    public static (AssessmentEntry[] Entries, decimal? InForce) Illegal(string what) => what switch
    {
        // Withdrawn at day 6, never resubmitted: the appraisal is not counted and nothing is in force.
        "appraisal-of-withdrawn" => ([Self(5, 9m), Withdraw(6), Appraise(20, 1, 7m)], null),
        // The final is left out: the self-assessment of 9 stays in force.
        "final-before-appraisal" => ([Self(5, 9m), Final(20, 8m)], 9m),
        // The second final (6) is left out: the first (8) stays.
        "two-finals" => ([Self(5, 9m), Appraise(20, 1, 7m), Final(30, 8m), Final(31, 6m)], 8m),
        "after-publication" => ([Self(5, 9m), Appraise(20, 1, 7m), Final(30, 8m), Publish(35), Appraise(40, 2, 5m)], 8m),
        "after-final" => ([Self(5, 9m), Appraise(20, 1, 7m), Final(30, 8m), Appraise(31, 2, 5m)], 8m),
        "publication-before-final" => ([Self(5, 9m), Appraise(20, 1, 7m), Publish(25)], 7m),
        // The withdrawal comes after round 1: left out, so round 1's 7 stays in force.
        "unit-after-appraisal" => ([Self(5, 9m), Appraise(20, 1, 7m), Withdraw(21)], 7m),
        "self-assessment-repeated" => ([Self(5, 9m), Self(6, 10m)], 9m),
        "nothing-to-withdraw" => ([Withdraw(6)], null),
        "resubmission-without-withdrawal" => ([Self(5, 9m), Resubmit(6, 10m)], 9m),
        // Round 3 after round 1: left out, round 1's 7 stays.
        "round-out-of-order" => ([Self(5, 9m), Appraise(20, 1, 7m), Appraise(30, 3, 5m)], 7m),
        "nothing-to-explain" => ([Explain(5)], null),
        // Two entries at day 20: the canonical order reads the appraisal (kind order) before the explanation, which is left out.
        "same-instant" => ([Self(5, 9m), Appraise(20, 1, 7m), Explain(20)], 7m),
        // An appraisal recorded by the unit itself.
        "wrong-author" => ([Self(5, 9m), Appraise(20, 1, 7m, AssessorRole.Unit)], 9m),
        _ => throw new System.ArgumentOutOfRangeException(nameof(what)),
    };

    [Fact]
    public void EveryIllegalEntry_IsReported_NotOnlyTheFirst()
    {
        AssessmentEntry[] entries = [Withdraw(4), Self(5, 9m), Final(10, 9m), Appraise(20, 2, 7m), Appraise(21, 1, 7m), Final(30, 8m), Final(31, 6m), Publish(35), Explain(36)];
        var codes = new AssessmentRecords(entries).Validate().Select(p => p.Code).ToArray();
        Assert.Equal(
            [
                AssessmentProblemCodes.NothingToWithdraw,
                AssessmentProblemCodes.FinalBeforeAppraisal,
                AssessmentProblemCodes.RoundOutOfOrder,
                AssessmentProblemCodes.TwoFinals,
                AssessmentProblemCodes.AfterPublication,
            ],
            codes);
    }

    [Fact]
    public void Fields_MustFitTheKind()
    {
        var p = AssessmentRecordsTestsHelpers.Entry("A", AssessmentEntryKind.Appraisal, AssessorRole.AppraisalTeam, points: null, round: null);
        var q = AssessmentRecordsTestsHelpers.Entry("B", AssessmentEntryKind.Withdrawal, AssessorRole.Unit, points: 3m, round: 1);
        var r = AssessmentRecordsTestsHelpers.Entry("C", AssessmentEntryKind.SelfAssessment, AssessorRole.Unit, points: -1m, round: null);
        var problems = new AssessmentRecords([p, q, r]).Validate();
        Assert.Equal(
            [
                (ProblemCodes.MissingField, ".points"),
                (ProblemCodes.MissingField, ".round"),
                (ProblemCodes.InvalidValue, ".points"),
                (ProblemCodes.InvalidValue, ".round"),
                (ProblemCodes.OutOfRange, ".points"),
            ],
            problems.Select(x => (x.Code, x.Path![x.Path!.LastIndexOf('.')..])).ToArray());
    }

    [Fact]
    public void Evidence_IsChecked()
    {
        var bad = new[]
        {
            new EvidenceReference("Kế hoạch", fileName: "kh.pdf"),
            new EvidenceReference("Báo cáo", fileName: "bc.pdf", sha256: "xyz"),
            new EvidenceReference("Trang", url: "ftp://example.org/a"),
            new EvidenceReference("Không gì"),
        };
        var problems = new AssessmentRecords([Self(5, 9m, evidence: bad)]).Validate();
        Assert.Equal(
            [ProblemCodes.MissingField, ProblemCodes.InvalidValue, ProblemCodes.InvalidValue, ProblemCodes.MissingField],
            problems.Select(x => x.Code).ToArray());
        Assert.EndsWith(".evidence[3]", problems[^1].Path, System.StringComparison.Ordinal);
    }
}

/// <summary>Entries with arbitrary fields.</summary>
internal static class AssessmentRecordsTestsHelpers
{
    public static AssessmentEntry Entry(string unit, AssessmentEntryKind kind, AssessorRole by, decimal? points, int? round) =>
        new(unit, Year, "I1", kind, Day(5), by, points, round);
}
