using System;
using System.Linq;
using System.Text.Json.Nodes;
using Cchc.Scoring;
using Cchc.Scoring.Rules;
using Cchc.Scoring.Serialization;
using Cchc.Scoring.Tests.Docs;
using Json.Schema;
using NodaTime;
using Xunit;
using static Cchc.Scoring.Tests.TestData;

namespace Cchc.Scoring.Tests.Status;

/// <summary>
/// Hand-derived reporting states. The framework reports on the calendar quarter 2025-Q1, which ends on Monday 31 March
/// 2025; the deadline is 4 working days after it with Hùng Kings' Day, Monday 7 April 2025, a holiday: Tue 1, Wed 2,
/// Thu 3, Fri 4 April, so the due day is Friday 4 April and a figure is late from 5 April 00:00 at UTC+7
/// (4 April 17:00 UTC).
/// </summary>
public sealed class ReportingStatusTests
{
    internal static readonly LocalDate HungKings = Date("2025-04-07");

    internal static Framework StatusFramework(SubmissionDeadline? deadline = null, UnitRollUpMethod? i3RollUp = null)
    {
        var rule = ProportionalRule.Instance;
        var i1 = new Indicator("I1", Text("I1"), MeasureKind.Ratio, "%", new Target(Comparison.AtLeast, 90), rule, 10);
        var i2 = new Indicator("I2", Text("I2"), MeasureKind.Percentage, "%", new Target(Comparison.AtLeast, 90), rule, 10);
        var i3 = new Indicator("I3", Text("I3"), MeasureKind.Percentage, "%", new Target(Comparison.AtLeast, 90), rule, 10, new IndicatorOptions { NotApplicableTo = ["subordinate"], UnitRollUp = i3RollUp });
        return new Framework(
            "status-test",
            "1.0.0",
            Text("framework"),
            new DateInterval(Date("2021-01-01"), Date("2025-12-31")),
            ReportingCalendar.Calendar,
            RoundingPolicy.Default,
            30,
            Bands,
            [Area("A1", i1, i2, i3)],
            new FrameworkOptions { Deadline = deadline ?? new SubmissionDeadline(4, [HungKings]) });
    }

    internal static UnitHierarchy Units { get; } = UnitHierarchy.Create(
    [
        new Unit("SO", Text("SO"), "department"),
        new Unit("VP", Text("VP"), "office", "SO"),
        new Unit("TT", Text("TT"), "subordinate", "SO"),
    ]).Value!;

    private static Submission Sub(string unit, string period, string indicator, string recordedAt, bool applicable = true) =>
        new(unit, Period(period), indicator, applicable ? (indicator == "I1" ? Measurement.Ratio(9, 10) : Measurement.Percentage(95)) : Measurement.NotApplicable(indicator == "I1" ? MeasureKind.Ratio : MeasureKind.Percentage), At(recordedAt));

    /// <summary>The case of the class comment: one unit × indicator in every state.</summary>
    internal static SubmissionSet Example { get; } = new(
    [
        // VP I1: Friday 4 April 23:59:59 at UTC+7, the last second of the due day: on time.
        Sub("VP", "2025-Q1", "I1", "2025-04-04T16:59:59Z"),

        // VP I2: Tuesday 8 April 09:00 at UTC+7: Sat 5 and Sun 6 are the weekend, Mon 7 a holiday, Tue 8 the first
        // working day after the due day: late by 1 working day (4 calendar days after the due day).
        Sub("VP", "2025-Q1", "I2", "2025-04-08T02:00:00Z"),

        // VP I3: Monday 21 April: working days Tue 8, Wed 9, Thu 10, Fri 11, Mon 14 … Fri 18, Mon 21 = 10.
        Sub("VP", "2025-Q1", "I3", "2025-04-21T02:00:00Z"),

        // TT I1: in on Wednesday 2 April, corrected on Tuesday 15 April: revised after the deadline, 6 working days
        // after the due day (8, 9, 10, 11, 14, 15).
        Sub("TT", "2025-Q1", "I1", "2025-04-02T02:00:00Z"),
        Sub("TT", "2025-Q1", "I1", "2025-04-15T02:00:00Z"),

        // TT I2: nothing: missing. TT I3: not applicable to subordinate units (the framework says so).

        // SO I1 and I2 on time, I3 declared not applicable by the unit.
        Sub("SO", "2025-Q1", "I1", "2025-04-01T02:00:00Z"),
        Sub("SO", "2025-Q1", "I2", "2025-04-01T02:00:00Z"),
        Sub("SO", "2025-Q1", "I3", "2025-04-01T02:00:00Z", applicable: false),

        // Another period and a later figure for another quarter are not this period's business.
        Sub("TT", "2025-Q2", "I2", "2025-04-03T02:00:00Z"),
    ], Units);

