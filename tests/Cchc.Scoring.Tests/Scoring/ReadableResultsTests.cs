using System;
using System.Linq;
using Cchc.Scoring;
using Cchc.Scoring.Rules;
using Cchc.Scoring.Serialization;
using Xunit;
using static Cchc.Scoring.Tests.TestData;

namespace Cchc.Scoring.Tests.Scoring;

/// <summary>What a person reads follows the language, numbers included; rounding to full points of an unmet target is said; a card says how complete its data is.</summary>
public class ReadableResultsTests
{
    private static Framework One(MeasureKind measure, Target target, IScoringRule rule, decimal points, string code = "I1") =>
        new("t", "1", Text("t"), new NodaTime.DateInterval(Date("2021-01-01"), Date("2025-12-31")), ReportingCalendar.Calendar, RoundingPolicy.Default, points, Bands,
            [Area("A1", new Indicator(code, Text(code), measure, "%", target, rule, points))]);

    private static IndicatorScore Score(Framework fw, params Submission[] subs) =>
        Scorer.Score(fw, Set(subs), new ScoringRequest(Period("2025"), units: ["SO"])).Scorecards.Single().Indicators.Single();

    [Fact]
    public void Newcomer14a_RoundingToFullPointsOfAnUnmetTarget_IsSaid()
    {
        // 89.97 against >= 90, proportional, 5 points: 89.97 × 5 ÷ 90 = 449.85 ÷ 90 = 4.998333…, rounded (2 digits) to 5.00.
        var fw = One(MeasureKind.Percentage, new Target(Comparison.AtLeast, 90), ProportionalRule.Instance, 5);
        var score = Score(fw, Submission("SO", "2025", "I1", Measurement.Percentage(89.97m), Recorded));
        Assert.Equal(IndicatorStatus.NotMet, score.Status);
        Assert.Equal(5m, score.Points);
        Assert.Equal(449.85m / 90m, score.ExactPoints);
        Assert.True(score.RoundedToMaximum);
        Assert.EndsWith("; proportional: 89.97 < 90 → 89.97 × 5 ÷ 90 = 4.998333…; rounded (2 digits, HalfAwayFromZero, from Indicator): 4.998333… rounded to 5.00 (the target is not met).", score.Explanation, StringComparison.Ordinal);
        Assert.EndsWith("; tỉ lệ thuận: 89,97 < 90 → 89,97 × 5 ÷ 90 = 4,998333…; làm tròn (2 chữ số, nửa xa số 0, từ cấp chỉ tiêu): 4,998333… làm tròn thành 5,00 (chưa đạt mục tiêu).", score.ExplanationIn(Language.Vi), StringComparison.Ordinal);
        Assert.Contains("Rounding (2 digits, HalfAwayFromZero, from Indicator): 4.998333… → 5.00 (the target is not met)\n", score.Trace.Render(Language.En), StringComparison.Ordinal);
        Assert.Contains("Làm tròn (2 chữ số, nửa xa số 0, từ cấp chỉ tiêu): 4,998333… → 5,00 (chưa đạt mục tiêu)\n", score.Trace.Render(Language.Vi), StringComparison.Ordinal);
    }

