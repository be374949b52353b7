using System;
using System.Collections.Generic;
using System.Linq;
using Cchc.Scoring;
using Cchc.Scoring.Serialization;
using Xunit;

namespace Cchc.Scoring.Tests.Reliability;

/// <summary>
/// Units are scored in parallel by default; the result — scorecards, explanations, traces, fingerprints and the problems
/// in their order — is byte-identical to the one scored on the calling thread, whatever the number of threads.
/// </summary>
public sealed class ParallelScoringTests
{
    private static readonly Framework Plan = BuiltInFrameworks.Get(BuiltInFrameworks.GtvtTienGiang20212025);

    /// <summary>
    /// The built-in sample copied for 80 groups of units (above the size from which units are scored in parallel),
    /// with figures that cannot be used and units asked for that do not exist, so that problems come from many units.
    /// </summary>
    private static SubmissionSet ManyUnits()
    {
        var sample = BuiltInFrameworks.GetSample(BuiltInFrameworks.GtvtTienGiang20212025);
        var units = new List<Unit>();
        var submissions = new List<Submission>();
        for (int g = 0; g < 80; g++)
        {
            string suffix = "-" + g.ToString("D3", System.Globalization.CultureInfo.InvariantCulture);
            units.AddRange(sample.Units.Units.Select(u => new Unit(u.Id + suffix, u.Name, u.Kind, u.ParentId is null ? null : u.ParentId + suffix)));
            submissions.AddRange(sample.Submissions.Select(s => new Submission(s.UnitId + suffix, s.Period, s.IndicatorCode, s.Measurement, s.RecordedAt, new SubmissionOptions { Note = s.Note, Evidence = s.Evidence, SelfAssessedPoints = s.SelfAssessedPoints, AppraisedPoints = s.AppraisedPoints })));
            if (g % 7 == 0)
            {
                // A quantity where a ratio is measured, from a unit that is not declared: a measure-mismatch warning.
                submissions.Add(new Submission("EXTRA" + suffix, ReportingPeriod.ForYear(2025), "T02", Measurement.Quantity(5), NodaTime.Instant.FromUtc(2026, 1, 5, 0, 0)));
            }
        }

        return new SubmissionSet(submissions, UnitHierarchy.Create(units).Value!);
    }

    private static string Everything(ScoringResult result) =>
        ScorecardJson.Write(result)
        + string.Join("\n", result.Problems.Select(p => p.ToString()))
        + string.Join("\n", result.Scorecards.SelectMany(c => c.Indicators).Select(s => s.Explanation));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Parallel_IsByteIdenticalToSequential(bool rollUp)
    {
        var set = ManyUnits();
        var units = set.UnitIds.Append("NOWHERE-1").Append("NOWHERE-2");
        var request = new ScoringRequest(ReportingPeriod.ForYear(2025, Plan.Calendar), units: units, rollUpUnits: rollUp);
        var sequential = Scorer.Score(Plan, set, request, ScoringOptions.Sequential);
        Assert.True(sequential.Scorecards.Count > 500);
        Assert.Contains(sequential.Problems, p => p.Code == ProblemCodes.MeasureMismatch);
        Assert.Contains(sequential.Problems, p => p.Code == ProblemCodes.UnknownUnit);
        string expected = Everything(sequential);
        foreach (int threads in new[] { 2, 8 })
        {
            var parallel = Scorer.Score(Plan, set, request, new ScoringOptions(threads));
            Assert.Equal(expected, Everything(parallel));
            Assert.Equal(sequential.Fingerprint, parallel.Fingerprint);
        }
    }

    [Fact]
    public void Options_RejectANegativeDegree()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ScoringOptions(-1));
        Assert.Equal(0, ScoringOptions.Default.MaxDegreeOfParallelism);
        Assert.Equal(1, ScoringOptions.Sequential.MaxDegreeOfParallelism);
    }
}