    private static ReportingStatus Compute(SubmissionSet set, Instant? asOf = null, Framework? framework = null) =>
        ReportingStatus.Compute(framework ?? StatusFramework(), set, Period("2025-Q1"), new ReportingStatusOptions { AsOf = asOf });

    private static IndicatorReportingStatus Item(ReportingStatus status, string unit, string indicator) => status.Find(unit)!.Find(indicator)!;

    [Fact]
    public void Deadline_IsFriday4April_AndLateFromMidnightAtUtcPlus7()
    {
        var status = Compute(Example);
        Assert.Equal(Date("2025-04-04"), status.DueDate);
        Assert.Equal(At("2025-04-04T17:00:00Z"), status.LateFrom);
    }

    [Fact]
    public void OnTime_LastSecondOfTheDueDay()
    {
        var item = Item(Compute(Example), "VP", "I1");
        Assert.Equal(ReportingState.OnTime, item.State);
        Assert.Null(item.WorkingDaysLate);
        Assert.Equal(At("2025-04-04T16:59:59Z"), item.SubmittedAt);
    }

    [Fact]
    public void Late_ByOneWorkingDay_AcrossAWeekendAndAHoliday()
    {
        var item = Item(Compute(Example), "VP", "I2");
        Assert.Equal(ReportingState.Late, item.State);
        Assert.Equal(1, item.WorkingDaysLate);
    }

    [Fact]
    public void Late_WithoutTheHoliday_IsTwoWorkingDays()
    {
        // The same figure when Monday 7 April is a working day: Mon 7, Tue 8 = 2.
        var item = Item(Compute(Example, framework: StatusFramework(new SubmissionDeadline(4))), "VP", "I2");
        Assert.Equal(ReportingState.Late, item.State);
        Assert.Equal(2, item.WorkingDaysLate);
    }

    [Theory]
    [InlineData("2025-04-04T17:00:00Z", 1)] // Saturday 5 April 00:00 at UTC+7, the first late instant: 1
    [InlineData("2025-04-06T16:59:59Z", 1)] // Sunday 23:59:59: still 1
    [InlineData("2025-04-07T09:00:00Z", 1)] // the holiday: 1
    [InlineData("2025-04-10T02:00:00Z", 3)] // Thursday 10 April: Tue 8, Wed 9, Thu 10 = 3
    [InlineData("2025-04-21T02:00:00Z", 10)] // Monday 21 April: 8, 9, 10, 11, 14, 15, 16, 17, 18, 21 = 10
    public void WorkingDaysLate_HandDerived(string recordedAt, int days)
    {
        var deadline = new SubmissionDeadline(4, [HungKings]);
        Assert.True(deadline.IsLate(Period("2025-Q1"), At(recordedAt)));
        Assert.Equal(days, deadline.WorkingDaysLate(Period("2025-Q1"), At(recordedAt)));
    }

    [Fact]
    public void WorkingDaysLate_OnTimeIsZero()
    {
        var deadline = new SubmissionDeadline(4, [HungKings]);
        Assert.Equal(0, deadline.WorkingDaysLate(Period("2025-Q1"), At("2025-04-04T16:59:59Z")));
        Assert.Equal(0, deadline.WorkingDaysLate(Period("2025-Q1"), At("2025-01-01T00:00:00Z")));
    }

