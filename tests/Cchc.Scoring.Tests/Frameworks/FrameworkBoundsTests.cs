using System;
using System.Linq;
using System.Text.Json.Nodes;
using Cchc.Scoring;
using Cchc.Scoring.Rules;
using Cchc.Scoring.Serialization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace Cchc.Scoring.Tests.Frameworks;

/// <summary>
/// D5: every number a framework holds is bounded (points within 10^6, values within ±10^15, relative changes within
/// 10,000 %), so that no sum, product or resolution can overflow; beyond the bounds a located problem, never an exception.
/// </summary>
[Properties(Arbitrary = new[] { typeof(FrameworkBoundsTests.Arbitraries) })]
public sealed class FrameworkBoundsTests
{
    private const decimal DecimalMax = 79228162514264337593543950335m;

    private static readonly Framework Plan = BuiltInFrameworks.Get(BuiltInFrameworks.GtvtTienGiang20212025);

    /// <summary>The built-in plan written out, changed by <paramref name="change"/>, and read again.</summary>
    private static ValidationResult<Framework> PlanWith(Action<JsonObject> change)
    {
        var root = JsonNode.Parse(FrameworkJson.Write(Plan))!.AsObject();
        change(root);
        return FrameworkJson.Read(root.ToJsonString());
    }

    private static JsonObject Indicator(JsonObject root, int area, int indicator) =>
        root["areas"]![area]!["indicators"]![indicator]!.AsObject();

    /// <summary>The JSON path of the first indicator of each of the first two areas of the plan.</summary>
    private const string First = "$.areas[0].indicators[0].points";

    private const string Second = "$.areas[1].indicators[0].points";

    [Fact]
    public void D5_PointsOf1e27_IsOutOfRange_NotACrashWhenScoring()
    {
        // The report's fw-big.json: one indicator's points 10^27, the total 10^27 + (100 − its 5) so that it adds up.
        var read = PlanWith(root =>
        {
            var first = Indicator(root, 0, 0);
            decimal points = (decimal)first["points"]!;
            first["points"] = 1_000_000_000_000_000_000_000_000_000m;
            root["totalPoints"] = 1_000_000_000_000_000_000_000_000_000m + (Plan.TotalPoints - points);
        });

        Assert.Null(read.Value);
        Assert.Equal(
            [("$.totalPoints", ProblemCodes.OutOfRange), ("$.areas[0].indicators[0].points", ProblemCodes.OutOfRange)],
            read.Problems.Select(p => (p.Path, p.Code)));
    }

    [Fact]
    public void D5_DecimalMaxPointsOnTwoIndicators_AreLocatedProblems()
    {
        // Attempt 33: Framework.Validate() itself overflowed summing the points. In a file, decimal max has 29 significant
        // digits: it cannot be held exactly as written.
        var read = PlanWith(root =>
        {
            Indicator(root, 0, 0)["points"] = DecimalMax;
            Indicator(root, 1, 0)["points"] = DecimalMax;
        });

        Assert.Null(read.Value);
        Assert.Contains(read.Problems, p => p.Path == First);
        Assert.Contains(read.Problems, p => p.Path == Second);

        // Built in code, the same framework validates with located problems.
        var fw = InCode(new Target(Comparison.AtLeast, 90), DecimalMax, DecimalMax);
        var problems = fw.Validate();
        Assert.Equal(
            [("$.totalPoints", ProblemCodes.OutOfRange), ("$.areas[0].indicators[0].points", ProblemCodes.OutOfRange), ("$.areas[0].indicators[1].points", ProblemCodes.OutOfRange)],
            problems.Where(p => p.Code == ProblemCodes.OutOfRange).Select(p => (p.Path, p.Code)));
        AssertNothingThrows(fw);
    }

