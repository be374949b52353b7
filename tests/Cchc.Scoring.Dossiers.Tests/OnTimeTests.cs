using Cchc.Scoring;
using Xunit;
using static Cchc.Scoring.Dossiers.Tests.Build;

namespace Cchc.Scoring.Dossiers.Tests;

/// <summary>
/// The Index 766 on-time rules, one dossier at a time, counted for the period 2025-Q1: it runs from
/// 2025-01-01T00:00 to 2025-04-01T00:00 (exclusive), and dossiers still in progress are judged at that instant.
/// </summary>
public class OnTimeTests
{
    private static RateCount OnTime(Dossier d) => Single(Count(Options("2025-Q1"), d)).OnTime;

    [Fact]
    public void Finished_BeforeDue_OnTime()
    {
        // finished 03-05 10:00 <= due 03-07 17:00 → 1/1
        Assert.Equal(new RateCount(1, 1, 0), OnTime(Dossier("2025-03-02T08:00", "2025-03-07T17:00", "2025-03-05T10:00")));
    }

    [Fact]
    public void Finished_AtDue_OnTime()
    {
        // finished exactly at the due time: "on or before" → 1/1
        Assert.Equal(new RateCount(1, 1, 0), OnTime(Dossier("2025-03-02T08:00", "2025-03-07T17:00", "2025-03-07T17:00")));
    }

    [Fact]
    public void Finished_AfterDue_Late()
    {
        // finished 03-07 17:01 > due 03-07 17:00 → 0/1
        Assert.Equal(new RateCount(0, 1, 0), OnTime(Dossier("2025-03-02T08:00", "2025-03-07T17:00", "2025-03-07T17:01")));
    }

    [Fact]
    public void InProgress_DueAfterPeriodEnd_WithinTime()
    {
        // in progress at 04-01 00:00, due 04-03 17:00 not yet passed → counts as on time: 1/1
        Assert.Equal(new RateCount(1, 1, 0), OnTime(Dossier("2025-03-28T08:00", "2025-04-03T17:00")));
    }

    [Fact]
    public void InProgress_DuePassed_Late()
    {
        // in progress at 04-01 00:00, due 03-31 17:00 already passed → 0/1
        Assert.Equal(new RateCount(0, 1, 0), OnTime(Dossier("2025-03-20T08:00", "2025-03-31T17:00")));
    }

    [Fact]
    public void FinishedAfterPeriod_JudgedAsInProgress()
    {
        // finished 04-10 (after the period, and late), but at 04-01 00:00 it was in progress with due 04-05 ahead → 1/1
        Assert.Equal(new RateCount(1, 1, 0), OnTime(Dossier("2025-03-25T08:00", "2025-04-05T17:00", "2025-04-10T09:00")));
    }

    [Fact]
    public void SupplementWait_NotCounted_OnTime()
    {
        // due 03-07 17:00 + 3 days (4320 min) waiting for the supplement = 03-10 17:00 >= finished 03-09 17:00 → 1/1
        Assert.Equal(new RateCount(1, 1, 0), OnTime(Dossier("2025-03-02T08:00", "2025-03-07T17:00", "2025-03-09T17:00", supplements: 1, supplementWait: 4320)));
    }

    [Fact]
    public void SupplementWait_TooShort_Late()
    {
        // due 03-07 17:00 + 1 day (1440 min) = 03-08 17:00 < finished 03-09 17:00 → 0/1
        Assert.Equal(new RateCount(0, 1, 0), OnTime(Dossier("2025-03-02T08:00", "2025-03-07T17:00", "2025-03-09T17:00", supplements: 1, supplementWait: 1440)));
    }

    [Fact]
    public void TwoSupplementRequests_Late()
    {
        // finished a day early, but asked to supplement twice → late: 0/1
        Assert.Equal(new RateCount(0, 1, 0), OnTime(Dossier("2025-03-02T08:00", "2025-03-07T17:00", "2025-03-06T10:00", supplements: 2, supplementWait: 120)));
    }

