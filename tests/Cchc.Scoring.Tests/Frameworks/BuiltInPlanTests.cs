using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Cchc.Scoring;
using Cchc.Scoring.Rules;
using Cchc.Scoring.Serialization;
using NodaTime.Text;
using Xunit;

namespace Cchc.Scoring.Tests.Frameworks;

/// <summary>
/// The built-in framework of the Tiền Giang Department of Transport plan 2021–2025 and its synthetic sample, checked
/// against the plan (docs/methodology/gtvt-tiengiang-2021-2025.md explains every choice tested here).
/// </summary>
public sealed class BuiltInPlanTests
{
    private const string Id = BuiltInFrameworks.GtvtTienGiang20212025;

    private static readonly string[] AllCodes = Enumerable.Range(1, 23).Select(n => "T" + n.ToString("D2", System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    private static readonly int[] Years = [2021, 2022, 2023, 2024, 2025];

    private static Framework Plan => BuiltInFrameworks.Get(Id);

    private static string SampleText()
    {
        using var stream = typeof(BuiltInFrameworks).Assembly.GetManifestResourceStream("Cchc.Scoring.BuiltIn." + Id + ".sample.json");
        Assert.NotNull(stream);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static IndicatorScore Score(ScoringResult result, string unit, string code) =>
        result.Find(unit)!.Indicators.Single(s => s.Indicator.Code == code);

    private static ScoringResult ScoreSample(int year) =>
        Scorer.Score(Plan, BuiltInFrameworks.GetSample(Id), new ScoringRequest(ReportingPeriod.ForYear(year)));

    [Fact]
    public void Ids_ListTheDepartmentPlan()
    {
        Assert.Contains(Id, BuiltInFrameworks.Ids);
        Assert.Equal("gtvt-tiengiang-2021-2025", Id);
    }

    [Fact]
    public void Framework_LoadsWithNoProblemsAtAll()
    {
        var result = FrameworkJson.Read(BuiltInFrameworks.GetJson(Id));
        Assert.Empty(result.Problems);
        Assert.NotNull(result.Value);
        Assert.Empty(Plan.Validate());
    }

    [Fact]
    public void Framework_Header_IsAsDocumented()
    {
        var plan = Plan;
        Assert.Equal(Id, plan.Id);
        Assert.Equal("1.0.0", plan.Version);
        Assert.Equal(TestData.Date("2021-01-01"), plan.Plan.Start);
        Assert.Equal(TestData.Date("2025-12-31"), plan.Plan.End);
        Assert.Equal(ReportingCalendar.Calendar, plan.Calendar);
        Assert.Equal(2, plan.Rounding.Digits);
        Assert.Equal(RoundingMode.HalfAwayFromZero, plan.Rounding.Mode);
        Assert.Equal(RoundingLevel.Indicator, plan.Rounding.Level);
        Assert.Equal(100m, plan.TotalPoints);
        Assert.Equal(["tot", "kha", "trung-binh", "yeu"], plan.Bands.Select(b => b.Code));
        Assert.Equal([90m, 80m, 65m, 0m], plan.Bands.Select(b => b.MinIndex));
        Assert.Equal(["Tốt", "Khá", "Trung bình", "Yếu"], plan.Bands.Select(b => b.Name.Vi));
    }

    [Fact]
    public void Framework_Has23IndicatorsT01ToT23_In8Areas()
    {
        var plan = Plan;
        Assert.Equal(["A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8"], plan.Areas.Select(a => a.Code));
        Assert.Equal(AllCodes, plan.Indicators.Select(i => i.Code).Order(StringComparer.Ordinal));
        Assert.All(plan.Indicators, i =>
        {
            Assert.False(string.IsNullOrWhiteSpace(i.Name.Vi));
            Assert.False(string.IsNullOrWhiteSpace(i.Name.En));
            Assert.False(string.IsNullOrWhiteSpace(i.UnitOfMeasure));
            Assert.Equal(TestData.Date("2025-12-31"), i.Target.Due);
            Assert.True(i.MaxPoints > 0);
        });
    }

    [Fact]
    public void Framework_PointsSumTo100_WithTheDocumentedAreaWeights()
    {
        var plan = Plan;
        Assert.Equal(100m, plan.Indicators.Sum(i => i.MaxPoints));
        var weights = plan.Areas.ToDictionary(a => a.Code, a => a.Indicators.Sum(i => i.MaxPoints));
        Assert.Equal(
            new Dictionary<string, decimal> { ["A1"] = 5, ["A2"] = 5, ["A3"] = 28, ["A4"] = 12, ["A5"] = 8, ["A6"] = 6, ["A7"] = 20, ["A8"] = 16 },
            weights);
    }

    [Fact]
    public void Framework_EmbeddedText_KeepsVietnameseAsWritten() =>
        Assert.Contains("Thủ tục hành chính", BuiltInFrameworks.GetJson(Id), StringComparison.Ordinal);

    [Theory]
    [InlineData("T07", MeasureKind.Duration, "<=", 15)]
    [InlineData("T09", MeasureKind.Ratio, ">=", 95)]
    [InlineData("T16", MeasureKind.YesNo, "=", 1)]
    [InlineData("T21", MeasureKind.Percentage, ">", 95)]
    [InlineData("T22", MeasureKind.YesNo, "=", 1)]
    public void Framework_Targets_FollowThePlanText(string code, MeasureKind measure, string comparison, int value)
    {
        var indicator = Plan.FindIndicator(code)!;
        Assert.Equal(measure, indicator.Measure);
        Assert.Equal(comparison, indicator.Target.Comparison.Symbol());
        Assert.Equal(value, indicator.Target.Value);
        Assert.False(indicator.Target.IsBaselineRelative);
    }

    [Fact]
    public void Framework_T09IsAtLeast_T21IsStrictlyAbove_AndNotScoredProportionally()
    {
        var t09 = Plan.FindIndicator("T09")!;
        var t21 = Plan.FindIndicator("T21")!;
        Assert.Equal(Comparison.AtLeast, t09.Target.Comparison);
        Assert.Equal(Comparison.GreaterThan, t21.Target.Comparison);
        Assert.IsNotType<ProportionalRule>(t21.Rule);
        var steps = Assert.IsType<StepsRule>(t21.Rule);
        Assert.Equal(95.01m, steps.Steps[^1].At);
        Assert.Equal(t21.MaxPoints, steps.Steps[^1].Points);
    }

    [Theory]
    [InlineData("T08", MeasureKind.Duration, TargetChange.AbsoluteReduction, 30)]
    [InlineData("T10", MeasureKind.Quantity, TargetChange.RelativeReduction, 10)]
    [InlineData("T11", MeasureKind.Quantity, TargetChange.RelativeReduction, 10)]
    public void Framework_BaselineRelativeTargets_Use2021(string code, MeasureKind measure, TargetChange change, int value)
    {
        var indicator = Plan.FindIndicator(code)!;
        Assert.Equal(measure, indicator.Measure);
        Assert.Equal(Comparison.AtMost, indicator.Target.Comparison);
        Assert.Equal(change, indicator.Target.Change);
        Assert.Equal(value, indicator.Target.Value);
        Assert.Equal(ReportingPeriod.ForYear(2021), indicator.Target.Baseline!.Period);
        Assert.True(Assert.IsType<GoalpostsRule>(indicator.Rule).FloorIsBaseline);
    }

    [Fact]
    public void Boundary_95Percent_PassesT09_FailsT21()
    {
        var at = TestData.Recorded;
        var set = new SubmissionSet(
        [
            new Submission("X", ReportingPeriod.ForYear(2025), "T09", Measurement.Ratio(95, 100), at),
            new Submission("X", ReportingPeriod.ForYear(2025), "T21", Measurement.Percentage(95.00m), at),
        ]);
        var result = Scorer.Score(Plan, set, new ScoringRequest(ReportingPeriod.ForYear(2025)));

        // T09 "tối thiểu 95%": 95 ÷ 100 × 100 = 95 ≥ 95 → met, all 8 points.
        Assert.Equal(IndicatorStatus.Met, Score(result, "X", "T09").Status);
        Assert.Equal(8m, Score(result, "X", "T09").Points);

        // T21 "đạt trên 95%": 95 is not above 95 → not met; steps: 95 ≥ 90 → 6 of 8 points.
        Assert.Equal(IndicatorStatus.NotMet, Score(result, "X", "T21").Status);
        Assert.Equal(6m, Score(result, "X", "T21").Points);
    }

    [Fact]
    public void Sample_LoadsWithNoProblems_AndIsLabelledSynthetic()
    {
        string text = SampleText();
        var result = SubmissionJson.Read(text, Plan);
        Assert.Empty(result.Problems);
        using var document = JsonDocument.Parse(text);
        Assert.Equal(Id, document.RootElement.GetProperty("framework").GetString());
        string comment = document.RootElement.GetProperty("$comment").GetString()!;
        Assert.Contains("SYNTHETIC", comment, StringComparison.Ordinal);
        Assert.Contains("GIẢ ĐỊNH", comment, StringComparison.Ordinal);
        Assert.NotEmpty(BuiltInFrameworks.GetSample(Id).Submissions);
    }

    [Fact]
    public void Sample_ApartFromTheComment_IsCanonical()
    {
        string text = SampleText();
        var set = SubmissionJson.Read(text, Plan).Value!;
        string canonical = SubmissionJson.Write(set, Id);
        string withoutComment = string.Join('\n', text.Split('\n').Where(l => !l.StartsWith("  \"$comment\": ", StringComparison.Ordinal)));
        Assert.Equal(canonical, withoutComment);
    }

    [Fact]
    public void Sample_HasTheDocumentedUnits()
    {
        var units = BuiltInFrameworks.GetSample(Id).Units.Units.ToDictionary(u => u.Id, u => (u.Kind, u.ParentId));
        var expected = new Dictionary<string, (string, string?)>
        {
            ["SO"] = ("department", null),
            ["VP"] = ("office", "SO"),
            ["KHTC"] = ("division", "SO"),
            ["QLVT"] = ("division", "SO"),
            ["QLKCHT"] = ("division", "SO"),
            ["TTRA"] = ("division", "SO"),
            ["TTDK"] = ("subordinate", "SO"),
            ["BQLDA"] = ("subordinate", "SO"),
            ["TTSH"] = ("subordinate", "SO"),
        };
        Assert.Equal(expected, units);
        Assert.All(BuiltInFrameworks.GetSample(Id).Units.Units, u => Assert.False(string.IsNullOrWhiteSpace(u.Name.Vi + u.Name.En)));
    }

    [Fact]
    public void Sample_EveryUnitReportsEveryIndicatorEveryYear()
    {
        var sample = BuiltInFrameworks.GetSample(Id);
        foreach (string unit in sample.UnitIds)
        {
            foreach (int year in Years)
            {
                foreach (string code in AllCodes)
                {
                    Assert.True(sample.Select(unit, ReportingPeriod.ForYear(year), code) is not null, unit + " " + code + " " + year.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }
            }
        }

        // Counts of public service units are department-level only.
        foreach (string code in new[] { "T10", "T11", "T15" })
        {
            Assert.All(sample.UnitIds.Where(u => u != "SO"), u => Assert.False(sample.Select(u, ReportingPeriod.ForYear(2025), code)!.Measurement.IsApplicable));
        }
    }

    [Fact]
    public void Sample_HasCorrections_Exclusions_AndQuarters()
    {
        var sample = BuiltInFrameworks.GetSample(Id);
        Assert.Equal(2, sample.Revisions("SO", ReportingPeriod.ForYear(2025), "T11").Count);
        Assert.Contains(sample.Submissions, s => s.Note is not null && s.Note.StartsWith("Correction", StringComparison.Ordinal));
        Assert.Contains(sample.Submissions, s => s.IndicatorCode == "T02" && s.Measurement.Excluded > 0);
        Assert.Contains(sample.Submissions, s => s.IndicatorCode == "T17" && s.Measurement.Excluded > 0);
        Assert.Equal(4, sample.Submissions.Count(s => s.UnitId == "VP" && s.IndicatorCode == "T04" && s.Period.Kind == PeriodKind.Quarter));
    }

    [Theory]
    [InlineData(2021)]
    [InlineData(2022)]
    [InlineData(2023)]
    [InlineData(2024)]
    [InlineData(2025)]
    public void Sample_ScoresEveryYear_WithAnIndexForEveryUnit_AndNoProblems(int year)
    {
        var result = ScoreSample(year);
        Assert.Empty(result.Problems);
        Assert.Equal(9, result.Scorecards.Count);
        Assert.All(result.Scorecards, card =>
        {
            Assert.NotNull(card.Index);
            Assert.NotNull(card.Class);
            Assert.DoesNotContain(card.Indicators, s => s.Status == IndicatorStatus.NoData);
        });
    }

    [Fact]
    public void Sample_2025_HasUnitsInDifferentClasses()
    {
        var result = ScoreSample(2025);
        Assert.Equal(100m, result.Find("SO")!.MaxPoints);
        Assert.True(result.Scorecards.Select(c => c.Class!.Code).Distinct().Count() >= 3);
    }

    [Fact]
    public void HandDerived_SO_T11_2025_UsesTheCorrectionAndThe2021Baseline()
    {
        // Sample figures: SO reported 412 budget-paid positions for 2021 (the baseline); for 2025 it first reported 378
        // (2026-01-20), then corrected it to 376 (2026-02-05). The latest revision counts.
        // Target: 412 × (1 − 10 ÷ 100) = 370.8; 376 > 370.8 → not met.
        // Goalposts from the baseline: (412 − 376) ÷ (412 − 370.8) = 36 ÷ 41.2 = 0.873786…; × 4 points = 3.495145… → 3.50.
        var t11 = Score(ScoreSample(2025), "SO", "T11");
        Assert.Equal(412m, t11.Baseline);
        Assert.Equal(370.8m, t11.Target);
        Assert.Equal(376m, t11.Value);
        Assert.Equal(IndicatorStatus.NotMet, t11.Status);
        Assert.Equal(3.50m, t11.Points);

        // As of 2026-01-31 only the first report was known: (412 − 378) ÷ 41.2 × 4 = 3.300970… → 3.30.
        var asOf = InstantPattern.ExtendedIso.Parse("2026-01-31T00:00:00Z").Value;
        var earlier = Scorer.Score(Plan, BuiltInFrameworks.GetSample(Id), new ScoringRequest(ReportingPeriod.ForYear(2025), asOf));
        Assert.Equal(3.30m, Score(earlier, "SO", "T11").Points);
    }

    [Fact]
    public void HandDerived_QLKCHT_T02andT08_2025()
    {
        var result = ScoreSample(2025);

        // T02: 2210 resolved online of 3150 dossiers, 11 of them secret: 2210 ÷ (3150 − 11) × 100 = 70.404587… % < 90;
        // proportional: 70.404587… × 5 ÷ 90 = 3.911366… → 3.91.
        var t02 = Score(result, "QLKCHT", "T02");
        Assert.Equal(IndicatorStatus.NotMet, t02.Status);
        Assert.Equal(3.91m, t02.Points);

        // T08: 185 minutes per dossier in 2021, 170 in 2025; target 185 − 30 = 155; goalposts from the baseline:
        // (185 − 170) ÷ (185 − 155) = 0.5; × 3 points = 1.5.
        var t08 = Score(result, "QLKCHT", "T08");
        Assert.Equal(155m, t08.Target);
        Assert.Equal(1.5m, t08.Points);
    }

    [Fact]
    public void Sample_VP_T21_2024_IsExactly95_AndFails()
    {
        // VP's 2024 survey result is 95.00 %: not above 95, so T21 is not met and earns the 90-step's 6 points.
        var t21 = Score(ScoreSample(2024), "VP", "T21");
        Assert.Equal(95m, t21.Value);
        Assert.Equal(IndicatorStatus.NotMet, t21.Status);
        Assert.Equal(6m, t21.Points);
    }
}
