using System;
using System.Linq;
using Cchc.Scoring;
using Cchc.Scoring.Rules;
using Cchc.Scoring.Serialization;
using Xunit;

namespace Cchc.Scoring.Tests.Frameworks;

/// <summary>Overrides merged over a small hand-made base, and the differences they make.</summary>
public sealed class FrameworkOverrideTests
{
    // Base: area A (T01 ratio ≥ 90 proportional 10, T02 duration ≤ 15 goalposts from 60, 10), area B (T03 yes/no 10); total 30.
    internal const string BaseJson = """
        {
          "id": "base-fw",
          "version": "1.0.0",
          "name": { "vi": "Khung gốc", "en": "Base framework" },
          "plan": { "start": "2021-01-01", "end": "2025-12-31" },
          "totalPoints": 30,
          "bands": [ { "code": "A", "name": { "vi": "A", "en": "A" }, "min": 90 }, { "code": "B", "name": { "vi": "B", "en": "B" }, "min": 0 } ],
          "areas": [
            { "code": "A", "name": { "vi": "Thủ tục", "en": "Procedures" }, "indicators": [
              { "code": "T01", "name": { "vi": "Trực tuyến", "en": "Online" }, "measure": "ratio", "unit": "%",
                "target": { "comparison": ">=", "value": 90, "due": "2025-12-31" }, "rule": { "kind": "proportional" }, "points": 10 },
              { "code": "T02", "name": { "vi": "Chờ đợi", "en": "Waiting" }, "measure": "duration", "unit": "minutes",
                "target": { "comparison": "<=", "value": 15 }, "rule": { "kind": "goalposts", "floor": 60 }, "points": 10 } ] },
            { "code": "B", "name": { "vi": "ISO", "en": "ISO" }, "indicators": [
              { "code": "T03", "name": { "vi": "ISO", "en": "ISO" }, "measure": "yesNo", "unit": "yes/no",
                "target": { "comparison": "=", "value": 1 }, "rule": { "kind": "yesNo" }, "points": 10 } ] }
          ]
        }
        """;

    internal static Framework Base => FrameworkJson.Read(BaseJson).GetValueOrThrow();

    private static string Override(string body) =>
        "{ \"id\": \"province-x\", \"version\": \"2\", \"base\": { \"id\": \"base-fw\", \"version\": \"1.0.0\" }, " + body + " }";

    private static ValidationResult<Framework> Apply(string body, RuleRegistry? registry = null)
    {
        var read = FrameworkOverride.Read(Override(body), "override.json");
        Assert.True(read.IsValid, string.Join("\n", read.Problems));
        return FrameworkOverride.Apply(Base, read.Value!, registry);
    }

    [Fact]
    public void Apply_ChangesPointsTargetsAndRules_KeepsIdAndBothVersions()
    {
        // T01: 10 → 12 points and ≥ 90 → ≥ 85; T02: 10 → 8 points, piecewise 15 → 8, 30 → 0. Total 12 + 8 + 10 = 30.
        var merged = Apply("""
            "change": [
              { "indicator": "T01", "points": 12, "target": { "value": 85 } },
              { "indicator": "T02", "points": 8, "rule": { "kind": "piecewise", "interpolation": "linear", "breakpoints": [ { "at": 15, "points": 8 }, { "at": 30, "points": 0 } ] } }
            ]
            """).GetValueOrThrow();

        Assert.Equal("base-fw", merged.Id);
        Assert.Equal("1.0.0+province-x@2", merged.Version);
        var t01 = merged.FindIndicator("T01")!;
        Assert.Equal(12m, t01.MaxPoints);
        Assert.Equal(85m, t01.Target.Value);
        Assert.Equal(Comparison.AtLeast, t01.Target.Comparison);
        Assert.Equal(TestData.Date("2025-12-31"), t01.Target.Due);
        Assert.IsType<PiecewiseRule>(merged.FindIndicator("T02")!.Rule);
        Assert.Equal(30m, merged.TotalPoints);
    }

