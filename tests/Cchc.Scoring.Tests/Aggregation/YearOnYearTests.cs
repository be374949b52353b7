using System;
using System.Linq;
using Cchc.Scoring;
using Xunit;
using static Cchc.Scoring.Tests.Aggregation.AggregationData;
using static Cchc.Scoring.Tests.TestData;

namespace Cchc.Scoring.Tests.Aggregation;

/// <summary>
/// Year on year. One ratio indicator worth 100 points with the target 100 % (proportional): the index is the
/// percentage. 2024: A 50 %, B 80 %, C 70 % → B 1st, C 2nd, A 3rd. 2025: A 90 %, B 85 %, C 60 %, D 75 % → A 1st,
/// B 2nd, D 3rd, C 4th.
/// </summary>
public sealed class YearOnYearTests
{
    private static readonly Framework Ratios = Framework([Ratio()]);

    private static ScoringResult Year(string period, params (string Unit, int Percent)[] figures) =>
        Score(Ratios, new SubmissionSet(figures.Select(f => Submission(f.Unit, period, "R", Measurement.Ratio(f.Percent, 100)))), rollUp: false, period: period);

    private static YearOnYear Compare() => YearOnYear.Compare(
        Year("2025", ("A", 90), ("B", 85), ("C", 60), ("D", 75)),
        Year("2024", ("A", 50), ("B", 80), ("C", 70)));

    [Fact]
    public void Changes_HandDerived()
    {
        var yoy = Compare();
        Assert.Equal(Period("2024"), yoy.PreviousPeriod);
        Assert.Equal(["A", "B", "D", "C"], yoy.Units.Select(u => u.UnitId)); // the current ranking's order

        var a = yoy.Find("A")!; // 50 → 90: +40; 3rd → 1st: up 2
        Assert.Equal((90m, 50m, 40m, 1, 3, 2), (a.Index!.Value, a.PreviousIndex!.Value, a.Change!.Value, a.Rank!.Value, a.PreviousRank!.Value, a.RankChange!.Value));
        var b = yoy.Find("B")!; // 80 → 85: +5; 1st → 2nd: down 1
        Assert.Equal((5m, -1), (b.Change!.Value, b.RankChange!.Value));
        var c = yoy.Find("C")!; // 70 → 60: −10; 2nd → 4th: down 2
        Assert.Equal((-10m, -2), (c.Change!.Value, c.RankChange!.Value));
    }

    [Fact]
    public void NewUnit_HasNoPreviousFigures()
    {
        var d = Compare().Find("D")!;
        Assert.Equal(75m, d.Index);
        Assert.Null(d.PreviousIndex);
        Assert.Null(d.Change);
        Assert.Null(d.PreviousRank);
        Assert.Null(d.RankChange);
    }

    [Fact]
    public void PartialData_OnEitherSide_IsMarked()
    {
        // A reports 3 quarters of 2025: its index is on partial data, so its change is not fully comparable.
        var current = Score(Ratios, new SubmissionSet(
            [
                Submission("A", "2025-Q1", "R", Measurement.Ratio(9, 10)),
                Submission("A", "2025-Q2", "R", Measurement.Ratio(9, 10)),
                Submission("A", "2025-Q3", "R", Measurement.Ratio(9, 10)),
                Submission("B", "2025", "R", Measurement.Ratio(85, 100)),
            ]), rollUp: false);
        var yoy = YearOnYear.Compare(current, Year("2024", ("A", 50), ("B", 80)));
        Assert.True(yoy.Find("A")!.IsPartial);
        Assert.False(yoy.Find("B")!.IsPartial);
    }

    [Fact]
    public void Compare_RefusesLaterPeriodsAndOtherFrameworks()
    {
        var y2025 = Year("2025", ("A", 90));
        Assert.Throws<ArgumentException>(() => YearOnYear.Compare(y2025, Year("2025", ("A", 50))));
        Assert.Throws<ArgumentException>(() => YearOnYear.Compare(Year("2024", ("A", 50)), y2025));
        var other = Scorer.Score(
            new Framework("other", "1", Text("o"), Ratios.Plan, Ratios.Calendar, Ratios.Rounding, Ratios.TotalPoints, Ratios.Bands, Ratios.Areas),
            new SubmissionSet([Submission("A", "2024", "R", Measurement.Ratio(1, 2))]),
            new ScoringRequest(Period("2024")));
        Assert.Throws<ArgumentException>(() => YearOnYear.Compare(y2025, other));
        Assert.Throws<ArgumentNullException>(() => YearOnYear.Compare(null!, y2025));
    }

    [Fact]
    public void Summary_CarriesTheComparisonAndTheStatus()
    {
        var current = Year("2025", ("A", 90), ("B", 85));
        var summary = ScoringSummary.Create(current, new SubmissionSet([Submission("A", "2025", "R", Measurement.Ratio(90, 100))]));
        Assert.Null(summary.YearOnYear);
        var yoy = YearOnYear.Compare(current, Year("2024", ("A", 50)));
        var with = summary.WithYearOnYear(yoy);
        Assert.Same(yoy, with.YearOnYear);
        Assert.Null(summary.YearOnYear); // immutable: a new summary
        var status = ReportingStatus.Compute(Ratios, SubmissionSet.Empty, Period("2025"));
        Assert.Same(status, with.WithReportingStatus(status).ReportingStatus);
        Assert.Throws<ArgumentException>(() => summary.WithReportingStatus(ReportingStatus.Compute(Ratios, SubmissionSet.Empty, Period("2024"))));
        Assert.Throws<ArgumentException>(() => summary.WithYearOnYear(YearOnYear.Compare(Year("2026", ("A", 1)), current)));
    }
}
