using System.Linq;
using Cchc.Scoring;
using Xunit;
using static Cchc.Scoring.Tests.TestData;

namespace Cchc.Scoring.Tests.Status;

/// <summary>
/// Reporting status across a reorganisation: only units that exist for the period are due. On 1 June 2025 the
/// departments SO and SXD merge into NEW; the office VP and the centre TT, both under SO, move under NEW the same day.
/// The period is 2025-Q2 (April–June 2025), which ends on Monday 30 June; with 4 working days (Tue 1 … Fri 4 July) the
/// figures are due on Friday 4 July, so everything below, recorded on 2 July, is on time.
/// </summary>
public sealed class ReportingStatusLineageTests
{
    private static readonly NodaTime.LocalDate MergerDay = Date("2025-06-01");

    private static UnitHierarchy Units() => UnitHierarchy.Create(
        [
            new Unit("SO", Text("SO"), "department", validTo: Date("2025-05-31")),
            new Unit("SXD", Text("SXD"), "department", validTo: Date("2025-05-31")),
            new Unit("NEW", Text("NEW"), "department", validFrom: MergerDay),
            new Unit("VP", Text("VP"), "office", "SO"),
            new Unit("TT", Text("TT"), "subordinate", "SO"),
        ],
        [
            LineageEvent.Merge(MergerDay, ["SO", "SXD"], "NEW"),
            LineageEvent.Move(MergerDay, "VP", "NEW"),
            LineageEvent.Move(MergerDay, "TT", "NEW"),
        ]).Value!;

    private static Submission Sub(string unit, string period, string indicator, string recordedAt) =>
        new(unit, Period(period), indicator, indicator == "I1" ? Measurement.Ratio(9, 10) : Measurement.Percentage(95), At(recordedAt));

    private static SubmissionSet Set() => new(
        [
            // SO sent I1 for April and May, the two months it existed, and nothing for June: the quarter is not covered,
            // but SO ended on 31 May and owes nothing for the quarter.
            Sub("SO", "2025-04", "I1", "2025-05-05T02:00:00Z"),
            Sub("SO", "2025-05", "I1", "2025-06-02T02:00:00Z"),

            // NEW sent I1 only; VP sent all three; TT sent nothing.
            Sub("NEW", "2025-Q2", "I1", "2025-07-02T02:00:00Z"),
            Sub("VP", "2025-Q2", "I1", "2025-07-02T02:00:00Z"),
            Sub("VP", "2025-Q2", "I2", "2025-07-02T02:00:00Z"),
            Sub("VP", "2025-Q2", "I3", "2025-07-02T02:00:00Z"),
        ],
        Units());

    [Fact]
    public void UnitsThatEndedDuringThePeriod_AreNotMissing()
    {
        var status = ReportingStatus.Compute(ReportingStatusTests.StatusFramework(), Set(), Period("2025-Q2"));

        // Due on 30 June: NEW, TT, VP. SO and SXD ended on 31 May: not due, not missing.
        Assert.Equal(["NEW", "TT", "VP"], status.Units.Select(u => u.UnitId));
        Assert.Equal(["SO", "SXD"], status.UnitsNotDue.Select(u => u.UnitId));
        Assert.All(status.UnitsNotDue, u => Assert.True(u.Ended));
        Assert.Equal("merged into NEW on 2025-06-01", status.UnitsNotDue[0].Describe());
        Assert.Equal("hợp nhất vào NEW từ ngày 2025-06-01", status.UnitsNotDue[1].Describe(Language.Vi));
        Assert.Null(status.Find("SO"));

        // NEW: I1 on time, I2 and I3 owed (2). TT: I1 and I2 owed (2), I3 not applicable to a subordinate unit.
        // VP: 3 on time. Missing 2 + 2 = 4 (with SO and SXD counted it would be 4 + 3 + 3 = 10); on time 1 + 3 = 4.
        Assert.Equal(["I2", "I3"], status.Find("NEW")!.Owed);
        Assert.Equal(["I1", "I2"], status.Find("TT")!.Owed);
        Assert.Equal(4, status.Counts.Missing);
        Assert.Equal(4, status.Counts.OnTime);
        Assert.Equal(1, status.Counts.NotApplicable);
    }

