using System.Linq;
using Cchc.Scoring;
using Cchc.Scoring.Dossiers.Samples;
using Xunit;
using static Cchc.Scoring.Dossiers.Tests.Build;

namespace Cchc.Scoring.Dossiers.Tests;

/// <summary>The other metrics on small hand-made data (period 2025).</summary>
public class MetricTests
{
    private static UnitPeriodMetrics Year(params Dossier[] dossiers) => Single(Count(Options("2025"), dossiers));

    [Fact]
    public void OnlineRate_NeedsElectronicResult()
    {
        // A online + e-result (counts), B online + paper result (not), C online in progress (counts: no result yet),
        // D in person (not), E online secret (excluded). Index 766 online rate: 2 / (5 − 1) = 50 %;
        // received online: A, B, C = 3 / 4 = 75 %.
        var m = Year(
            Dossier("2025-03-02T08:00", "2025-03-07T17:00", "2025-03-05T10:00", channel: Channel.Online, electronic: true),
            Dossier("2025-03-02T08:00", "2025-03-07T17:00", "2025-03-05T10:00", channel: Channel.Online),
            Dossier("2025-12-30T08:00", "2026-01-07T17:00", channel: Channel.Online),
            Dossier("2025-03-02T08:00", "2025-03-07T17:00", "2025-03-05T10:00"),
            Dossier("2025-03-02T08:00", "2025-03-07T17:00", "2025-03-05T10:00", channel: Channel.Online, electronic: true, secret: true));
        Assert.Equal(Measurement.Ratio(2, 5, 1), m.Measure(DossierMetric.OnlineRate));
        Assert.Equal(Measurement.Ratio(3, 5, 1), m.Measure(DossierMetric.OnlineReceptionRate));

        // results issued in 2025: A, B, D, E (secret): electronic A → 1 / (4 − 1)
        Assert.Equal(Measurement.Ratio(1, 4, 1), m.Measure(DossierMetric.ElectronicResultRate));
    }

    [Fact]
    public void DigitisationPaymentSatisfaction()
    {
        // digitised: A, B of 3 → 2/3; fee: A online, B at the desk, C no fee → 1/2;
        // feedback on ended dossiers: A satisfied, B dissatisfied, C none → 1/2
        var m = Year(
            Dossier("2025-03-02T08:00", "2025-03-07T17:00", "2025-03-05T10:00", digitised: true, paidOnline: true, feedback: Feedback.Satisfied),
            Dossier("2025-03-02T08:00", "2025-03-07T17:00", "2025-03-05T10:00", digitised: true, paidOnline: false, feedback: Feedback.Dissatisfied),
            Dossier("2025-03-02T08:00", "2025-03-07T17:00", "2025-03-05T10:00"));
        Assert.Equal(Measurement.Ratio(2, 3, 0), m.Measure(DossierMetric.DigitisationRate));
        Assert.Equal(Measurement.Ratio(1, 2, 0), m.Measure(DossierMetric.OnlinePaymentRate));
        Assert.Equal(Measurement.Ratio(1, 2, 0), m.Measure(DossierMetric.SatisfactionRate));
    }

    [Fact]
    public void ProcessingTime_MeanMedianP90()
    {
        // processing minutes: 60, 120, 180, 240 (the last has 600 min of supplement waiting taken off 840)
        // mean (60+120+180+240)/4 = 150; median of an even count = (120+180)/2 = 150;
        // p90 nearest rank: ceil(0.9 × 4) = 4th value = 240
        var m = Year(
            Dossier("2025-03-02T08:00", "2025-03-07T17:00", "2025-03-02T09:00"),
            Dossier("2025-03-02T08:00", "2025-03-07T17:00", "2025-03-02T10:00"),
            Dossier("2025-03-02T08:00", "2025-03-07T17:00", "2025-03-02T11:00"),
            Dossier("2025-03-02T08:00", "2025-03-07T17:00", "2025-03-02T22:00", supplements: 1, supplementWait: 600),
            Dossier("2025-03-02T08:00", "2025-03-07T17:00", "2025-03-02T23:00", secret: true));
        Assert.Equal(new DurationStats(4, 600, 150, 240), m.ProcessingTime);
        Assert.Equal(Measurement.Duration(150), m.Measure(DossierMetric.ProcessingTimeMean));
        Assert.Equal(Measurement.Duration(240), m.Measure(DossierMetric.ProcessingTimePercentile90));
    }

    [Fact]
    public void WaitingTime_OddCount()
    {
        // waiting 5, 10, 40 (and one not recorded): mean 55/3, median 10, p90 rank ceil(2.7) = 3 → 40
        var m = Year(
            Dossier("2025-03-02T08:00", "2025-03-07T17:00", waiting: 5),
            Dossier("2025-03-02T08:00", "2025-03-07T17:00", waiting: 40),
            Dossier("2025-03-02T08:00", "2025-03-07T17:00", waiting: 10),
            Dossier("2025-03-02T08:00", "2025-03-07T17:00"));
        Assert.Equal(new DurationStats(3, 55, 10, 40), m.WaitingTime);
        Assert.Equal(55m / 3m, m.WaitingTime.Mean);
    }

    [Fact]
    public void Histogram_LargeValues_Exact()
    {
        // values across several pages: 1, 5000, 100000 → median 5000, p90 100000
        var h = new MinuteHistogram();
        h.Add(100000);
        h.Add(1);
        h.Add(5000);
        Assert.Equal(new DurationStats(3, 105001, 5000, 100000), h.ToStats());
    }

    [Fact]
    public void Submissions_DefaultMap_ValidForBuiltInFramework()
    {
        var metrics = DossierReader.Read(DossierGenerator.Generate(3, 3000), Options());
        var set = metrics.ToSubmissionSet();
        Assert.NotEmpty(set.Submissions);
        Assert.Equal(["T02", "T04", "T06", "T07", "T08", "T09"], set.Submissions.Select(s => s.IndicatorCode).Distinct().Order().ToArray());
        var framework = BuiltInFrameworks.Get(BuiltInFrameworks.GtvtTienGiang20212025);
        Assert.DoesNotContain(framework.Validate(set), p => p.Severity == Severity.Error);

        // recorded at the period's close: 2026-01-01T00:00+07 = 2025-12-31T17:00Z
        var first = set.Submissions.First(s => s.Period.ToString() == "2025");
        Assert.Equal(NodaTime.Instant.FromUtc(2025, 12, 31, 17, 0), first.RecordedAt);
    }

    [Fact]
    public void IndicatorMap_Configurable()
    {
        var map = IndicatorMap.Empty.With(DossierMetric.OnTimeRate, "X1").With(DossierMetric.ProcessingTimeMedian, "X2");
        var metrics = Count(Options("2025"), Dossier("2025-03-02T08:00", "2025-03-07T17:00", "2025-03-02T09:00"));
        var subs = metrics.ToSubmissions(map);
        Assert.Equal(["X1", "X2"], subs.Select(s => s.IndicatorCode).ToArray());
        Assert.Equal(Measurement.Ratio(1, 1, 0), subs[0].Measurement);
        Assert.Equal(Measurement.Duration(60), subs[1].Measurement);
        Assert.True(IndicatorMap.TryParseMetric("processing-time-p90", out var metric));
        Assert.Equal(DossierMetric.ProcessingTimePercentile90, metric);
        Assert.False(IndicatorMap.TryParseMetric("nope", out _));
    }
}