    [Fact]
    public void WorkingDaysLate_OverYears_CountsByWeeks()
    {
        // Due Fri 4 April 2025; recorded Friday 3 April 2026, 364 days = exactly 52 weeks later: 52 × 5 = 260
        // working days, less the holiday Mon 7 April 2025 = 259.
        var deadline = new SubmissionDeadline(4, [HungKings]);
        Assert.Equal(259, deadline.WorkingDaysLate(Period("2025-Q1"), At("2026-04-03T02:00:00Z")));
    }

    [Fact]
    public void RevisedAfterDeadline_CountsDaysOfTheRevision()
    {
        var item = Item(Compute(Example), "TT", "I1");
        Assert.Equal(ReportingState.RevisedAfterDeadline, item.State);
        Assert.Equal(6, item.WorkingDaysLate);
        Assert.Equal(At("2025-04-02T02:00:00Z"), item.SubmittedAt);
        Assert.Equal(At("2025-04-15T02:00:00Z"), item.LastRecordedAt);
    }

    [Fact]
    public void Missing_AndOwed()
    {
        var status = Compute(Example);
        var tt = status.Find("TT")!;
        Assert.Equal(ReportingState.Missing, tt.Find("I2")!.State);
        Assert.Equal(["I2"], tt.Owed);
        Assert.False(tt.IsComplete);
        Assert.False(status.IsComplete);

        // No as-of instant: the library has no clock, so it does not say how overdue.
        Assert.Null(tt.Find("I2")!.WorkingDaysLate);
    }

    [Fact]
    public void NotApplicable_ByKindAndDeclared()
    {
        var status = Compute(Example);
        Assert.Equal(ReportingState.NotApplicable, Item(status, "TT", "I3").State);
        Assert.Null(Item(status, "TT", "I3").SubmittedAt);
        Assert.Equal(ReportingState.NotApplicable, Item(status, "SO", "I3").State);
    }

    [Fact]
    public void Counts_PerUnitAndInTotal()
    {
        var status = Compute(Example);
        Assert.Equal(new ReportingStateCounts(onTime: 1, late: 2, revisedAfterDeadline: 0, missing: 0, notApplicable: 0), status.Find("VP")!.Counts);
        Assert.Equal(new ReportingStateCounts(0, 0, 1, 1, 1), status.Find("TT")!.Counts);
        Assert.Equal(new ReportingStateCounts(2, 0, 0, 0, 1), status.Find("SO")!.Counts);
        Assert.Equal(new ReportingStateCounts(3, 2, 1, 1, 2), status.Counts);
        Assert.Equal(10, status.Find("VP")!.MaxWorkingDaysLate);
        Assert.Equal(["I2", "I3"], status.Find("VP")!.Late.Select(l => l.IndicatorCode));
        Assert.Equal(["SO", "TT", "VP"], status.Units.Select(u => u.UnitId));
    }

    [Fact]
    public void AsOfThe20th_DoesNotSeeTheFigureOfThe21st_AndSaysHowOverdue()
    {
        // What did we know on Sunday 20 April (end of the day at UTC+7)? VP's I3 came on the 21st: missing, and
        // overdue by the working days Tue 8 … Fri 11, Mon 14 … Fri 18 = 9. TT's correction of the 15th is seen.
        var status = Compute(Example, At("2025-04-20T16:59:59Z"));
        var i3 = Item(status, "VP", "I3");
        Assert.Equal(ReportingState.Missing, i3.State);
        Assert.Null(i3.SubmittedAt);
        Assert.Null(i3.LastRecordedAt);
        Assert.Equal(9, i3.WorkingDaysLate);
        Assert.True(status.IsPastDeadline);
        Assert.Equal(ReportingState.RevisedAfterDeadline, Item(status, "TT", "I1").State);
    }