    [Fact]
    public void Apply_AddsAndRetiresIndicators_AndDropsAnEmptiedArea()
    {
        // Retire T03 (area B empties and goes); add T04 to A with 10 points. Total stays 30.
        var merged = Apply("""
            "retire": [ { "indicator": "T03", "reason": "ISO handled elsewhere" } ],
            "add": [ { "area": "A", "indicator": { "code": "T04", "name": { "vi": "Số hóa", "en": "Digitised" }, "measure": "ratio", "unit": "%",
              "target": { "comparison": ">=", "value": 80 }, "rule": { "kind": "proportional" }, "points": 10 } } ]
            """).GetValueOrThrow();

        Assert.Equal(["A"], merged.Areas.Select(a => a.Code));
        Assert.Equal(["T01", "T02", "T04"], merged.Indicators.Select(i => i.Code));
    }

    [Fact]
    public void Apply_ReplacesBandsNameAndTotal()
    {
        var merged = Apply("""
            "name": { "vi": "Khung tỉnh X", "en": "Province X framework" },
            "totalPoints": 40,
            "bands": [ { "code": "tot", "name": { "vi": "Tốt", "en": "Good" }, "min": 80 }, { "code": "yeu", "name": { "vi": "Yếu", "en": "Weak" }, "min": 0 } ],
            "change": [ { "indicator": "T03", "points": 20 } ]
            """).GetValueOrThrow();

        Assert.Equal("Province X framework", merged.Name.En);
        Assert.Equal(40m, merged.TotalPoints);
        Assert.Equal(["tot", "yeu"], merged.Bands.Select(b => b.Code));
    }

    [Fact]
    public void Apply_PointsNoLongerAddingUp_IsReportedAtTheRoot_WithTheMergedPath()
    {
        // 12 + 10 + 10 = 32, not the declared 30.
        var result = Apply("""  "change": [ { "indicator": "T01", "points": 12 } ]  """);
        Assert.Null(result.Value);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(ProblemCodes.PointsTotalMismatch, problem.Code);
        Assert.Equal("$", problem.Path);
        Assert.Equal("override.json", problem.Source);
        Assert.Equal("In the merged framework at $.totalPoints: The indicators' points add up to 32, not the declared 30.", problem.Message);
    }

    [Fact]
    public void Apply_DeclaredTotalInTheOverride_IsWhereTheMismatchIsReported()
    {
        var result = Apply("""  "totalPoints": 31, "change": [ { "indicator": "T01", "points": 12 } ]  """);
        Assert.Equal("$.totalPoints", Assert.Single(result.Problems).Path);
    }