    [Theory]
    [InlineData(EndStatus.Returned)]
    [InlineData(EndStatus.Stopped)]
    [InlineData(EndStatus.Withdrawn)]
    public void OtherEnds_EndProcessing(EndStatus status)
    {
        // processing ends at the first of finished/returned/stopped/withdrawn: ended 03-05 <= due 03-07 → 1/1
        Assert.Equal(new RateCount(1, 1, 0), OnTime(Dossier("2025-03-02T08:00", "2025-03-07T17:00", "2025-03-05T10:00", status)));
    }

    [Fact]
    public void CarriedOver_Counted()
    {
        // received 2024-12-20, still in progress on 2025-01-01, finished 01-08 <= due 01-10: counted in Q1 → 1/1
        Assert.Equal(new RateCount(1, 1, 0), OnTime(Dossier("2024-12-20T08:00", "2025-01-10T17:00", "2025-01-08T10:00")));
    }

    [Fact]
    public void EndedBeforePeriod_NotCounted()
    {
        // received and finished in 2024: not active in 2025-Q1, so no result at all
        Assert.Empty(Count(Options("2025-Q1"), Dossier("2024-12-02T08:00", "2024-12-10T17:00", "2024-12-05T10:00")).Results);
    }

    [Fact]
    public void ReceivedAfterPeriod_NotCounted()
    {
        Assert.Empty(Count(Options("2025-Q1"), Dossier("2025-04-02T08:00", "2025-04-10T17:00")).Results);
    }

    [Fact]
    public void Secret_Excluded()
    {
        // a secret dossier stays in the denominator as reported and is excluded: 0/1 (1 excluded), no rate
        var rate = OnTime(Dossier("2025-03-02T08:00", "2025-03-07T17:00", "2025-03-05T10:00", secret: true));
        Assert.Equal(new RateCount(0, 1, 1), rate);
        Assert.Null(rate.Measurement!.Value.ComparableValue);
    }

    [Fact]
    public void Mixed_Ratio()
    {
        // on time: A (finished early), C (in progress within time), E (supplement wait covers the delay) = 3
        // late: B (finished late), D (two supplement requests); F secret, excluded
        // 3 / (6 − 1) × 100 = 60 %
        var metrics = Count(
            Options("2025-Q1"),
            Dossier("2025-03-02T08:00", "2025-03-07T17:00", "2025-03-05T10:00", id: "A"),
            Dossier("2025-03-02T08:00", "2025-03-07T17:00", "2025-03-08T10:00", id: "B"),
            Dossier("2025-03-28T08:00", "2025-04-03T17:00", id: "C"),
            Dossier("2025-03-02T08:00", "2025-03-07T17:00", "2025-03-06T10:00", supplements: 2, supplementWait: 60, id: "D"),
            Dossier("2025-03-02T08:00", "2025-03-07T17:00", "2025-03-09T17:00", supplements: 1, supplementWait: 4320, id: "E"),
            Dossier("2025-03-02T08:00", "2025-03-07T17:00", "2025-03-20T17:00", secret: true, id: "F"));
        var m = Single(metrics).Measure(DossierMetric.OnTimeRate)!.Value;
        Assert.Equal(Measurement.Ratio(3, 6, 1), m);
        Assert.Equal(60m, m.ComparableValue);
    }

    [Fact]
    public void ByEvent_InProgressJudgedAtYearEnd()
    {
        // no explicit period: counted in the year of reception (2025), judged at 2026-01-01T00:00;
        // due 2026-01-05 is ahead → within time 1/1; the end in 2026 counts processing time in 2026.
        var metrics = Count(Options(), Dossier("2025-12-29T08:00", "2026-01-05T17:00", "2026-01-06T08:00"));
        Assert.Equal(2, metrics.Results.Count);
        Assert.Equal("2025", metrics.Results[0].Period.ToString());
        Assert.Equal(new RateCount(1, 1, 0), metrics.Results[0].OnTime);
        Assert.Equal(0, metrics.Results[0].ProcessingTime.Count);
        Assert.Equal("2026", metrics.Results[1].Period.ToString());
        Assert.Equal(0, metrics.Results[1].OnTime.Denominator);

        // 2025-12-29 08:00 → 2026-01-06 08:00 = 8 days = 11520 minutes
        Assert.Equal(11520m, metrics.Results[1].ProcessingTime.Mean);
    }
}
