using System;
using System.Linq;
using Cchc.Scoring;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Cchc.Scoring.Tests.Status;

/// <summary>Random revisions (whole quarters, months, not-applicable declarations, corrections) around the deadline of 2025-Q1.</summary>
public sealed record StatusCase(Submission[] Submissions, Instant AsOf, bool RollUp)
{
    public override string ToString() =>
        string.Join("\n", Submissions.Select(s => s + " @ " + s.RecordedAt)) + "\nas of " + AsOf + (RollUp ? ", rolled up" : string.Empty);
}

[FsCheck.Xunit.Properties(Arbitrary = new[] { typeof(Arbitraries) })]
public sealed class ReportingStatusProperties
{
    private static readonly Framework Framework = ReportingStatusTests.StatusFramework(i3RollUp: UnitRollUpMethod.Own);
    private static readonly ReportingPeriod Quarter = TestData.Period("2025-Q1");

    private static SubmissionSet Set(StatusCase c) => new(c.Submissions, ReportingStatusTests.Units);

    /// <summary>
    /// Every unit × indicator due lands in exactly one state: each unit lists every indicator it owes once, in
    /// framework order, the counts add up to the list, and what is owed is exactly the missing ones.
    /// </summary>
    [CheckedProperty]
    public bool EveryUnitIndicatorDue_IsInExactlyOneState(StatusCase c)
    {
        var status = ReportingStatus.Compute(Framework, Set(c), Quarter, new ReportingStatusOptions { AsOf = c.AsOf, RollUpUnits = c.RollUp });
        int total = 0;
        foreach (var unit in status.Units)
        {
            var codes = unit.Indicators.Select(i => i.IndicatorCode).ToArray();
            bool isParent = c.RollUp && unit.UnitId == "SO";
            var expected = isParent ? new[] { "I3" } : Framework.Indicators.Select(i => i.Code).ToArray();
            if (!codes.SequenceEqual(expected))
            {
                return false;
            }

            int perState = Enum.GetValues<ReportingState>().Sum(s => unit.Indicators.Count(i => i.State == s));
            if (perState != unit.Indicators.Count || unit.Counts.Total != unit.Indicators.Count
                || Enum.GetValues<ReportingState>().Any(s => unit.Counts.Of(s) != unit.Indicators.Count(i => i.State == s))
                || !unit.Owed.SequenceEqual(unit.Indicators.Where(i => i.State == ReportingState.Missing).Select(i => i.IndicatorCode)))
            {
                return false;
            }

            // Days late are given exactly for late and revised figures (and for missing ones once overdue), never 0.
            foreach (var item in unit.Indicators)
            {
                bool hasDays = item.WorkingDaysLate is int d && d >= 1;
                bool expectDays = item.State is ReportingState.Late or ReportingState.RevisedAfterDeadline
                    || (item.State == ReportingState.Missing && status.IsPastDeadline);
                if (hasDays != expectDays || (item.WorkingDaysLate is not null && !hasDays))
                {
                    return false;
                }
            }

            total += unit.Indicators.Count;
        }

        return status.Counts.Total == total && status.Units.Select(u => u.UnitId).SequenceEqual(["SO", "TT", "VP"]);
    }

    /// <summary>As of an instant, nothing recorded later is seen: the same as the status of only the revisions recorded by then.</summary>
    [CheckedProperty]
    public bool AsOf_NeverSeesALaterSubmission(StatusCase c)
    {
        var options = new ReportingStatusOptions { AsOf = c.AsOf, RollUpUnits = c.RollUp };
        var asOf = ReportingStatus.Compute(Framework, Set(c), Quarter, options);
        var known = new SubmissionSet(c.Submissions.Where(s => s.RecordedAt <= c.AsOf), ReportingStatusTests.Units);
        var onlyKnown = ReportingStatus.Compute(Framework, known, Quarter, options);
        bool nothingLater = asOf.Units.SelectMany(u => u.Indicators).All(i => (i.SubmittedAt ?? c.AsOf) <= c.AsOf && (i.LastRecordedAt ?? c.AsOf) <= c.AsOf);
        return nothingLater && Cchc.Scoring.Serialization.ReportingStatusJson.Write(asOf) == Cchc.Scoring.Serialization.ReportingStatusJson.Write(onlyKnown);
    }

    public static class Arbitraries
    {
        // Around the deadline: from 1 April to 30 April 2025, by the hour.
        private static readonly Instant Start = TestData.At("2025-04-01T00:00:00Z");

        private static readonly Gen<Submission> OneSubmission =
            from unit in Gen.Elements("SO", "VP", "TT", "ZZ")
            from period in Gen.Elements("2025-Q1", "2025-Q1", "2025-01", "2025-02", "2025-03", "2025-Q2", "2024-Q4")
            from indicator in Gen.Elements("I1", "I2", "I3")
            from applicable in Gen.Frequency((1, Gen.Constant(false)), (6, Gen.Constant(true)))
            from hours in Gen.Choose(0, 30 * 24)
            let kind = indicator == "I1" ? MeasureKind.Ratio : MeasureKind.Percentage
            let measurement = !applicable ? Measurement.NotApplicable(kind) : indicator == "I1" ? Measurement.Ratio(9, 10) : Measurement.Percentage(95)
            select new Submission(unit, TestData.Period(period), indicator, measurement, Start.Plus(Duration.FromHours(hours)));

        public static Arbitrary<StatusCase> Cases() =>
            (from submissions in Gen.ArrayOf(OneSubmission)
             from asOfHours in Gen.Choose(0, 31 * 24)
             from rollUp in Gen.Elements(true, false)
             select new StatusCase(submissions, Start.Plus(Duration.FromHours(asOfHours)), rollUp))
            .ToArbitrary();
    }
}