    [Fact]
    public void AUnitCreatedDuringThePeriod_OwesOnlyItsOwnMonths_ItsPredecessorsCoverTheMonthsBefore()
    {
        // NEW exists from 1 June; SO and SXD, merged into it, report I2 for April and May; NEW reports June. As scoring
        // takes SO's and SXD's figures for the days before the merger, the quarter is covered: first covered when the
        // last month was, 2025-07-01T02:00Z (NEW's June), on time before the deadline of Friday 4 July.
        var both = new SubmissionSet(
            [
                Sub("SO", "2025-04", "I2", "2025-05-05T02:00:00Z"),
                Sub("SO", "2025-05", "I2", "2025-06-02T02:00:00Z"),
                Sub("SXD", "2025-04", "I2", "2025-05-06T02:00:00Z"),
                Sub("SXD", "2025-05", "I2", "2025-06-03T02:00:00Z"),
                Sub("NEW", "2025-06", "I2", "2025-07-01T02:00:00Z"),
            ],
            Units());
        var item = ReportingStatus.Compute(ReportingStatusTests.StatusFramework(), both, Period("2025-Q2")).Find("NEW")!.Indicators.Single(i => i.IndicatorCode == "I2");
        Assert.Equal(ReportingState.OnTime, item.State);
        Assert.Equal(At("2025-07-01T02:00:00Z"), item.SubmittedAt);

        // Without SXD's May the merged unit's May is not covered: missing, as it would be for NEW alone.
        var one = new SubmissionSet(both.Submissions.Where(x => !(x.UnitId == "SXD" && x.Period == Period("2025-05"))), Units());
        Assert.Equal(ReportingState.Missing, ReportingStatus.Compute(ReportingStatusTests.StatusFramework(), one, Period("2025-Q2")).Find("NEW")!.Indicators.Single(i => i.IndicatorCode == "I2").State);

        // The predecessors' figures count only before the merger: SO's and SXD's June (after it) do not cover NEW's June.
        var late = new SubmissionSet(
            both.Submissions.Where(x => x.UnitId != "NEW").Concat([Sub("SO", "2025-06", "I2", "2025-07-01T02:00:00Z"), Sub("SXD", "2025-06", "I2", "2025-07-01T02:00:00Z")]),
            Units());
        Assert.Equal(ReportingState.Missing, ReportingStatus.Compute(ReportingStatusTests.StatusFramework(), late, Period("2025-Q2")).Find("NEW")!.Indicators.Single(i => i.IndicatorCode == "I2").State);
    }

    [Fact]
    public void SelectionStart_TakesTheUnitsOfTheFirstDay()
    {
        var status = ReportingStatus.Compute(ReportingStatusTests.StatusFramework(), Set(), Period("2025-Q2"), new ReportingStatusOptions { Selection = UnitSelection.Start });

        // On 1 April: SO, SXD, TT, VP; NEW did not exist yet. SO's months cover only April and May: I1 missing.
        Assert.Equal(["SO", "SXD", "TT", "VP"], status.Units.Select(u => u.UnitId));
        Assert.Equal(["NEW"], status.UnitsNotDue.Select(u => u.UnitId));
        Assert.False(status.UnitsNotDue[0].Ended);
        Assert.Equal("created on 2025-06-01 by the merge of SO, SXD", status.UnitsNotDue[0].Describe());
        Assert.Equal(["I1", "I2", "I3"], status.Find("SO")!.Owed);
    }

    [Fact]
    public void UnitsAsked_ThatEnded_AreNotDue_UndeclaredStillAre()
    {
        var status = ReportingStatus.Compute(ReportingStatusTests.StatusFramework(), Set(), Period("2025-Q2"), new ReportingStatusOptions { Units = ["SO", "VP", "ZZ"] });
        Assert.Equal(["VP", "ZZ"], status.Units.Select(u => u.UnitId));
        Assert.Equal(["SO"], status.UnitsNotDue.Select(u => u.UnitId));
    }

    [Fact]
    public void BeforeTheMerger_EveryUnitThenIsDue()
    {
        // 2025-Q1 ends on 31 March: SO, SXD, TT and VP exist; NEW does not.
        var status = ReportingStatus.Compute(ReportingStatusTests.StatusFramework(), Set(), Period("2025-Q1"));
        Assert.Equal(["SO", "SXD", "TT", "VP"], status.Units.Select(u => u.UnitId));
        Assert.Equal(["NEW"], status.UnitsNotDue.Select(u => u.UnitId));

        // NEW was created after the quarter: not "ended", and said so (it used to read as ended, with no end date).
        Assert.False(status.UnitsNotDue[0].Ended);
        Assert.Equal("created on 2025-06-01 by the merge of SO, SXD", status.UnitsNotDue[0].Describe());
        Assert.True(ReportingStatusTests.IsValid(Cchc.Scoring.Serialization.ReportingStatusJson.Write(status)));
        Assert.Contains("\"unitsNotDue\": [\n    {\n      \"unit\": \"NEW\",\n      \"ended\": false,\n      \"event\": \"merge\",\n      \"date\": \"2025-06-01\"\n    }\n  ]", Cchc.Scoring.Serialization.ReportingStatusJson.Write(status), System.StringComparison.Ordinal);
    }

    [Fact]
    public void RollUpUnits_AParentIsJudgedByItsUnitsAtThePeriodsEnd()
    {
        // VP and TT moved under NEW on 1 June: at the end of Q2 NEW has units of its own, so with units rolled up it owes
        // only I3 (its own roll-up); I1 and I2 come from VP and TT.
        var framework = ReportingStatusTests.StatusFramework(i3RollUp: UnitRollUpMethod.Own);
        var status = ReportingStatus.Compute(framework, Set(), Period("2025-Q2"), new ReportingStatusOptions { RollUpUnits = true });
        Assert.Equal(["I3"], status.Find("NEW")!.Indicators.Select(i => i.IndicatorCode));
    }

    [Fact]
    public void WithoutValidity_NothingIsNotDue()
    {
        var status = ReportingStatus.Compute(ReportingStatusTests.StatusFramework(), ReportingStatusTests.Example, Period("2025-Q1"));
        Assert.Empty(status.UnitsNotDue);
        Assert.DoesNotContain("unitsNotDue", Cchc.Scoring.Serialization.ReportingStatusJson.Write(status), System.StringComparison.Ordinal);
    }
}