    [Fact]
    public void Newcomer14a_MetTargetAtFullPoints_IsNotFlagged()
    {
        var fw = One(MeasureKind.Percentage, new Target(Comparison.AtLeast, 90), ProportionalRule.Instance, 5);
        var score = Score(fw, Submission("SO", "2025", "I1", Measurement.Percentage(90), Recorded));
        Assert.False(score.RoundedToMaximum);
        Assert.DoesNotContain("not met", score.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Newcomer8_VietnameseExplanation_WritesNumbersTheVietnameseWay()
    {
        // 1510 ÷ (1720 − 4) × 100 = 1510 ÷ 1716 × 100 = 87.995337…, cut to 6 decimals 87.995338…;
        // proportional to >= 90 for 40 points: 87.995338… × 40 ÷ 90 = 39.109039…, rounded to 39.11.
        var fw = One(MeasureKind.Ratio, new Target(Comparison.AtLeast, 90), ProportionalRule.Instance, 40);
        var score = Score(fw, Submission("SO", "2025", "I1", Measurement.Ratio(1510, 1720, 4), Recorded));
        Assert.StartsWith("value 1510 ÷ (1720 − 4) × 100 = 87.995338… %; target >= 90; proportional: 87.995338… < 90 → 87.995338… × 40 ÷ 90 = 39.109039…; rounded (2 digits, HalfAwayFromZero, from Indicator) to 39.11.", score.Explanation, StringComparison.Ordinal);
        Assert.Equal("giá trị 1.510 ÷ (1.720 − 4) × 100 = 87,995338… %; mục tiêu >= 90; tỉ lệ thuận: 87,995338… < 90 → 87,995338… × 40 ÷ 90 = 39,109039…; làm tròn (2 chữ số, nửa xa số 0, từ cấp chỉ tiêu) thành 39,11.", score.ExplanationIn(Language.Vi));
        string trace = score.Trace.Render(Language.Vi);
        Assert.Contains("Số liệu: SO 2025 I1 = 1.510/1.720 (loại trừ 4), ghi nhận 2026-01-10T02:00:00Z, lần 1/1\n", trace, StringComparison.Ordinal);
        Assert.Contains("Giá trị: 1.510 ÷ (1.720 − 4) × 100 = 87,995338… %\n", trace, StringComparison.Ordinal);
        Assert.Contains("Điểm: 39,11/40\n", trace, StringComparison.Ordinal);
        Assert.Equal("4.946/16.680 (loại trừ 9)", FigureText.Of(Measurement.Ratio(4946, 16680, 9), Language.Vi));
        Assert.Equal("4946/16680 (9 excluded)", FigureText.Of(Measurement.Ratio(4946, 16680, 9), Language.En));
    }

    [Theory]
    [InlineData("0", "0")]
    [InlineData("37.05", "37,05")]
    [InlineData("1510", "1.510")]
    [InlineData("-1234567.25", "-1.234.567,25")]
    [InlineData("87.995338…", "87,995338…")]
    [InlineData("123", "123")]
    [InlineData("-0", "0")]
    [InlineData("100000.5", "100.000,5")]
    public void Newcomer8_OneNumber_InVietnamese(string invariant, string vietnamese)
    {
        Assert.Equal(vietnamese, NumberText.Localize(invariant, Language.Vi));
        Assert.Equal(invariant, NumberText.Localize(invariant, Language.En));
    }

    [Fact]
    public void Newcomer8_NumbersInsideAFormula_LeaveNamesDatesAndInstantsAlone()
    {
        Assert.Equal(
            "2025-Q3: 1.510/1.720, T02 2026-01-10T02:00:00Z, 2025-01-01..2025-03-31: (9 + 1) ÷ (10 + 90) × 100 = 37,05 % → 1.234,5. -2,5",
            Num.Numbers("2025-Q3: 1510/1720, T02 2026-01-10T02:00:00Z, 2025-01-01..2025-03-31: (9 + 1) ÷ (10 + 90) × 100 = 37.05 % → 1234.5. -2.5", Language.Vi));
        Assert.Equal("37,05", NumberText.Fixed(37.0506m, 2, Language.Vi));
        Assert.Equal("37.05", NumberText.Fixed(37.0506m, 2, Language.En));
        Assert.Equal("1.510,5", NumberText.Format(1510.50m, Language.Vi));
    }

    [Fact]
    public void Newcomer7_VietnameseExplanations_HaveNoEnglishPhrases()
    {
        // Declared not applicable, unusable and scored indicators, in Vietnamese: none of the English words of the
        // English explanations is left.
        var fw = One(MeasureKind.Ratio, new Target(Comparison.AtLeast, 90), ProportionalRule.Instance, 10);
        string[] english = ["value", "target", "points", "Declared", "maximum", "rounded", "excluded", "pool", "submission", "No ", "not ", "the "];
        var cases = new[]
        {
            Score(fw, Submission("SO", "2025", "I1", Measurement.NotApplicable(MeasureKind.Ratio), Recorded)),
            Score(fw, Submission("SO", "2025", "I1", Measurement.Ratio(4946, 16680, 9), Recorded)),
            Score(fw, Submission("SO", "2025-Q1", "I1", Measurement.Ratio(45, 50), Recorded), Submission("SO", "2025-Q2", "I1", Measurement.Ratio(40, 50), Recorded)),
            Score(fw),
        };
        Assert.Equal("Đơn vị khai báo không áp dụng cho kỳ 2025; điểm tối đa không tính vào tổng.", cases[0].ExplanationIn(Language.Vi));
        Assert.Equal("Declared not applicable for 2025; the maximum leaves the total.", cases[0].Explanation);
        Assert.Equal("Không có số liệu cho kỳ 2025. 0/10 điểm.", cases[3].ExplanationIn(Language.Vi));
        foreach (var score in cases)
        {
            string vi = score.ExplanationIn(Language.Vi);
            Assert.All(english, word => Assert.DoesNotContain(word, vi, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Newcomer7_RulesHaveReadableDescriptions()
    {
        Assert.Equal(new LocalizedText("tỉ lệ thuận với mức đạt", "proportional to attainment"), RuleDescriptions.Of(ProportionalRule.Instance));
        Assert.Equal(
            new LocalizedText("tuyến tính từ mức sàn 60 (0 điểm) đến mục tiêu (điểm tối đa)", "linear from the floor 60 (0 points) to the target (full points)"),
            RuleDescriptions.Of(new GoalpostsRule(60)));
        Assert.Equal("tuyến tính từ mức sàn 1.000,5 (0 điểm) đến mục tiêu (điểm tối đa)", RuleDescriptions.Of(new GoalpostsRule(1000.5m)).Vi);
        Assert.Equal("theo bậc: 90 → 3 điểm; 95 → 5 điểm", RuleDescriptions.Of(new StepsRule([new Breakpoint(95, 5), new Breakpoint(90, 3)])).Vi);
        Assert.Equal("steps: 90 → 1 point; 95 → 5 points", RuleDescriptions.Of(new StepsRule([new Breakpoint(95, 5), new Breakpoint(90, 1)])).En);

        var fw = One(MeasureKind.Ratio, new Target(Comparison.AtLeast, 90), ProportionalRule.Instance, 10);
        var score = Score(fw, Submission("SO", "2025", "I1", Measurement.Ratio(9, 10), Recorded));
        Assert.Contains("Quy tắc: tỉ lệ thuận với mức đạt\n", score.Trace.Render(Language.Vi), StringComparison.Ordinal);
        Assert.Contains("Rule: proportional to attainment\n", score.Trace.Render(Language.En), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("department", "Sở", "department")]
    [InlineData("division", "Phòng chuyên môn", "division")]
    [InlineData("office", "Văn phòng", "office")]
    [InlineData("subordinate", "Đơn vị trực thuộc", "subordinate unit")]
    [InlineData("team", "team", "team")]
    public void Newcomer7_UnitKindsHaveWords(string kind, string vi, string en) =>
        Assert.Equal(new LocalizedText(vi, en), Glossary.UnitKind(kind));

    [Fact]
    public void Newcomer6_ScorecardSaysHowCompleteItsDataIs()
    {
        // Three indicators: I1 scored on Q1 + Q2 only (partial: 2 of 4 quarters), I2 without data, I3 declared not applicable.
        Indicator Ind(string code) => new(code, Text(code), MeasureKind.Ratio, "%", new Target(Comparison.AtLeast, 90), ProportionalRule.Instance, 10);
        var fw = new Framework("t", "1", Text("t"), new NodaTime.DateInterval(Date("2021-01-01"), Date("2025-12-31")), ReportingCalendar.Calendar, RoundingPolicy.Default, 30, Bands,
            [Area("A1", Ind("I1"), Ind("I2"), Ind("I3"))]);
        var subs = Set(
            Submission("SO", "2025-Q1", "I1", Measurement.Ratio(9, 10), Recorded),
            Submission("SO", "2025-Q2", "I1", Measurement.Ratio(9, 10), Recorded),
            Submission("SO", "2025", "I3", Measurement.NotApplicable(MeasureKind.Ratio), Recorded));
        var result = Scorer.Score(fw, subs, new ScoringRequest(Period("2025")));
        var card = result.Scorecards.Single();
        Assert.Equal(new ScorecardCoverage(3, 1, 1, 1, 1), card.Coverage);
        Assert.Equal(2, card.Coverage.Applicable);
        Assert.False(card.Coverage.HasNoData);
        Assert.True(card.Indicators.First().IsPartial);
        Assert.True(result.IsWithinPlan);
        string json = ScorecardJson.Write(result);
        Assert.Contains("\"coverage\": {\n        \"indicators\": 3,\n        \"scored\": 1,\n        \"noData\": 1,\n        \"notApplicable\": 1,\n        \"partial\": 1\n      }", json, StringComparison.Ordinal);
        Assert.Contains("\"partial\": true", json, StringComparison.Ordinal);
        Assert.DoesNotContain("withinPlan", json, StringComparison.Ordinal);

        var outside = Scorer.Score(fw, subs, new ScoringRequest(Period("2030")));
        Assert.False(outside.IsWithinPlan);
        Assert.True(outside.Scorecards.Single().Coverage.HasNoData);
        Assert.Contains("\"withinPlan\": false", ScorecardJson.Write(outside), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2021", true)]
    [InlineData("2025-Q4", true)]
    [InlineData("2020-12", false)]
    [InlineData("2026", false)]
    [InlineData("2030", false)]
    [InlineData("2020-12-01..2021-01-31", true)]
    [InlineData("2026-01-01..2026-03-31", false)]
    public void Newcomer6_PeriodWithinPlanYears(string period, bool within)
    {
        var fw = One(MeasureKind.Ratio, new Target(Comparison.AtLeast, 90), ProportionalRule.Instance, 10);
        Assert.Equal(within, PlanCheck.IsWithinPlan(fw, Period(period)));
    }

    [Fact]
    public void Newcomer6_AdministrativeYearStartingInDecember_IsTheFirstPlanYear()
    {
        // Under the administrative calendar 2021 runs from 2020-12-15, before the plan's first day; it is still plan year 2021.
        var fw = One(MeasureKind.Ratio, new Target(Comparison.AtLeast, 90), ProportionalRule.Instance, 10);
        var year = ReportingPeriod.Parse("2021", ReportingCalendar.Administrative);
        Assert.Equal(Date("2020-12-15"), year.Start);
        Assert.True(PlanCheck.IsWithinPlan(fw, year));
    }
}
