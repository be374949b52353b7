using System;
using System.Linq;
using Cchc.Scoring;
using Cchc.Scoring.Serialization;
using NodaTime;
using Xunit;
using static Cchc.Scoring.Tests.TestData;

namespace Cchc.Scoring.Tests.Serialization;

/// <summary>The framework's deadline, trajectory thresholds, period roll-up and milestones; a duration's count.</summary>
public class TimeFieldsTests
{
    private static string Framework(string top, string indicatorExtra = "", string targetExtra = "", string measure = "duration") => """
        {
          "id": "one",
          "version": "1.0.0",
          "name": { "vi": "Một", "en": "One" },
          "plan": { "start": "2021-01-01", "end": "2025-12-31" },
          "calendar": "administrative",
          TOP
          "totalPoints": 10,
          "areas": [
            {
              "code": "A1",
              "name": { "vi": "Lĩnh vực", "en": "Area" },
              "indicators": [
                {
                  "code": "I1",
                  "name": { "vi": "Chỉ số", "en": "Indicator" },
                  "measure": "MEASURE",
                  EXTRA
                  "target": { "comparison": "<=", "value": 15, "due": "2025-12-31" TARGET },
                  "rule": { "kind": "threshold" },
                  "points": 10
                }
              ]
            }
          ]
        }
        """.Replace("TOP", top, StringComparison.Ordinal).Replace("EXTRA", indicatorExtra, StringComparison.Ordinal)
            .Replace("TARGET", targetExtra, StringComparison.Ordinal).Replace("MEASURE", measure, StringComparison.Ordinal);

    [Fact]
    public void Read_AllTimeFields_AndWriteCanonically()
    {
        string text = Framework(
            """ "deadline": { "workingDays": 3, "weekend": ["sunday", "saturday"], "holidays": ["2025-09-02", "2025-01-01"], "utcOffset": "+07:00" }, "trajectoryThresholds": { "onTrack": 0.9 }, """,
            """ "periodRollUp": "mean", """,
            """, "milestones": [ { "year": 2023, "value": 25 } ]""");
        var read = FrameworkJson.Read(text);
        Assert.Empty(read.Problems);
        var fw = read.Value!;
        Assert.Equal(3, fw.Deadline!.WorkingDays);
        Assert.True(fw.Deadline.HasDefaultWeekend);
        Assert.Equal([Date("2025-01-01"), Date("2025-09-02")], fw.Deadline.Holidays);
        Assert.Equal(0.9m, fw.TrajectoryThresholds.OnTrack);
        Assert.Equal(0.5m, fw.TrajectoryThresholds.NeedsAcceleration);
        var indicator = fw.FindIndicator("I1")!;
        Assert.Equal(PeriodRollUpMethod.Mean, indicator.PeriodRollUp);
        Assert.Equal(new Cchc.Scoring.Milestone(2023, 25), Assert.Single(indicator.Target.Milestones));

        // Canonical: the default weekend and offset are left out, holidays sorted, thresholds written whole.
        string written = FrameworkJson.Write(fw);
        Assert.Contains("\"calendar\": \"administrative\",\n  \"deadline\": {\n    \"workingDays\": 3,\n    \"holidays\": [\n      \"2025-01-01\",\n      \"2025-09-02\"\n    ]\n  },\n  \"trajectoryThresholds\": {\n    \"onTrack\": 0.9,\n    \"needsAcceleration\": 0.5,\n    \"limitedProgress\": 0\n  },", written, StringComparison.Ordinal);
        Assert.Contains("\"unit\": \"\",\n          \"periodRollUp\": \"mean\",", written, StringComparison.Ordinal);
        Assert.Contains("\"milestones\": [\n              {\n                \"year\": 2023,\n                \"value\": 25\n              }\n            ]", written, StringComparison.Ordinal);
        Assert.Equal(written, FrameworkJson.Write(FrameworkJson.Read(written).Value!));
    }

