using System;
using System.Linq;
using Cchc.Scoring;
using Cchc.Scoring.Rules;
using Cchc.Scoring.Tests.Scoring;
using NodaTime;
using static Cchc.Scoring.Tests.TestData;

namespace Cchc.Scoring.Tests.Properties;

/// <summary>Properties of scoring across lineage: renames change no number, a merge pools, the tree of a day before an event is the old one.</summary>
public class LineageProperties
{
    private static Unit U(string id, string? parent = "SO", string? from = null, string? to = null) =>
        new(id, Text(id), "division", parent, from is null ? null : Date(from), to is null ? null : Date(to));

    /// <summary>A ratio from two non-negative numbers: the numerator at most the denominator, the denominator at least 1.</summary>
    private static Measurement Ratio(int a, int b)
    {
        int d = (Math.Abs(b) % 1000) + 1;
        return Measurement.Ratio(Math.Abs(a) % (d + 1), d);
    }

    [CheckedProperty]
    public bool Rename_NeverChangesANumber(int a1, int a2, int b1, int b2, byte day)
    {
        var date = new LocalDate(2025, 1, 2).PlusDays(day);
        var plain = UnitHierarchy.Create([U("SO", null), U("A"), U("B")]).Value!;
        var renamed = UnitHierarchy.Create([U("SO", null), U("A"), U("B")], [LineageEvent.Rename(date, "A", new LocalizedText("Tên mới", "New name"))]).Value!;
        Submission[] subs =
        [
            Submission("A", "2025-H1", "R", Ratio(a1, a2)), Submission("A", "2025-H2", "R", Ratio(b1, b2)),
            Submission("B", "2025", "R", Ratio(b1, a2)), Submission("A", "2021", "Q", Measurement.Quantity(Math.Abs(a1) % 50)), Submission("A", "2025", "Q", Measurement.Quantity(Math.Abs(b1) % 50)),
        ];
        foreach (bool rollUp in new[] { false, true })
        {
            var x = Scorer.Score(LineageScoringTests.Plan(), new SubmissionSet(subs, plain), new ScoringRequest(Period("2025"), rollUpUnits: rollUp));
            var y = Scorer.Score(LineageScoringTests.Plan(), new SubmissionSet(subs, renamed), new ScoringRequest(Period("2025"), rollUpUnits: rollUp));
            if (!x.Scorecards.SelectMany(c => c.Indicators.Select(i => (c.UnitId, i.Points, i.Value, i.Baseline, i.Status)))
                .SequenceEqual(y.Scorecards.SelectMany(c => c.Indicators.Select(i => (c.UnitId, i.Points, i.Value, i.Baseline, i.Status)))))
            {
                return false;
            }
        }

        return true;
    }

    [CheckedProperty]
    public bool MergeThenScore_EqualsScoringThePooledFigures(int a1, int a2, int b1, int b2, int c1, int c2)
    {
        var a = Ratio(a1, a2);
        var b = Ratio(b1, b2);
        var c = Ratio(c1, c2);
        var merged = new SubmissionSet(
            [Submission("A", "2025-H1", "R", a), Submission("B", "2025-H1", "R", b), Submission("C", "2025-H2", "R", c)],
            LineageScoringTests.Merged());

        // The same figures as one unit's half-years: H1 the pooled A + B, H2 C's.
        var pooled = new SubmissionSet(
            [Submission("Z", "2025-H1", "R", Measurement.Ratio(a.Numerator + b.Numerator, a.Denominator + b.Denominator)), Submission("Z", "2025-H2", "R", c)]);
        var x = Scorer.Score(LineageScoringTests.Plan(), merged, new ScoringRequest(Period("2025"), units: ["C"])).Find("C")!.Indicators.Single(i => i.Indicator.Code == "R");
        var y = Scorer.Score(LineageScoringTests.Plan(), pooled, new ScoringRequest(Period("2025"), units: ["Z"])).Find("Z")!.Indicators.Single(i => i.Indicator.Code == "R");
        return x.Value == y.Value && x.Points == y.Points && x.Status == y.Status && x.Trace.Figure == y.Trace.Figure;
    }

    [CheckedProperty]
    public bool AsOf_BeforeAnEvent_SeesTheOldTree(ushort daysBefore)
    {
        var h = LineageScoringTests.Merged();
        var day = new LocalDate(2025, 6, 30).PlusDays(-(daysBefore % 3000));
        var after = new LocalDate(2025, 7, 1).PlusDays(daysBefore % 3000);
        return h.AsOf(day).Units.Select(u => u.Id).SequenceEqual(["A", "B", "SO"])
            && h.AsOf(after).Units.Select(u => u.Id).SequenceEqual(["C", "SO"])
            && h.IsDue("A", ReportingPeriod.Custom(day, day)) && !h.IsDue("C", ReportingPeriod.Custom(day, day));
    }
}