    public static TheoryData<string, string> Values() => new()
    {
        // Attempt 35: the target value; 36: a fixed baseline with a relative increase; 37: a milestone.
        { "target", "$.areas[0].indicators[0].target.value" },
        { "baseline", "$.areas[0].indicators[0].target.baseline.value" },
        { "milestone", "$.areas[0].indicators[0].target.milestones[0].value" },
        { "relative", "$.areas[0].indicators[0].target.value" },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void D5_DecimalMaxOrBeyondTheBoundInATarget_IsALocatedProblem_InAFileAndInCode(string where, string path)
    {
        decimal big = 1_000_000_000_000_000_000_000_000m; // 10^27: held exactly, beyond ±10^15.
        Target target = where switch
        {
            "target" => new Target(Comparison.AtLeast, DecimalMax),
            "baseline" => new Target(Comparison.AtLeast, 10, baseline: Baseline.FromValue(DecimalMax), change: TargetChange.RelativeIncrease),
            "milestone" => new Target(Comparison.AtLeast, 90, new LocalDate(2025, 12, 31), milestones: [new Milestone(2023, DecimalMax)]),
            _ => new Target(Comparison.AtLeast, 20_000, baseline: Baseline.FromValue(50), change: TargetChange.RelativeIncrease),
        };
        var fw = InCode(target, 10);

        var problem = Assert.Single(fw.Validate(), p => p.Code == ProblemCodes.OutOfRange);
        Assert.Equal(path, problem.Path);
        AssertNothingThrows(fw);

        // The same in a file: decimal max is refused as written, 10^27 as beyond the bound.
        foreach (decimal value in new[] { DecimalMax, big })
        {
            var read = FrameworkJson.Read(FrameworkJson.Write(InCode(target, 10)).Replace(Num(target, where), value.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
            Assert.Null(read.Value);
            Assert.Contains(read.Problems, p => p.Path == path && p.Code is ProblemCodes.OutOfRange or ProblemCodes.InvalidValue);
        }
    }

    private static string Num(Target target, string where) => (where switch
    {
        "baseline" => target.Baseline!.Value!.Value,
        "milestone" => target.Milestones[0].Value,
        _ => target.Value,
    }).ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void D5_AnOverrideWithDecimalMaxPoints_IsALocatedProblem()
    {
        // Attempt 41.
        var read = FrameworkOverride.Read("{ \"id\": \"ov\", \"version\": \"1\", \"base\": { \"id\": \"base-fw\" }, \"change\": [ { \"indicator\": \"T01\", \"points\": 1e27 } ], \"totalPoints\": 1e27 }");
        Assert.True(read.IsValid, string.Join("\n", read.Problems));

        var merged = FrameworkOverride.Apply(FrameworkOverrideTests.Base, read.Value!);

        Assert.Null(merged.Value);
        Assert.Contains(merged.Problems, p => p.Code == ProblemCodes.OutOfRange);
    }

    [Fact]
    public void D5_ARuleParameterBeyondTheBound_IsOutOfRange()
    {
        var read = FrameworkJson.Read(TestData.OneIndicatorJson("""{ "kind": "goalposts", "floor": -1e20 }""", "quantity"));

        Assert.Null(read.Value);
        Assert.Equal([("$.areas[0].indicators[0].rule.floor", ProblemCodes.OutOfRange)], read.Problems.Select(p => (p.Path, p.Code)));
    }

    [Fact]
    public void D5_AtTheBounds_TheFrameworkScores()
    {
        // Points 10^6, a target of 10^15, figures of 10^15: nothing overflows.
        var fw = InCode(new Target(Comparison.AtMost, 1_000_000_000_000_000m, baseline: Baseline.FromValue(1_000_000_000_000_000m), change: TargetChange.AbsoluteReduction), 1_000_000m);
        Assert.DoesNotContain(fw.Validate(), p => p.Code == ProblemCodes.OutOfRange);
        AssertNothingThrows(fw, 1_000_000_000_000_000m);
    }

    [Fact]
    public void D5_AdjustmentsBeyondTheBoundInASetBuiltInCode_AreNotCounted_NotAnOverflow()
    {
        // Two adjustments of 5 × 10^28 would overflow the sum of bonuses (decimal reaches 7.9 × 10^28).
        var fw = InCode(new Target(Comparison.AtLeast, 90), 10);
        var big = new Adjustment("VP", ReportingPeriod.ForYear(2025), 50_000_000_000_000_000_000_000_000_000m, "r", TestData.Recorded);
        var set = new SubmissionSet([TestData.Submission("VP", "2025", "I1", Measurement.Quantity(95))], null, [big, big]);

        var result = Scorer.Score(fw, set, new ScoringRequest(ReportingPeriod.ForYear(2025)));

        Assert.Equal(2, result.Problems.Count(p => p.Code == ProblemCodes.OutOfRange));
        Assert.Equal(10, result.Scorecards[0].Points);
        Assert.Equal(0, result.Scorecards[0].Bonus);
        Assert.Contains(SubmissionChecks(fw, set), p => p.Code == ProblemCodes.OutOfRange && p.Path == "$.adjustments[0].points");
    }

    private static System.Collections.Generic.IReadOnlyList<Problem> SubmissionChecks(Framework fw, SubmissionSet set) => fw.Validate(set);

    /// <summary>Any framework within the bounds, with any valid figures, scores and projects without an exception.</summary>
    [CheckedProperty]
    public bool D5_AnyFrameworkWithinTheBounds_ScoresWithoutAnException(BoundedCase c)
    {
        var fw = InCode(c.Target, c.Points, c.Points / 2, c.Rule);
        Assert.DoesNotContain(fw.Validate(), p => p.Code == ProblemCodes.OutOfRange);
        AssertNothingThrows(fw, c.Figures);
        return true;
    }

    public sealed record BoundedCase(Target Target, decimal Points, IScoringRule Rule, decimal[] Figures)
    {
        public override string ToString() =>
            Target + " points " + Points.ToString(System.Globalization.CultureInfo.InvariantCulture) + " rule " + Rule.Kind + " figures " + string.Join(", ", Figures.Select(f => f.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    public static class Arbitraries
    {
        private static readonly Gen<decimal> Values = Gen.Elements(
            0m, 1e-28m, 0.000001m, 1m, 89.9999999999999999999999999m, 90m, 100m, 12345.678m, 1_000_000_000_000_000m, 999_999_999_999_999.9999999999m);

        public static Arbitrary<BoundedCase> Cases() =>
            (from comparison in Gen.Elements(Comparison.AtLeast, Comparison.GreaterThan, Comparison.AtMost, Comparison.LessThan)
             from value in Values
             from change in Gen.Elements(TargetChange.None, TargetChange.RelativeReduction, TargetChange.AbsoluteReduction, TargetChange.RelativeIncrease, TargetChange.AbsoluteIncrease)
             from percent in Gen.Elements(0m, 1e-28m, 10m, 99.9999999999999999999999m, 100m, 10_000m)
             from baseline in Values
             from negative in Gen.Elements(false, true)
             from points in Gen.Elements(0m, 1e-10m, 5m, 12.5m, 666_666.666666m)
             from floor in Values
             from rule in Gen.Elements<IScoringRule>(ProportionalRule.Instance, ThresholdRule.Instance, new GoalpostsRule(floor), GoalpostsRule.FromBaseline)
             from figures in Gen.ArrayOf(Values, 3)
             let relative = change is TargetChange.RelativeReduction or TargetChange.RelativeIncrease
             let target = change == TargetChange.None
                 ? new Target(comparison, negative ? -value : value, new LocalDate(2025, 12, 31), milestones: [new Milestone(2023, value)])
                 : new Target(comparison, relative ? percent : value, new LocalDate(2025, 12, 31), Baseline.FromValue(negative ? -baseline : baseline), change, [new Milestone(2023, relative ? percent : value)])
             select new BoundedCase(target, points, rule, figures))
            .ToArbitrary();
    }

    /// <summary>A framework of one area with one quantity indicator per points given (I1, I2, …), the declared total their sum when it can be held.</summary>
    private static Framework InCode(Target target, decimal points, decimal? second = null, IScoringRule? rule = null)
    {
        var indicators = new[] { points }.Concat(second is decimal s ? [s] : Array.Empty<decimal>())
            .Select((p, i) => new Indicator("I" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), TestData.Text("I"), MeasureKind.Quantity, "units", target, rule ?? ProportionalRule.Instance, p))
            .ToArray();
        decimal total = indicators.Length == 2 && points == DecimalMax ? DecimalMax : indicators.Sum(i => i.MaxPoints);
        return new Framework(
            "bounds",
            "1",
            TestData.Text("F"),
            new DateInterval(new LocalDate(2021, 1, 1), new LocalDate(2025, 12, 31)),
            ReportingCalendar.Calendar,
            RoundingPolicy.Default,
            total,
            TestData.Bands,
            [new Area("A", TestData.Text("A"), indicators)]);
    }

    /// <summary>Scores unit VP for 2025 and computes its trajectories with the figures given as yearly quantities.</summary>
    private static void AssertNothingThrows(Framework fw, params decimal[] figures)
    {
        var submissions = figures
            .SelectMany((f, i) => fw.Indicators.Select(ind => TestData.Submission("VP", (2021 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), ind.Code, Measurement.Quantity(f))))
            .Append(TestData.Submission("VP", "2025", fw.Indicators.First().Code, Measurement.Quantity(figures.Length > 0 ? figures[^1] : 1)))
            .ToArray();
        var set = new SubmissionSet(submissions);
        var result = Scorer.Score(fw, set, new ScoringRequest(ReportingPeriod.ForYear(2025)));
        _ = result.Problems;
        _ = Trajectories.Compute(fw, set, "VP");
    }
}
