using System.Linq;
using Cchc.Scoring;
using Cchc.Scoring.Serialization;
using Cchc.Scoring.Tests.Aggregation;
using Cchc.Scoring.Tests.Serialization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Cchc.Scoring.Tests.Properties;

/// <summary>Units' values (percentages), the unit whose value rises, and by how much.</summary>
public sealed record RankCase(decimal[] Values, int Who, decimal Raise)
{
    public override string ToString() => string.Join(", ", Values) + "; unit " + Who + " +" + Raise;
}

/// <summary>Units' ratios (numerator, denominator) under one parent.</summary>
public sealed record PoolCase((int Numerator, int Denominator)[] Ratios)
{
    public override string ToString() => string.Join(", ", Ratios.Select(r => r.Numerator + "/" + r.Denominator));
}

[Properties(Arbitrary = new[] { typeof(Arbitraries), typeof(SubmissionProperties.Arbitraries) })]
public class AggregationProperties
{
    private static readonly Framework Example = FrameworkJson.Read(Fixtures.Framework).Value!;

    private static readonly ReportingPeriod Year = ReportingPeriod.Parse("2025", Example.Calendar);

    private static int? RankOf(RankCase c, decimal[] values)
    {
        var units = values.Select((v, i) => ("U" + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture), "x", v)).ToArray();
        var ranking = Ranking.Rank(RankingTests.ScoreValues(RoundingPolicy.Default, units).Scorecards);
        return ranking.Single(r => r.Scorecard.UnitId == units[c.Who].Item1).Rank;
    }

    [CheckedProperty]
    public bool Rank_NeverWorsens_WhenOnlyOwnPointsRise(RankCase c)
    {
        var raised = c.Values.ToArray();
        raised[c.Who] = System.Math.Min(100, raised[c.Who] + c.Raise);
        return RankOf(c, raised) <= RankOf(c, c.Values);
    }

    [CheckedProperty]
    public bool PooledRatio_LiesBetweenTheUnitsRatios(PoolCase c)
    {
        var children = c.Ratios.Select((_, i) => new Cchc.Scoring.Unit("C" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), TestData.Text("C"), "division", "P")).ToArray();
        var set = new SubmissionSet(
            c.Ratios.Select((r, i) => TestData.Submission(children[i].Id, "2025", "R", Measurement.Ratio(r.Numerator, r.Denominator))),
            AggregationData.Hierarchy([AggregationData.Dept, .. children]));
        var score = AggregationData.Find(AggregationData.Score(AggregationData.Framework([AggregationData.Ratio()]), set), "P", "R");
        var ratios = c.Ratios.Where(r => r.Denominator > 0).Select(r => r.Numerator * 100m / r.Denominator).ToArray();
        if (ratios.Length == 0)
        {
            return score.Status == IndicatorStatus.NotApplicable;
        }

        return score.Value >= ratios.Min() && score.Value <= ratios.Max();
    }

    [CheckedProperty]
    public bool Fingerprint_UnchangedByReordering(SubmissionCase c)
    {
        var one = Scorer.Score(Example, new SubmissionSet(c.Submissions), new ScoringRequest(Year, c.AsOf));
        var other = Scorer.Score(Example, new SubmissionSet(c.Shuffled), new ScoringRequest(Year, c.AsOf));
        return one.Fingerprint == other.Fingerprint
            && one.Scorecards.Select(s => s.Fingerprint).SequenceEqual(other.Scorecards.Select(s => s.Fingerprint));
    }

    [CheckedProperty]
    public bool Fingerprint_ChangedByAlteringAnyValueUsed(SubmissionCase c)
    {
        var unique = c.Submissions.DistinctBy(s => (s.UnitId, s.Period, s.IndicatorCode, s.RecordedAt)).ToArray();
        var before = Scorer.Score(Example, new SubmissionSet(unique), new ScoringRequest(Year));
        foreach (var card in before.Scorecards)
        {
            foreach (var used in card.Indicators.SelectMany(s => s.Trace.Sources.Concat(s.Trace.BaselineSources)).Select(s => s.Submission).Distinct())
            {
                var altered = unique.Select(s => ReferenceEquals(s, used) ? Alter(s) : s).ToArray();
                var after = Scorer.Score(Example, new SubmissionSet(altered), new ScoringRequest(Year));
                if (after.Find(card.UnitId)!.Fingerprint == card.Fingerprint || after.Fingerprint == before.Fingerprint)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static Submission Alter(Submission s)
    {
        var m = s.Measurement;
        var changed = !m.IsApplicable ? Measurement.Quantity(1) : m.Kind switch
        {
            MeasureKind.Ratio => Measurement.Ratio(m.Numerator, m.Denominator + 1, m.Excluded),
            MeasureKind.YesNo => Measurement.YesNo(!m.Answer),
            MeasureKind.Quantity => Measurement.Quantity(m.Value + 1),
            MeasureKind.Duration => Measurement.Duration(m.Value + 0.5m),
            _ => Measurement.Percentage(m.Value + 0.01m),
        };
        return new Submission(s.UnitId, s.Period, s.IndicatorCode, changed, s.RecordedAt, new SubmissionOptions { Note = s.Note, Evidence = s.Evidence });
    }

    public static class Arbitraries
    {
        public static Arbitrary<RankCase> RankCases() =>
            (from count in Gen.Choose(1, 8)
             from values in Gen.ArrayOf(Gen.Choose(0, 1_000_000).Select(i => i / 10_000m), count)
             from who in Gen.Choose(0, count - 1)
             from raise in Gen.Choose(0, 200_000).Select(i => i / 10_000m)
             select new RankCase(values, who, raise))
            .ToArbitrary();

        public static Arbitrary<PoolCase> PoolCases() =>
            (from count in Gen.Choose(1, 6)
             from ratios in Gen.ArrayOf(
                 from d in Gen.Choose(0, 500)
                 from n in Gen.Choose(0, d)
                 select (n, d),
                 count)
             select new PoolCase(ratios))
            .ToArbitrary();
    }
}

/// <summary>The fingerprint, pinned: the same inputs give this text on any machine and in any culture.</summary>
public class FingerprintTests
{
    private static ScoringResult ScoreExample()
    {
        var framework = FrameworkJson.Read(Fixtures.Framework).Value!;
        var set = SubmissionJson.Read(Fixtures.Submissions, framework).Value!;
        return Scorer.Score(framework, set, new ScoringRequest(ReportingPeriod.Parse("2025", framework.Calendar)));
    }

    [Xunit.Fact]
    public void Fingerprint_SameInAnyCulture_AndLowercaseSha256()
    {
        var invariant = ScoreExample();
        var culture = (System.Globalization.CultureInfo)System.Globalization.CultureInfo.InvariantCulture.Clone();
        culture.NumberFormat.NumberDecimalSeparator = ",";
        culture.NumberFormat.NegativeSign = "~";
        var saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
            var other = ScoreExample();
            Xunit.Assert.Equal(invariant.Fingerprint, other.Fingerprint);
            Xunit.Assert.Equal(invariant.Scorecards.Select(s => s.Fingerprint), other.Scorecards.Select(s => s.Fingerprint));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }

        Xunit.Assert.Matches("^[0-9a-f]{64}$", invariant.Fingerprint);
        Xunit.Assert.Equal(invariant.Scorecards.Count, invariant.Scorecards.Select(s => s.Fingerprint).Distinct().Count());
    }

    [Xunit.Fact]
    public void Fingerprint_ChangesWithTheRequestAndTheFramework()
    {
        var framework = FrameworkJson.Read(Fixtures.Framework).Value!;
        var set = SubmissionJson.Read(Fixtures.Submissions, framework).Value!;
        var period = ReportingPeriod.Parse("2025", framework.Calendar);
        string plain = Scorer.Score(framework, set, new ScoringRequest(period)).Fingerprint;
        Xunit.Assert.NotEqual(plain, Scorer.Score(framework, set, new ScoringRequest(period, rollUpUnits: true)).Fingerprint);
        Xunit.Assert.NotEqual(plain, Scorer.Score(framework, set, new ScoringRequest(period, TestData.At("2026-01-15T00:00:00Z"))).Fingerprint);
        var renamed = FrameworkJson.Read(Fixtures.Framework.Replace("\"version\": \"1.0.0\"", "\"version\": \"1.0.1\"", System.StringComparison.Ordinal)).Value!;
        Xunit.Assert.NotEqual(plain, Scorer.Score(renamed, set, new ScoringRequest(period)).Fingerprint);
    }
}
