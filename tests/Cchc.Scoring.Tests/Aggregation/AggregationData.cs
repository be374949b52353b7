using System.Collections.Generic;
using System.Linq;
using Cchc.Scoring;
using Cchc.Scoring.Rules;
using NodaTime;
using static Cchc.Scoring.Tests.TestData;

namespace Cchc.Scoring.Tests.Aggregation;

/// <summary>A department P with divisions A and B (and an office O), for roll-up, applicability and ranking tests.</summary>
internal static class AggregationData
{
    public static Unit Dept { get; } = new("P", Text("P"), "department");

    public static Unit DivA { get; } = new("A", Text("A"), "division", "P");

    public static Unit DivB { get; } = new("B", Text("B"), "division", "P");

    public static Unit Office { get; } = new("O", Text("O"), "office", "P");

    public static UnitHierarchy Hierarchy(params Unit[] units) => UnitHierarchy.Create(units).Value!;

    public static UnitHierarchy DeptAB { get; } = Hierarchy(Dept, DivA, DivB);

    /// <summary>One ratio indicator R, ≥ 100 %, proportional, 100 points: the points equal the percentage.</summary>
    public static Indicator Ratio(string code = "R", UnitRollUpMethod? rollUp = null, decimal points = 100, decimal target = 100) =>
        new(code, Text(code), MeasureKind.Ratio, "%", new Target(Comparison.AtLeast, target), ProportionalRule.Instance, points, new IndicatorOptions { UnitRollUp = rollUp });

    public static Framework Framework(Indicator[] indicators, UnitRollUpMethod defaultUnitRollUp = UnitRollUpMethod.Pool, decimal maxBonus = 0, decimal maxDeduction = 0, RoundingPolicy? rounding = null, IEnumerable<string>? areaNotApplicableTo = null) =>
        new(
            "agg",
            "1.0.0",
            Text("agg"),
            new DateInterval(Date("2021-01-01"), Date("2025-12-31")),
            ReportingCalendar.Calendar,
            rounding ?? RoundingPolicy.Default,
            indicators.Sum(i => i.MaxPoints),
            Bands,
            [new Area("X", Text("X"), indicators, areaNotApplicableTo)],
            new FrameworkOptions { DefaultUnitRollUp = defaultUnitRollUp, MaxBonus = maxBonus, MaxDeduction = maxDeduction });

    public static ScoringResult Score(Framework framework, SubmissionSet set, bool rollUp = true, string period = "2025", Instant? asOf = null) =>
        Scorer.Score(framework, set, new ScoringRequest(Period(period), asOf, rollUpUnits: rollUp));

    public static IndicatorScore Find(ScoringResult result, string unit, string code) =>
        result.Find(unit)!.Indicators.Single(s => s.Indicator.Code == code);
}