    [Fact]
    public void AsOfBeforeTheCorrection_TheFirstFigureIsOnTime()
    {
        var status = Compute(Example, At("2025-04-10T00:00:00Z"));
        Assert.Equal(ReportingState.OnTime, Item(status, "TT", "I1").State);
        Assert.Equal(At("2025-04-02T02:00:00Z"), Item(status, "TT", "I1").LastRecordedAt);
    }

    [Fact]
    public void AsOfBeforeTheDeadline_MissingIsNotYetOverdue()
    {
        var status = Compute(Example, At("2025-04-03T00:00:00Z"));
        Assert.False(status.IsPastDeadline);
        Assert.Equal(ReportingState.Missing, Item(status, "VP", "I2").State);
        Assert.Null(Item(status, "VP", "I2").WorkingDaysLate);
    }

    [Fact]
    public void Months_CoverTheQuarter_WhenTheLastOneCameIn()
    {
        // January and February in early, March on Tuesday 8 April: the quarter is complete on the 8th, late by 1.
        var set = new SubmissionSet(
        [
            Sub("VP", "2025-01", "I1", "2025-02-03T02:00:00Z"),
            Sub("VP", "2025-02", "I1", "2025-03-03T02:00:00Z"),
            Sub("VP", "2025-03", "I1", "2025-04-08T02:00:00Z"),
            Sub("VP", "2025-01", "I2", "2025-02-03T02:00:00Z"),
            Sub("VP", "2025-02", "I2", "2025-03-03T02:00:00Z"),
        ], Units);
        var status = Compute(set);
        Assert.Equal(ReportingState.Late, Item(status, "VP", "I1").State);
        Assert.Equal(At("2025-04-08T02:00:00Z"), Item(status, "VP", "I1").SubmittedAt);
        Assert.Equal(1, Item(status, "VP", "I1").WorkingDaysLate);

        // Two months of three are not the quarter: still owed.
        Assert.Equal(ReportingState.Missing, Item(status, "VP", "I2").State);
        Assert.Equal(At("2025-03-03T02:00:00Z"), Item(status, "VP", "I2").LastRecordedAt);
    }

    [Fact]
    public void NoDeadline_NothingIsLate()
    {
        var framework = new Framework("x", "1", Text("x"), new DateInterval(Date("2021-01-01"), Date("2025-12-31")), ReportingCalendar.Calendar, RoundingPolicy.Default, 30, Bands, StatusFramework().Areas);
        var status = Compute(Example, framework: framework);
        Assert.Null(status.DueDate);
        Assert.Equal(ReportingState.OnTime, Item(status, "VP", "I3").State);
        Assert.Equal(ReportingState.OnTime, Item(status, "TT", "I1").State);
    }

    [Fact]
    public void RollUpUnits_AParentOwesOnlyWhatItReportsItself()
    {
        // With units rolled up, SO's I1 and I2 are pooled from VP and TT; I3 is its own.
        var framework = StatusFramework(i3RollUp: UnitRollUpMethod.Own);
        var status = ReportingStatus.Compute(framework, Example, Period("2025-Q1"), new ReportingStatusOptions { RollUpUnits = true });
        Assert.Equal(["I3"], status.Find("SO")!.Indicators.Select(i => i.IndicatorCode));
        Assert.Equal(3, status.Find("VP")!.Indicators.Count);
    }

    [Fact]
    public void Units_AsAsked_UndeclaredUnitOwesEverything()
    {
        var status = ReportingStatus.Compute(StatusFramework(), Example, Period("2025-Q1"), new ReportingStatusOptions { Units = ["ZZ", "VP"] });
        Assert.Equal(["VP", "ZZ"], status.Units.Select(u => u.UnitId));
        Assert.Equal(["I1", "I2", "I3"], status.Find("ZZ")!.Owed);
        Assert.Null(status.Find("ZZ")!.Unit);
    }

