using System.Linq;
using Cchc.Scoring;
using Cchc.Scoring.Rules;
using Cchc.Scoring.Serialization;
using Cchc.Scoring.Tests.Serialization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static Cchc.Scoring.Tests.TestData;

namespace Cchc.Scoring.Tests.Properties;

/// <summary>Quarterly ratios (numerator, denominator, excluded) for some quarters of 2025.</summary>
public sealed record QuartersCase((int Quarter, int Numerator, int Denominator, int Excluded)[] Quarters)
{
    public override string ToString() => string.Join("; ", Quarters.Select(q => "Q" + q.Quarter + " " + q.Numerator + "/" + q.Denominator + " −" + q.Excluded));
}

/// <summary>Submissions, one more revision recorded at <see cref="Extra"/>'s instant, and an as-of instant.</summary>
public sealed record RevisionCase(SubmissionCase Base, Submission Extra)
{
    public override string ToString() => Base + "\nextra: " + Extra + " at " + Extra.RecordedAt;
}

[Properties(Arbitrary = new[] { typeof(Arbitraries), typeof(SubmissionProperties.Arbitraries) })]
public class TimeProperties
{
    private static readonly Framework Example = FrameworkJson.Read(Fixtures.Framework).Value!;

    private static readonly Framework Pooled = Framework(Area("A1", Indicator("I1", MeasureKind.Ratio, new Target(Comparison.AtLeast, 90), ProportionalRule.Instance, 10)));

    [CheckedProperty]
    public bool PoolingQuarters_EqualsTheYearFromSummedCounts(QuartersCase c)
    {
        var quarters = Set(c.Quarters.Select(q => Submission("VP", "2025-Q" + q.Quarter, "I1", Measurement.Ratio(q.Numerator, q.Denominator, q.Excluded))).ToArray());
        var year = Set(Submission("VP", "2025", "I1", Measurement.Ratio(c.Quarters.Sum(q => q.Numerator), c.Quarters.Sum(q => q.Denominator), c.Quarters.Sum(q => q.Excluded))));
        var request = new ScoringRequest(Period("2025"));
        var a = Scorer.Score(Pooled, quarters, request).Scorecards[0].Indicators.Single();
        var b = Scorer.Score(Pooled, year, request).Scorecards[0].Indicators.Single();
        return a.Value == b.Value && a.Points == b.Points && a.Status == b.Status && a.MaxPoints == b.MaxPoints;
    }

    [CheckedProperty]
    public bool AsOf_RollUpNeverUsesALaterSubmission(SubmissionCase c)
    {
        var set = new SubmissionSet(c.Submissions);
        foreach (string period in new[] { "2025", "2025-H1" })
        {
            var result = Scorer.Score(Example, set, new ScoringRequest(ReportingPeriod.Parse(period, Example.Calendar), c.AsOf));
            foreach (var score in result.Scorecards.SelectMany(s => s.Indicators))
            {
                if (score.Source is { } source && (source.Parts.Any(p => p.RecordedAt > c.AsOf) || source.Submission?.RecordedAt > c.AsOf))
                {
                    return false;
                }
            }
        }

        return true;
    }

    [CheckedProperty]
    public bool LaterRevision_ChangesOnlyResultsAsOfItsInstantOrAfter(RevisionCase c)
    {
        var before = new SubmissionSet(c.Base.Submissions);
        var after = new SubmissionSet(c.Base.Submissions.Append(c.Extra));
        foreach (string period in new[] { "2025", "2025-Q1", "2021" })
        {
            // The units are named and the problems left aside: without them the scorecards list every unit of the set, and a
            // warning says which asked-for unit is unknown, including a unit that first reports later.
            var request = new ScoringRequest(ReportingPeriod.Parse(period, Example.Calendar), c.Base.AsOf, ["SO", "VP", "P1"]);
            string one = Cards(Scorer.Score(Example, before, request));
            string two = Cards(Scorer.Score(Example, after, request));
            if (c.Base.AsOf < c.Extra.RecordedAt && one != two)
            {
                return false;
            }

            var t1 = Cchc.Scoring.Trajectories.Compute(Example, before, c.Extra.UnitId, c.Base.AsOf);
            var t2 = Cchc.Scoring.Trajectories.Compute(Example, after, c.Extra.UnitId, c.Base.AsOf);
            if (c.Base.AsOf < c.Extra.RecordedAt && TrajectoryJson.Write([t1]) != TrajectoryJson.Write([t2]))
            {
                return false;
            }
        }

        return true;
    }

    private static string Cards(ScoringResult result)
    {
        string json = ScorecardJson.Write(result);
        return json[..json.IndexOf("\n  \"problems\"", System.StringComparison.Ordinal)];
    }

    public static class Arbitraries
    {
        private static readonly Gen<(int, int, int, int)> Quarter =
            from q in Gen.Choose(1, 4)
            from d in Gen.Choose(0, 5000)
            from x in Gen.Choose(0, d)
            from n in Gen.Choose(0, d - x)
            select (q, n, d, x);

        public static Arbitrary<QuartersCase> Quarters() =>
            Gen.NonEmptyListOf(Quarter).Select(list => new QuartersCase(list.DistinctBy(q => q.Item1).ToArray())).ToArbitrary();

        public static Arbitrary<RevisionCase> Revisions() =>
            (from c in SubmissionProperties.Arbitraries.Cases().Generator
             from unit in Gen.Elements("SO", "VP")
             from period in Gen.Elements("2021", "2025", "2025-Q1", "2025-Q2", "2025-H1")
             from indicator in Gen.Elements("T02", "T10", "T15")
             from value in Gen.Choose(0, 100)
             from minutes in Gen.Choose(-60, 60 * 24 * 21)
             let m = indicator switch
             {
                 "T02" => Measurement.Ratio(value, 100),
                 "T10" => Measurement.Quantity(value),
                 _ => Measurement.Percentage(value),
             }
             select new RevisionCase(c, new Submission(unit, ReportingPeriod.Parse(period, Example.Calendar), indicator, m, At("2026-01-01T00:00:00Z").Plus(Duration.FromMinutes(minutes)))))
            .ToArbitrary();
    }
}
