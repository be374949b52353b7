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
/// The built-in Index 766-style framework and its synthetic sample (docs/methodology/index766-2022.md explains every
/// choice tested here).
/// </summary>
public sealed class BuiltInIndex766Tests
{
    private const string Id = BuiltInFrameworks.Index7662022;

    private static Framework Index => BuiltInFrameworks.Get(Id);

    private static string SampleText()
    {
        using var stream = typeof(BuiltInFrameworks).Assembly.GetManifestResourceStream("Cchc.Scoring.BuiltIn." + Id + ".sample.json");
        Assert.NotNull(stream);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static ScoringResult ScoreSample(int year) =>
        Scorer.Score(Index, BuiltInFrameworks.GetSample(Id), new ScoringRequest(ReportingPeriod.ForYear(year)));

    private static IndicatorScore Score(ScoringResult result, string unit, string code) =>
        result.Find(unit)!.Indicators.Single(s => s.Indicator.Code == code);

    [Fact]
    public void Ids_ListTheBuiltIns()
    {
        Assert.Equal(["gtvt-tiengiang-2021-2025", "index766-2022", "par-department-2025"], BuiltInFrameworks.Ids);
    }

    [Fact]
    public void Framework_Header_IsAsDocumented()
    {
        var index = Index;
        Assert.Equal("1.0.0", index.Version);
        Assert.Equal(TestData.Date("2023-01-01"), index.Plan.Start);
        Assert.Equal(TestData.Date("2025-12-31"), index.Plan.End);
        Assert.Equal(ReportingCalendar.Calendar, index.Calendar);
        Assert.Equal(2, index.Rounding.Digits);
        Assert.Equal(RoundingMode.HalfAwayFromZero, index.Rounding.Mode);
        Assert.Equal(RoundingLevel.Indicator, index.Rounding.Level);
        Assert.Equal(100m, index.TotalPoints);
        Assert.Empty(index.Bands);
    }

    [Fact]
    public void Framework_HasTheSixGroups_WithTheirPoints()
    {
        Assert.Equal(
            [("G1", 18m), ("G2", 20m), ("G3", 12m), ("G4", 10m), ("G5", 22m), ("G6", 18m)],
            Index.Areas.Select(a => (a.Code, a.MaxPoints)));
        Assert.Equal(["Transparency", "Resolution progress", "Online public services", "Online payment", "Dossier digitisation", "Satisfaction"], Index.Areas.Select(a => a.Name.En));
    }

    [Theory]
    [InlineData("CK1", ">=", 100, 6)]
    [InlineData("TD1", ">=", 100, 20)]
    [InlineData("DVC1", ">=", 80, 6)]
    [InlineData("DVC2", ">=", 50, 6)]
    [InlineData("TT1", ">=", 80, 5)]
    [InlineData("TT2", ">=", 50, 5)]
    [InlineData("SH2", ">=", 80, 7)]
    [InlineData("SH3", ">=", 80, 7)]
    [InlineData("HL1", ">=", 90, 18)]
    public void Framework_ThresholdsAndPoints_FollowTheDecision(string code, string comparison, int threshold, int points)
    {
        var indicator = Index.FindIndicator(code)!;
        Assert.Equal(comparison, indicator.Target.Comparison.Symbol());
        Assert.Equal(threshold, indicator.Target.Value);
        Assert.Equal(points, indicator.MaxPoints);
        Assert.IsType<ProportionalRule>(indicator.Rule);
    }

    [Fact]
    public void Framework_AverageResolutionTime_IsTrackedWithoutPoints()
    {
        var td2 = Index.FindIndicator("TD2")!;
        Assert.IsType<TrackedRule>(td2.Rule);
        Assert.Equal(0m, td2.MaxPoints);
    }

    [Fact]
    public void Framework_NeedsNoCodeTheFirstBuiltInDidNotHave()
    {
        // Only the rules the library had when the first built-in shipped (no piecewise, no formula); scored points all proportional.
        string[] foundation = ["goalposts", "proportional", "steps", "threshold", "tracked", "yesNo"];
        Assert.All(Index.Indicators, i => Assert.Contains(i.Rule.Kind, foundation));
        Assert.All(Index.Indicators.Where(i => i.MaxPoints > 0), i => Assert.IsType<ProportionalRule>(i.Rule));
    }

    [Fact]
    public void Sample_LoadsWithNoProblems_IsLabelledSynthetic_AndIsCanonicalApartFromTheComment()
    {
        string text = SampleText();
        var result = SubmissionJson.Read(text, Index);
        Assert.Empty(result.Problems);
        using var document = JsonDocument.Parse(text);
        string comment = document.RootElement.GetProperty("$comment").GetString()!;
        Assert.Contains("SYNTHETIC", comment, StringComparison.Ordinal);
        Assert.Contains("GIẢ ĐỊNH", comment, StringComparison.Ordinal);
        string withoutComment = string.Join('\n', text.Split('\n').Where(l => !l.StartsWith("  \"$comment\": ", StringComparison.Ordinal)));
        Assert.Equal(SubmissionJson.Write(result.Value!, Id), withoutComment);
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    public void Sample_ScoresEveryYear_WithAnIndexForEveryUnit_AndNoProblems(int year)
    {
        var result = ScoreSample(year);
        Assert.Empty(result.Problems);
        Assert.Equal(["STNMT", "STP", "SXD", "UBH-A"], result.Scorecards.Select(c => c.UnitId));
        Assert.All(result.Scorecards, card =>
        {
            Assert.NotNull(card.Index);
            Assert.DoesNotContain(card.Indicators, s => s.Status == IndicatorStatus.NoData);
        });
    }

    [Fact]
    public void HandDerived_SXD_DVC2_2025_UsesTheCorrection()
    {
        // SXD first reported 905 of 2410 dossiers online (2026-01-15), then corrected it to 1012 (2026-02-03).
        // 1012 ÷ 2410 × 100 = 41.991701… % < 50; proportional: 41.991701… × 6 ÷ 50 = 5.039004… → 5.04.
        Assert.Equal(5.04m, Score(ScoreSample(2025), "SXD", "DVC2").Points);

        // As of 2026-01-31: 905 ÷ 2410 × 100 = 37.551867… %; × 6 ÷ 50 = 4.506224… → 4.51.
        var asOf = InstantPattern.ExtendedIso.Parse("2026-01-31T00:00:00Z").Value;
        var earlier = Scorer.Score(Index, BuiltInFrameworks.GetSample(Id), new ScoringRequest(ReportingPeriod.ForYear(2025), asOf));
        Assert.Equal(4.51m, Score(earlier, "SXD", "DVC2").Points);
    }

    [Fact]
    public void HandDerived_2025_ThresholdsAndZeroDenominators()
    {
        var result = ScoreSample(2025);

        // STP: 7330 ÷ 10240 × 100 = 71.582… % ≥ 50 → all 6 points.
        Assert.Equal(IndicatorStatus.Met, Score(result, "STP", "DVC2").Status);
        Assert.Equal(6m, Score(result, "STP", "DVC2").Points);

        // SXD satisfaction 88.1 % < 90: 88.1 × 18 ÷ 90 = 17.62.
        Assert.Equal(17.62m, Score(result, "SXD", "HL1").Points);

        // District A has no procedure with fees (0 of 0) and so no payment (0 of 0): both rates are not available, and
        // the 5 + 5 points of TT1 and TT2 leave its maximum (100 − 10).
        Assert.Equal(IndicatorStatus.NotApplicable, Score(result, "UBH-A", "TT1").Status);
        Assert.Equal(IndicatorStatus.NotApplicable, Score(result, "UBH-A", "TT2").Status);
        Assert.Equal(90m, result.Find("UBH-A")!.MaxPoints);

        // STNMT's average time is 104.8 % of the prescribed time: tracked, not met, no points.
        var td2 = Score(result, "STNMT", "TD2");
        Assert.Equal(IndicatorStatus.NotMet, td2.Status);
        Assert.Equal(0m, td2.Points);
    }

    [Fact]
    public void Sample_HasQuarters()
    {
        var sample = BuiltInFrameworks.GetSample(Id);
        Assert.Equal(4, sample.Submissions.Count(s => s.UnitId == "STP" && s.IndicatorCode == "DVC2" && s.Period.Kind == PeriodKind.Quarter));
        var q3 = Scorer.Score(Index, sample, new ScoringRequest(ReportingPeriod.Parse("2025-Q3"), null, ["STP"]));

        // 1880 ÷ 2540 × 100 = 74.015… % ≥ 50 → 6.
        Assert.Equal(6m, Score(q3, "STP", "DVC2").Points);
    }
}
