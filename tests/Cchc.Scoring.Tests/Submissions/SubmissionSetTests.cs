using System.Linq;
using Cchc.Scoring;
using Cchc.Scoring.Rules;
using Xunit;
using static Cchc.Scoring.Tests.TestData;

namespace Cchc.Scoring.Tests.Submissions;

public class SubmissionSetTests
{
    private static readonly Submission First = Submission("VP", "2025", "T02", Measurement.Ratio(80, 100), At("2026-01-10T02:00:00Z"));
    private static readonly Submission Second = Submission("VP", "2025", "T02", Measurement.Ratio(85, 100), At("2026-01-20T02:00:00Z"));
    private static readonly Submission Third = Submission("VP", "2025", "T02", Measurement.Ratio(90, 100), At("2026-02-01T00:00:00Z"));
    private static readonly SubmissionSet Set3 = Set(Third, First, Second);

    [Fact]
    public void Select_NoAsOf_Latest()
    {
        Assert.Same(Third, Set3.Select("VP", Period("2025"), "T02"));
    }

    [Fact]
    public void Select_AsOfBetween_LatestBefore()
    {
        Assert.Same(First, Set3.Select("VP", Period("2025"), "T02", At("2026-01-19T23:59:59Z")));
    }

    [Fact]
    public void Select_AsOfExactInstant_Included()
    {
        // "At or before": the revision recorded at exactly the as-of instant counts.
        Assert.Same(Second, Set3.Select("VP", Period("2025"), "T02", At("2026-01-20T02:00:00Z")));
    }

    [Fact]
    public void Select_AsOfBeforeFirst_None()
    {
        Assert.Null(Set3.Select("VP", Period("2025"), "T02", At("2026-01-10T01:59:59Z")));
    }

    [Fact]
    public void Select_OtherKeys_None()
    {
        Assert.Null(Set3.Select("VP", Period("2024"), "T02"));
        Assert.Null(Set3.Select("SO", Period("2025"), "T02"));
        Assert.Null(Set3.Select("VP", Period("2025"), "T09"));
        Assert.Null(Set3.Select("VP", Period("2025-Q4"), "T02"));
    }

    [Fact]
    public void Select_TiesAtSameInstant_IndependentOfInputOrder()
    {
        var a = Submission("VP", "2025", "T02", Measurement.Ratio(70, 100));
        var b = Submission("VP", "2025", "T02", Measurement.Ratio(60, 100));
        var one = Set(a, b).Select("VP", Period("2025"), "T02");
        var other = Set(b, a).Select("VP", Period("2025"), "T02");
        Assert.Same(one, other);
    }

    [Fact]
    public void Revisions_OldestFirst()
    {
        Assert.Equal([First, Second, Third], Set3.Revisions("VP", Period("2025"), "T02"));
    }

    [Fact]
    public void Submissions_CanonicalOrder()
    {
        var set = Set(
            Submission("VP", "2025", "T07", Measurement.Duration(10)),
            Submission("SO", "2025", "T02", Measurement.Ratio(1, 2)),
            Submission("VP", "2024", "T07", Measurement.Duration(12)),
            Submission("VP", "2025", "T02", Measurement.Ratio(1, 2)));

        // Unit, then indicator, then period.
        Assert.Equal(
            ["SO 2025 T02", "VP 2025 T02", "VP 2024 T07", "VP 2025 T07"],
            set.Submissions.Select(s => s.UnitId + " " + s.Period + " " + s.IndicatorCode));
        Assert.Equal(["SO", "VP"], set.UnitIds);
    }

    private static Framework SmallFramework() => Framework(Area(
        "A1",
        Indicator("T02", MeasureKind.Ratio, new Target(Comparison.AtLeast, 90), ProportionalRule.Instance, 10),
        Indicator("T07", MeasureKind.Duration, new Target(Comparison.AtMost, 15), ThresholdRule.Instance, 10),
        Indicator("T09", MeasureKind.Percentage, new Target(Comparison.AtLeast, 95), ThresholdRule.Instance, 10)));

    [Fact]
    public void Validate_Clean_NoProblems()
    {
        Assert.Empty(SmallFramework().Validate(Set3));
    }

    [Fact]
    public void Validate_EveryProblem()
    {
        var set = Set(
            Submission("A", "2025", "T02", Measurement.Ratio(101, 100)), // numerator > denominator
            Submission("B", "2025", "T02", Measurement.Ratio(-1, 100)), // negative numerator
            Submission("C", "2025", "T02", Measurement.Ratio(96, 100, 5)), // 96 > 100 − 5
            Submission("D", "2025", "T02", Measurement.Ratio(0, 5, 6)), // excluded > denominator
            Submission("E", "2025", "T99", Measurement.Quantity(1)), // unknown indicator
            Submission("F", "2025", "T07", Measurement.Ratio(1, 2)), // ratio for a duration
            Submission("G", "2025", "T07", Measurement.Duration(-3)), // negative duration
            Submission("H", "2025", "T09", Measurement.Percentage(100.5m)), // percentage above 100
            Submission("I", "2025", "T02", Measurement.Ratio(1, 2)),
            Submission("I", "2025", "T02", Measurement.Ratio(1, 3)), // same instant, different value
            Submission("J", "2025", "T07", Measurement.Duration(2_000_000_000_000_000m))); // beyond 10^15

        var problems = SmallFramework().Validate(set);
        Assert.Equal(
            [
                ("$.submissions[0].numerator", ProblemCodes.NumeratorExceedsDenominator),
                ("$.submissions[1].numerator", ProblemCodes.NegativeCount),
                ("$.submissions[2].numerator", ProblemCodes.NumeratorExceedsDenominator),
                ("$.submissions[3].excluded", ProblemCodes.ExcludedExceedsDenominator),
                ("$.submissions[4].indicator", ProblemCodes.UnknownIndicator),
                ("$.submissions[5]", ProblemCodes.MeasureMismatch),
                ("$.submissions[6].value", ProblemCodes.NegativeCount),
                ("$.submissions[7].value", ProblemCodes.OutOfRange),
                ("$.submissions[9]", ProblemCodes.Duplicate),
                ("$.submissions[10].value", ProblemCodes.OutOfRange),
            ],
            problems.Select(p => (p.Path!, p.Code)));
        Assert.All(problems, p => Assert.Equal(Severity.Error, p.Severity));
    }

    [Fact]
    public void Validate_SameRevisionTwice_Warning()
    {
        var set = Set(Submission("I", "2025", "T02", Measurement.Ratio(1, 2)), Submission("I", "2025", "T02", Measurement.Ratio(1, 2)));
        var problem = Assert.Single(SmallFramework().Validate(set));
        Assert.Equal(ProblemCodes.Duplicate, problem.Code);
        Assert.Equal(Severity.Warning, problem.Severity);
    }
}