    [Fact]
    public void Compute_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => ReportingStatus.Compute(null!, Example, Period("2025-Q1")));
        Assert.Throws<ArgumentNullException>(() => ReportingStatus.Compute(StatusFramework(), null!, Period("2025-Q1")));
        Assert.Throws<ArgumentNullException>(() => ReportingStatus.Compute(StatusFramework(), Example, Period("2025-Q1"), new ReportingStatusOptions { Units = [null!] }));
    }

    private static readonly JsonSchema Schema = JsonSchema.FromText(RepositoryFiles.Read("docs/schemas/reporting-status.schema.json"));

    internal static bool IsValid(string json) => Schema.Evaluate(JsonNode.Parse(json), new EvaluationOptions { OutputFormat = OutputFormat.List }).IsValid;

    [Fact]
    public void Schema_IsValidDraft202012()
    {
        var results = MetaSchemas.Draft202012.Evaluate(JsonNode.Parse(RepositoryFiles.Read("docs/schemas/reporting-status.schema.json")), new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(results.IsValid);
    }

    [Fact]
    public void Json_IsValidAgainstTheSchema_AndCarriesTheStates()
    {
        string json = ReportingStatusJson.Write(Compute(Example, At("2025-04-20T16:59:59Z")));
        Assert.True(IsValid(json), json);
        var root = JsonNode.Parse(json)!;
        Assert.Equal("2025-04-04", (string?)root["dueDate"]);
        Assert.Equal(2, (int?)root["counts"]!["missing"]); // TT's I2 and, as of the 20th, VP's I3
        var vp = root["units"]!.AsArray().Single(u => (string?)u!["unit"] == "VP")!;
        Assert.Equal(["I3"], vp["owed"]!.AsArray().Select(n => (string?)n));
        Assert.Equal("missing", (string?)vp["indicators"]![2]!["state"]);
        Assert.Equal(9, (int?)vp["indicators"]![2]!["workingDaysLate"]);
        Assert.Equal("late", (string?)vp["indicators"]![1]!["state"]);
        Assert.Equal("2025-04-20T16:59:59Z", (string?)root["asOf"]);
    }

    [Fact]
    public void StatusDoc_ExamplesAreValidAgainstTheirSchemas()
    {
        // docs/status.md: the framework and submissions against their schemas, the JSON output against the status schema.
        string doc = RepositoryFiles.Read("docs/status.md");
        string Block(string marker, string fence)
        {
            int at = doc.IndexOf(marker, StringComparison.Ordinal);
            Assert.True(at >= 0, marker);
            int start = doc.IndexOf(fence, at, StringComparison.Ordinal) + fence.Length;
            return doc[start..doc.IndexOf("```", start, StringComparison.Ordinal)];
        }

        static bool Valid(string schemaPath, string json) =>
            JsonSchema.FromText(RepositoryFiles.Read(schemaPath)).Evaluate(JsonNode.Parse(json), new EvaluationOptions { OutputFormat = OutputFormat.List }).IsValid;

        string framework = Block("<!-- example: status framework -->", "```json\n");
        Assert.True(Valid("docs/schemas/framework.schema.json", framework));
        Assert.True(Valid("docs/schemas/submissions.schema.json", Block("<!-- example: status submissions -->", "```json\n")));
        string command = Block("--as-of 2025-04-20 --format json", "\n");
        Assert.True(IsValid(command), command);
        Assert.Empty(FrameworkJson.Read(framework).Problems);
    }

    [Theory]
    [InlineData("\"state\": \"late\"", "\"state\": \"tardy\"")]
    [InlineData("\"complete\": false,", "\"complete\": \"no\",")]
    [InlineData("\"notApplicable\": 2", "\"notApplicable\": -2")]
    [InlineData("\"owed\": [", "\"owes\": [")]
    public void Schema_RejectsTypicalMistakes(string from, string to)
    {
        string json = ReportingStatusJson.Write(Compute(Example));
        Assert.Contains(from, json, StringComparison.Ordinal);
        Assert.True(IsValid(json));
        Assert.False(IsValid(json.Replace(from, to, StringComparison.Ordinal)));
    }
}
