using System.Linq;
using Cchc.Scoring;
using Cchc.Scoring.Serialization;
using Xunit;
using static Cchc.Scoring.Tests.TestData;

namespace Cchc.Scoring.Tests.Serialization;

public class RoundTripTests
{
    private static Framework ReadFramework()
    {
        var result = FrameworkJson.Read(Fixtures.Framework);
        Assert.Empty(result.Problems);
        return result.Value!;
    }

    [Fact]
    public void Framework_ReadWrite_SameText()
    {
        Assert.Equal(Fixtures.Framework, FrameworkJson.Write(ReadFramework()));
    }

    [Fact]
    public void Framework_Read_Values()
    {
        var framework = ReadFramework();
        Assert.Equal(ReportingCalendar.Administrative, framework.Calendar);
        Assert.Equal(RoundingMode.Truncate, framework.Rounding.Mode);
        Assert.Equal(RoundingLevel.Area, framework.Rounding.Level);
        Assert.Equal("42.50", framework.TotalPoints.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var t10 = framework.FindIndicator("T10")!;
        Assert.Equal(TargetChange.RelativeReduction, t10.Target.Change);
        Assert.Equal(ReportingPeriod.Parse("2021", ReportingCalendar.Administrative), t10.Target.Baseline!.Period);
        Assert.True(((Cchc.Scoring.Rules.GoalpostsRule)t10.Rule).FloorIsBaseline);
        Assert.Equal(Date("2025-12-31"), t10.Target.Due);
        Assert.Equal(["T02", "T07", "T08", "T10", "T16", "T15"], framework.Indicators.Select(i => i.Code));
    }

    [Fact]
    public void Framework_WriteRead_WriteSame()
    {
        // A framework built in code writes a text that reads back to the same text.
        var framework = Framework(Area(
            "A1",
            Indicator("I1", MeasureKind.Ratio, new Target(Cchc.Scoring.Rules.Comparison.AtLeast, 95), Cchc.Scoring.Rules.ThresholdRule.Instance, 10)));
        string text = FrameworkJson.Write(framework);
        Assert.Equal(text, FrameworkJson.Write(FrameworkJson.Read(text).Value!));
    }

    private static SubmissionSet ReadSubmissions()
    {
        var result = SubmissionJson.Read(Fixtures.Submissions, ReadFramework());
        Assert.Empty(result.Problems);
        return result.Value!;
    }

    [Fact]
    public void Submissions_ReadWrite_SameText()
    {
        Assert.Equal(Fixtures.Submissions, SubmissionJson.Write(ReadSubmissions(), "example-framework"));
    }

    [Fact]
    public void Submissions_Read_Values()
    {
        var set = ReadSubmissions();
        Assert.Equal(8, set.Submissions.Count);
        var latest = set.Select("VP", ReportingPeriod.Parse("2025", ReportingCalendar.Administrative), "T02")!;
        Assert.Equal(Measurement.Ratio(905, 1005, 5), latest.Measurement);
        Assert.Equal(At("2026-01-20T02:00:00Z"), latest.RecordedAt);
        Assert.Equal("đính chính sau kiểm tra", latest.Note);
        Assert.Equal("CV-123/VP", latest.Evidence);

        // The administrative calendar reads the quarter: 15 June to 14 September.
        var q3 = set.Submissions.Single(s => s.Period.Kind == PeriodKind.Quarter);
        Assert.Equal(Date("2025-06-15"), q3.Period.Start);
        Assert.Equal("12.50", q3.Measurement.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(At("2026-01-10T02:00:00.5Z"), set.Select("SO", ReportingPeriod.Parse("2025", ReportingCalendar.Administrative), "T10")!.RecordedAt);
        Assert.Equal("VP", set.Units.ChildrenOf("SO").Single().Id);
    }

    [Fact]
    public void Submissions_InputOrder_DoesNotChangeText()
    {
        // Written in canonical order whatever order they were read in.
        var set = ReadSubmissions();
        var reversed = new SubmissionSet(set.Submissions.Reverse(), set.Units);
        Assert.Equal(Fixtures.Submissions, SubmissionJson.Write(reversed, "example-framework"));
    }

    [Fact]
    public void Submissions_Empty_Writes()
    {
        Assert.Equal("{\n  \"units\": [],\n  \"submissions\": []\n}\n", SubmissionJson.Write(SubmissionSet.Empty));
    }

    [Fact]
    public void Scorecard_Write_Example()
    {
        // T02 latest: 905 ÷ (1005 − 5) × 100 = 90.5 % ≥ 90 → 12.5.
        var framework = ReadFramework();
        var result = Cchc.Scoring.Scorer.Score(framework, ReadSubmissions(), new Cchc.Scoring.ScoringRequest(ReportingPeriod.Parse("2025", framework.Calendar), units: ["VP"]));
        string json = ScorecardJson.Write(result);
        Assert.Contains("\"periodStart\": \"2024-12-15\"", json, System.StringComparison.Ordinal);
        Assert.Contains("\"explanation\": \"value 905 ÷ (1005 − 5) × 100 = 90.5 %; target >= 90; proportional: 90.5 ≥ 90 → 12.5.\"", json, System.StringComparison.Ordinal);
        Assert.Contains("\"recordedAt\": \"2026-01-20T02:00:00Z\"", json, System.StringComparison.Ordinal);
        Assert.Contains("\"status\": \"notApplicable\"", json, System.StringComparison.Ordinal);
    }
}
