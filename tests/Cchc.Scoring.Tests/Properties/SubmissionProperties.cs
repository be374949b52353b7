using System.Collections.Generic;
using System.Linq;
using Cchc.Scoring;
using Cchc.Scoring.Serialization;
using Cchc.Scoring.Tests.Serialization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Cchc.Scoring.Tests.Properties;

/// <summary>Submissions for the example framework, the same submissions in another order, and an as-of instant.</summary>
public sealed record SubmissionCase(Submission[] Submissions, Submission[] Shuffled, Instant AsOf)
{
    public override string ToString() => SubmissionJson.Write(new SubmissionSet(Submissions)) + "as of " + AsOf;
}

[Properties(Arbitrary = new[] { typeof(Arbitraries) })]
public class SubmissionProperties
{
    private static readonly Framework Example = FrameworkJson.Read(Fixtures.Framework).Value!;

    [CheckedProperty]
    public bool Scoring_IndependentOfSubmissionOrder(SubmissionCase c)
    {
        foreach (var request in Requests(c))
        {
            string one = ScorecardJson.Write(Scorer.Score(Example, new SubmissionSet(c.Submissions), request));
            string other = ScorecardJson.Write(Scorer.Score(Example, new SubmissionSet(c.Shuffled), request));
            if (one != other)
            {
                return false;
            }
        }

        return true;
    }

    [CheckedProperty]
    public bool Json_RoundTrip(SubmissionCase c)
    {
        // Revisions clashing at one instant are a reading error, so keep one per key here.
        var unique = c.Submissions.DistinctBy(s => (s.UnitId, s.Period, s.IndicatorCode, s.RecordedAt)).ToArray();
        string text = SubmissionJson.Write(new SubmissionSet(unique), Example.Id);
        var read = SubmissionJson.Read(text, Example);
        return read.Problems.Count == 0
            && SubmissionJson.Write(read.Value!, Example.Id) == text
            && read.Value!.Submissions.Select(s => s.Measurement).SequenceEqual(new SubmissionSet(unique).Submissions.Select(s => s.Measurement));
    }

    [CheckedProperty]
    public bool AsOf_NeverUsesLaterRevision(SubmissionCase c)
    {
        var set = new SubmissionSet(c.Submissions);
        foreach (var key in c.Submissions.Select(s => (s.UnitId, s.Period, s.IndicatorCode)).Distinct())
        {
            var selected = set.Select(key.UnitId, key.Period, key.IndicatorCode, c.AsOf);
            var recorded = c.Submissions.Where(s => (s.UnitId, s.Period, s.IndicatorCode) == key && s.RecordedAt <= c.AsOf).Select(s => s.RecordedAt).ToArray();
            bool ok = selected is null
                ? recorded.Length == 0
                : selected.RecordedAt <= c.AsOf && selected.RecordedAt == recorded.Max();
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    [CheckedProperty]
    public bool Scoring_AsOf_RecordsOnlyEarlierRevisions(SubmissionCase c)
    {
        var result = Scorer.Score(Example, new SubmissionSet(c.Submissions), new ScoringRequest(ReportingPeriod.Parse("2025", Example.Calendar), c.AsOf));
        return result.Scorecards.SelectMany(s => s.Indicators).All(i => i.Submission is null || i.Submission.RecordedAt <= c.AsOf);
    }

    [CheckedProperty]
    public bool Points_WithinMax(SubmissionCase c)
    {
        var result = Scorer.Score(Example, new SubmissionSet(c.Submissions), new ScoringRequest(ReportingPeriod.Parse("2025", Example.Calendar)));
        return result.Scorecards.All(card =>
            card.Points >= 0 && card.Points <= card.MaxPoints
            && (card.Index is null || card.Index is >= 0 and <= 100)
            && card.Indicators.All(i => i.Points >= 0 && i.Points <= i.MaxPoints));
    }

    private static IEnumerable<ScoringRequest> Requests(SubmissionCase c)
    {
        yield return new ScoringRequest(ReportingPeriod.Parse("2025", Example.Calendar));
        yield return new ScoringRequest(ReportingPeriod.Parse("2025", Example.Calendar), c.AsOf);
        yield return new ScoringRequest(ReportingPeriod.Parse("2025-Q1", Example.Calendar), null, ["VP", "ZZ"]);
    }

    public static class Arbitraries
    {
        private static readonly Instant Base = TestData.At("2026-01-01T00:00:00Z");

        private static readonly Gen<decimal> Amount = Gen.Choose(0, 100_000).SelectMany(i => Gen.Elements(i / 100m, i / 10m, (decimal)i, i / 100m + 0.00m));

        private static readonly Gen<Measurement> Ratio =
            from denominator in Gen.Choose(0, 2000)
            from excluded in Gen.Choose(0, denominator)
            from numerator in Gen.Choose(0, denominator - excluded)
            select Measurement.Ratio(numerator, denominator, excluded);

        private static Gen<Measurement> MeasurementFor(string indicator) =>
            Gen.Frequency(
                (1, Gen.Constant(Measurement.NotApplicable(Example.FindIndicator(indicator)!.Measure))),
                (9, indicator switch
                {
                    "T02" => Ratio,
                    "T07" or "T08" => Amount.Select(Measurement.Duration),
                    "T10" => Gen.Choose(0, 40).Select(i => Measurement.Quantity(i)),
                    "T16" => Gen.Elements(true, false).Select(Measurement.YesNo),
                    _ => Gen.Choose(0, 10_000).Select(i => Measurement.Percentage(i / 100m)),
                }));

        private static readonly Gen<Submission> OneSubmission =
            from unit in Gen.Elements("SO", "VP", "P1")
            from period in Gen.Elements("2021", "2025", "2025-Q1", "2025-H1")
            from indicator in Gen.Elements("T02", "T07", "T08", "T10", "T16", "T15")
            from measurement in MeasurementFor(indicator)
            from minutes in Gen.Choose(0, 60 * 24 * 20)
            from note in Gen.Elements<string?>(null, null, "ghi chú", "correction")
            select new Submission(unit, ReportingPeriod.Parse(period, Example.Calendar), indicator, measurement, Base.Plus(Duration.FromMinutes(minutes / 60 * 60)), new SubmissionOptions { Note = note });

        public static Arbitrary<SubmissionCase> Cases() =>
            (from submissions in Gen.ArrayOf(OneSubmission)
             from shuffled in Gen.Shuffle(submissions)
             from asOfMinutes in Gen.Choose(-60, 60 * 24 * 21)
             select new SubmissionCase(submissions, shuffled, Base.Plus(Duration.FromMinutes(asOfMinutes))))
            .ToArbitrary();
    }
}