    [Fact]
    public void Write_LeavesDefaultsOut()
    {
        var fw = FrameworkJson.Read(Framework(string.Empty)).Value!;
        Assert.Null(fw.Deadline);
        string written = FrameworkJson.Write(fw);
        Assert.DoesNotContain("deadline", written, StringComparison.Ordinal);
        Assert.DoesNotContain("trajectoryThresholds", written, StringComparison.Ordinal);
        Assert.DoesNotContain("periodRollUp", written, StringComparison.Ordinal);
        Assert.DoesNotContain("milestones", written, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OtherWeekendAndOffset_RoundTrip()
    {
        var fw = FrameworkJson.Read(Framework(""" "deadline": { "workingDays": 0, "weekend": ["friday"], "utcOffset": "-03:30" }, """)).Value!;
        Assert.Equal([IsoDayOfWeek.Friday], fw.Deadline!.Weekend);
        Assert.Equal(Offset.FromHoursAndMinutes(-3, -30), fw.Deadline.UtcOffset);
        string written = FrameworkJson.Write(fw);
        Assert.Contains("\"weekend\": [\n      \"friday\"\n    ],\n    \"utcOffset\": \"-03:30\"", written, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(""" "deadline": { "weekend": ["saturday"] }, """, "", "", ProblemCodes.MissingField, "$.deadline.workingDays")]
    [InlineData(""" "deadline": { "workingDays": -1 }, """, "", "", ProblemCodes.OutOfRange, "$.deadline.workingDays")]
    [InlineData(""" "deadline": { "workingDays": 1.5 }, """, "", "", ProblemCodes.InvalidValue, "$.deadline.workingDays")]
    [InlineData(""" "deadline": { "workingDays": 1, "weekend": ["caturday"] }, """, "", "", ProblemCodes.InvalidValue, "$.deadline.weekend[0]")]
    [InlineData(""" "deadline": { "workingDays": 1, "weekend": ["monday","tuesday","wednesday","thursday","friday","saturday","sunday"] }, """, "", "", ProblemCodes.InvalidValue, "$.deadline.weekend")]
    [InlineData(""" "deadline": { "workingDays": 1, "utcOffset": "UTC+7" }, """, "", "", ProblemCodes.InvalidValue, "$.deadline.utcOffset")]
    [InlineData(""" "deadline": { "workingDays": 1, "holidays": ["2025-13-01"] }, """, "", "", ProblemCodes.InvalidValue, "$.deadline.holidays")]
    [InlineData(""" "deadline": { "workingDays": 1, "days": 2 }, """, "", "", ProblemCodes.UnknownField, "$.deadline.days")]
    [InlineData(""" "trajectoryThresholds": { "onTrack": 0.4 }, """, "", "", ProblemCodes.InvalidValue, "$.trajectoryThresholds")]
    [InlineData("", """ "periodRollUp": "median", """, "", ProblemCodes.InvalidValue, "$.areas[0].indicators[0].periodRollUp")]
    [InlineData("", """ "periodRollUp": "pool", """, "", ProblemCodes.RollUpMismatch, "$.areas[0].indicators[0].periodRollUp")]
    [InlineData("", "", """, "milestones": [ { "year": 2025, "value": 1 } ]""", ProblemCodes.InvalidTarget, "$.areas[0].indicators[0].target.milestones")]
    [InlineData("", "", """, "milestones": [ { "year": 2021, "value": 1 } ]""", ProblemCodes.InvalidTarget, "$.areas[0].indicators[0].target.milestones")]
    [InlineData("", "", """, "milestones": [ { "year": 2023, "value": 1 }, { "year": 2023, "value": 2 } ]""", ProblemCodes.Duplicate, "$.areas[0].indicators[0].target.milestones")]
    [InlineData("", "", """, "milestones": [ { "year": 2023 } ]""", ProblemCodes.MissingField, "$.areas[0].indicators[0].target.milestones[0]")]
    public void Read_BadTimeFields_AreLocatedProblems(string top, string extra, string target, string code, string path)
    {
        var read = FrameworkJson.Read(Framework(top, extra, target));
        Assert.Null(read.Value);
        Assert.Contains(read.Problems, p => p.Code == code && p.Path!.StartsWith(path, StringComparison.Ordinal));
    }

    [Fact]
    public void Submission_DurationCount_RoundTrips_AndIsOnlyForDurations()
    {
        var fw = FrameworkJson.Read(Framework(string.Empty)).Value!;
        string text = """
            {
              "units": [],
              "submissions": [
                {
                  "unit": "VP",
                  "period": "2025-Q1",
                  "indicator": "I1",
                  "recordedAt": "2025-03-20T02:00:00Z",
                  "value": 12.5,
                  "count": 40
                }
              ]
            }

            """;
        var read = SubmissionJson.Read(text, fw);
        Assert.Empty(read.Problems);
        Assert.Equal(40m, read.Value!.Submissions[0].Measurement.Count);
        Assert.Equal(text, SubmissionJson.Write(read.Value));

        var negative = SubmissionJson.Read(text.Replace("\"count\": 40", "\"count\": -1", StringComparison.Ordinal), fw);
        Assert.Contains(negative.Problems, p => p.Code == ProblemCodes.NegativeCount && p.Path == "$.submissions[0].count");

        var ratio = FrameworkJson.Read(Framework(string.Empty, measure: "ratio")).Value!;
        var wrong = SubmissionJson.Read(text.Replace("\"value\": 12.5", "\"numerator\": 1, \"denominator\": 2", StringComparison.Ordinal), ratio);
        Assert.Contains(wrong.Problems, p => p.Code == ProblemCodes.MeasureMismatch && p.Path == "$.submissions[0].count");
    }

    [Fact]
    public void Measurement_Count_TakesPartInEquality()
    {
        Assert.NotEqual(Measurement.Duration(10, 5), Measurement.Duration(10));
        Assert.Equal("10 (5 cases)", Measurement.Duration(10, 5).ToString());
    }

    [Fact]
    public void History_ListsEveryPeriodInOrder()
    {
        var set = Set(
            Submission("VP", "2025", "I1", Measurement.Quantity(2), At("2026-01-20T00:00:00Z")),
            Submission("VP", "2025-Q1", "I1", Measurement.Quantity(1)),
            Submission("VP", "2025", "I1", Measurement.Quantity(1), At("2026-01-10T00:00:00Z")),
            Submission("VP", "2024", "I1", Measurement.Quantity(1)),
            Submission("P1", "2024", "I1", Measurement.Quantity(1)));
        Assert.Equal(["2024", "2025-Q1", "2025", "2025"], set.History("VP", "I1").Select(s => s.Period.ToString()));
        Assert.Equal([1m, 2m], set.History("VP", "I1", Period("2025")).Select(s => s.Measurement.Value));
        Assert.Empty(set.History("XX", "I1"));
        Assert.Throws<ArgumentNullException>(() => set.History(null!, "I1"));
    }
}