    [Fact]
    public void Apply_ProblemsInChangedFields_AreLocatedInTheOverride()
    {
        // An unknown kind, and points that are not a number in an added indicator: reading errors, all reported.
        var result = Apply("""
            "change": [
              { "indicator": "T02", "points": 10 },
              { "indicator": "T01", "rule": { "kind": "bonus" } }
            ],
            "add": [ { "area": "B", "indicator": { "code": "T05", "name": { "vi": "X", "en": "X" }, "measure": "ratio",
              "target": { "comparison": ">=", "value": 80 }, "rule": { "kind": "proportional" }, "points": "ten" } } ]
            """);
        Assert.Null(result.Value);
        Assert.Equal(
            ["$.add[0].indicator.points", "$.change[1].rule.kind"],
            result.Problems.Select(p => p.Path!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Apply_RuleThatNoLongerFits_IsLocatedAtTheChange()
    {
        // The floor 10 lies below the target 15 of an "at most" target.
        var result = Apply("""  "change": [ { "indicator": "T02", "rule": { "kind": "goalposts", "floor": 10 } } ]  """);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(ProblemCodes.InvalidRuleParameter, problem.Code);
        Assert.Equal("$.change[0].rule.floor", problem.Path);

        // A target change that makes the base's rule wrong: the problem is at the change of that indicator.
        var target = Apply("""  "change": [ { "indicator": "T02", "target": { "value": 70 } } ]  """);
        Assert.Equal("$.change[0].rule.floor", Assert.Single(target.Problems).Path);
    }

    [Fact]
    public void Apply_UnknownOrConflictingTargets_AreAllReported()
    {
        var result = Apply("""
            "retire": [ { "indicator": "T09" }, { "indicator": "T03" } ],
            "change": [ { "indicator": "T08", "points": 1 }, { "indicator": "T03", "points": 1 }, { "indicator": "T01", "points": 11 }, { "indicator": "T01", "points": 9 } ],
            "add": [ { "area": "Z", "indicator": { "code": "T06" } }, { "area": "A", "indicator": { "code": "T02" } } ]
            """);
        Assert.Equal(
            [
                ("$.retire[0].indicator", ProblemCodes.UnknownIndicator),
                ("$.change[0].indicator", ProblemCodes.UnknownIndicator),
                ("$.change[1].indicator", ProblemCodes.InvalidValue),
                ("$.change[3].indicator", ProblemCodes.Duplicate),
                ("$.add[0].area", ProblemCodes.InvalidValue),
                ("$.add[1].indicator.code", ProblemCodes.Duplicate),
            ],
            result.Problems.Select(p => (p.Path!, p.Code)));
    }

    [Fact]
    public void Apply_ToAnotherFrameworkOrVersion_IsRefused()
    {
        var other = FrameworkJson.Read(BaseJson.Replace("\"base-fw\"", "\"other\"", StringComparison.Ordinal)).GetValueOrThrow();
        var o = FrameworkOverride.Read(Override("\"retire\": [ { \"indicator\": \"T03\" } ]")).GetValueOrThrow();
        Assert.Equal("$.base.id", Assert.Single(FrameworkOverride.Apply(other, o).Problems).Path);

        var newer = FrameworkJson.Read(BaseJson.Replace("\"1.0.0\"", "\"1.1.0\"", StringComparison.Ordinal)).GetValueOrThrow();
        Assert.Equal("$.base.version", Assert.Single(FrameworkOverride.Apply(newer, o).Problems).Path);
    }

    [Fact]
    public void Apply_RetireThenAddTheSameCode_ReplacesTheIndicator()
    {
        var merged = Apply("""
            "retire": [ { "indicator": "T03" } ],
            "add": [ { "area": "A", "indicator": { "code": "T03", "name": { "vi": "ISO mới", "en": "New ISO" }, "measure": "yesNo",
              "target": { "comparison": "=", "value": 1 }, "rule": { "kind": "yesNo" }, "points": 10 } } ]
            """).GetValueOrThrow();
        Assert.Equal("New ISO", merged.FindIndicator("T03")!.Name.En);
        Assert.Equal(["A"], merged.Areas.Select(a => a.Code));
    }

    [Fact]
    public void Apply_NullRemovesAField()
    {
        var merged = Apply("""  "change": [ { "indicator": "T01", "target": { "due": null } } ]  """).GetValueOrThrow();
        Assert.Null(merged.FindIndicator("T01")!.Target.Due);
    }

    [Fact]
    public void Read_StructuralProblems_AreAllReportedWithPaths()
    {
        var result = FrameworkOverride.Read("""
            { "version": 2, "base": { "version": "1" }, "colour": "red",
              "change": [ { "indicator": "T01", "points": "12", "target": { "valeu": 85 } }, 5 ],
              "add": [ { "area": "A" }, { "area": "A", "indicator": 5 } ],
              "retire": [ { "reason": "x" } ] }
            """, "o.json");
        Assert.Null(result.Value);
        Assert.Equal(
            [
                "$.colour", "$.id", "$.version", "$.base.id", "$.change[0].points", "$.change[0].target.valeu", "$.change[1]",
                "$.add[0].indicator", "$.add[1].indicator", "$.retire[0].indicator",
            ],
            result.Problems.Select(p => p.Path!));
        Assert.All(result.Problems, p => Assert.Equal("o.json", p.Source));
    }

    [Fact]
    public void Read_InvalidJson_HasItsLine()
    {
        var problem = Assert.Single(FrameworkOverride.Read("{\n  \"id\": \"x\",\n  ,\n}", "o.json").Problems);
        Assert.Equal(ProblemCodes.InvalidJson, problem.Code);
        Assert.Equal(3, problem.Line);
    }

    [Fact]
    public void Read_ListsWhatItChanges()
    {
        var o = FrameworkOverride.Read(Override("""
            "change": [ { "indicator": "T01", "points": 12 } ], "retire": [ { "indicator": "T03" } ],
            "add": [ { "area": "A", "indicator": { "code": "T04" } } ]
            """)).GetValueOrThrow();
        Assert.Equal(("province-x", "2", "base-fw", "1.0.0"), (o.Id, o.Version, o.BaseId, o.BaseVersion));
        Assert.Equal(["T01"], o.Changed);
        Assert.Equal(["T04"], o.Added);
        Assert.Equal(["T03"], o.Retired);
    }
}
