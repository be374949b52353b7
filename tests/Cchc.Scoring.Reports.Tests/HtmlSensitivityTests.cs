using System;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Cchc.Scoring;
using Cchc.Scoring.Rules;
using NodaTime;
using Xunit;

namespace Cchc.Scoring.Reports.Tests;

/// <summary>The HTML report's sensitivity section: rank intervals and class probabilities of a <see cref="SensitivityResult"/>, only when one is given.</summary>
public sealed class HtmlSensitivityTests
{
    private static readonly Instant Recorded = Instant.FromUtc(2026, 1, 10, 2, 0);

    private static LocalizedText Text(string code) => new("Tên " + code, "Name " + code);

    /// <summary>Areas A1 (I1) and A2 (I2), 50 points each, ratio ≥ 100 %, proportional: points = percentage ÷ 2; bands A ≥ 90, B ≥ 80, C ≥ 0; I2 survey-only when asked.</summary>
    private static Framework TwoAreas(bool survey = false) => new(
        "sens-html",
        "1.0.0",
        Text("framework"),
        new DateInterval(new LocalDate(2021, 1, 1), new LocalDate(2025, 12, 31)),
        ReportingCalendar.Calendar,
        RoundingPolicy.Default,
        100,
        [new ClassBand("A", new LocalizedText("Xuất sắc", "Excellent"), 90), new ClassBand("B", new LocalizedText("Tốt", "Good"), 80), new ClassBand("C", new LocalizedText("Khá", "Fair"), 0)],
        [
            new Area("A1", Text("A1"), [new Indicator("I1", Text("I1"), MeasureKind.Ratio, "%", new Target(Comparison.AtLeast, 100), ProportionalRule.Instance, 50)]),
            new Area("A2", Text("A2"), [new Indicator("I2", Text("I2"), MeasureKind.Ratio, "%", new Target(Comparison.AtLeast, 100), ProportionalRule.Instance, 50, new IndicatorOptions { SurveyOnly = survey })]),
        ],
        new FrameworkOptions { SurveyOptional = survey });

    private static Submission Ratio(string unit, string indicator, decimal numerator, decimal denominator) =>
        new(unit, ReportingPeriod.ForYear(2025), indicator, Measurement.Ratio(numerator, denominator), Recorded);

    /// <summary>U3: 100 % and 100 % → 100.00, first. U2: I1 60.02 % → 30.01, I2 100 % → 50: 80.01, second. U1: 100 % → 50, 60 % → 30: 80.00, third.</summary>
    private static SubmissionSet Close() => new(
    [
        Ratio("U1", "I1", 100, 100), Ratio("U1", "I2", 60, 100),
        Ratio("U2", "I1", 6002, 10000), Ratio("U2", "I2", 100, 100),
        Ratio("U3", "I1", 100, 100), Ratio("U3", "I2", 100, 100),
    ]);

    private static readonly ScoringRequest Request2025 = new(ReportingPeriod.ForYear(2025));

    private static (ScoringSummary Summary, SensitivityResult Result) Analyse(SensitivityOptions options)
    {
        var framework = TwoAreas();
        var set = Close();
        var result = Scorer.Score(framework, set, Request2025);
        return (ScoringSummary.Create(result, set, "U3"), SensitivityAnalysis.Run(framework, set, Request2025, options));
    }

    private static string Render(SensitivityOptions options, Language language = Language.Vi)
    {
        var (summary, sensitivity) = Analyse(options);
        return HtmlReport.Render(summary, new ReportOptions(language) { Sensitivity = sensitivity });
    }

    private static readonly SensitivityOptions AreaWeights = new() { Weights = WeightVariation.Areas, WeightRange = 0.10m, Samples = 400, Seed = 1 };

    private static string Group(string html, string unit) => Regex.Match(html, "<g class=\"unit\" data-unit=\"" + unit + "\"[^>]*>(.*?)</g>", RegexOptions.Singleline).Groups[1].Value;

    [Fact]
    public void RankIntervals_ArePlacedOnTheSharedRankAxis()
    {
        var (_, r) = Analyse(AreaWeights);
        // The core's hand-derived case (SensitivityTests.TwoUnits0Point01Apart_GetOverlappingIntervals): U3 always
        // first; U2 and U1 share ranks 2 and 3.
        Assert.Equal((1, 1, 1), (r.Units[2].RankLow!.Value, r.Units[2].RankHigh!.Value, r.Units[2].WorstRank!.Value));
        Assert.Equal((2, 3), (r.Units[1].RankLow, r.Units[1].RankHigh));
        Assert.Equal((2, 3), (r.Units[0].RankLow, r.Units[0].RankHigh));
        string html = Render(AreaWeights);

        // The last rank is 3, so x = 120 + (rank − 1) × (560 − 120 − 20) ÷ (3 − 1) = 120 + (rank − 1) × 210:
        // rank 1 → 120, rank 2 → 330, rank 3 → 540. Rows in nominal order, 24 high from y = 8: U3 centre 8 + 12 = 20,
        // U2 44, U1 68; the height is 8 + 3 × 24 + 28 = 108, the axis at 8 + 72 = 80 and its labels at 98.
        Assert.Contains("class=\"chart rank-intervals\" viewBox=\"0 0 560 108\" width=\"560\" height=\"108\"", html, StringComparison.Ordinal);
        Assert.Contains("<text x=\"330\" y=\"98\" text-anchor=\"middle\" class=\"tick\">2</text>", html, StringComparison.Ordinal);
        Assert.Equal(
            ["U3", "U2", "U1"],
            Regex.Matches(html, "<g class=\"unit\" data-unit=\"([^\"]*)\"").Select(m => m.Groups[1].Value));

        // U3: the dot at (120, 20); the interval 1–1 is a bar of width 0 at x 120, 8 high from y 20 − 4 = 16.
        Assert.Contains("<circle class=\"nominal\" cx=\"120\" cy=\"20\" r=\"5\"", Group(html, "U3"), StringComparison.Ordinal);
        Assert.Contains("<rect class=\"interval\" x=\"120\" y=\"16\" width=\"0\" height=\"8\"", Group(html, "U3"), StringComparison.Ordinal);
        Assert.Contains("<line class=\"median\" x1=\"120\" y1=\"13\" x2=\"120\" y2=\"27\"", Group(html, "U3"), StringComparison.Ordinal);

        // U2: nominal rank 2, the dot at (330, 44); the interval 2–3 from x 330, 540 − 330 = 210 wide, at y 40.
        Assert.Contains("<circle class=\"nominal\" cx=\"330\" cy=\"44\" r=\"5\"", Group(html, "U2"), StringComparison.Ordinal);
        Assert.Contains("<rect class=\"interval\" x=\"330\" y=\"40\" width=\"210\" height=\"8\"", Group(html, "U2"), StringComparison.Ordinal);

        // U1: nominal rank 3, the dot at (540, 68); the same interval at y 64.
        Assert.Contains("<circle class=\"nominal\" cx=\"540\" cy=\"68\" r=\"5\"", Group(html, "U1"), StringComparison.Ordinal);
        Assert.Contains("<rect class=\"interval\" x=\"330\" y=\"64\" width=\"210\" height=\"8\"", Group(html, "U1"), StringComparison.Ordinal);

        // The median mark: 2, 2.5 or 3 → x 330, 435 or 540, from y − 7 to y + 7.
        foreach (var (unit, row) in new[] { (r.Units[1], 1), (r.Units[0], 2) })
        {
            decimal median = unit.MedianRank!.Value;
            Assert.Contains(median, new[] { 2m, 2.5m, 3m });
            string x = (120 + ((median - 1) * 210)).ToString("0.#", CultureInfo.InvariantCulture);
            string y = (8 + (row * 24) + 12).ToString(CultureInfo.InvariantCulture);
            Assert.Contains("<line class=\"median\" x1=\"" + x + "\" y1=\"" + (int.Parse(y, CultureInfo.InvariantCulture) - 7).ToString(CultureInfo.InvariantCulture) + "\" x2=\"" + x + "\"", Group(html, unit.UnitId), StringComparison.Ordinal);
            Assert.Contains("data-median=\"" + median.ToString(CultureInfo.InvariantCulture) + "\"", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ClassProbabilities_WidthsAddUpTo100PerCent_AndAreWrittenInTheReportsStyle()
    {
        var (_, r) = Analyse(AreaWeights);
        string html = Render(AreaWeights);
        var bars = Regex.Matches(html, "<svg [^>]*class=\"class-bar\"[^>]*>(.*?)</svg>", RegexOptions.Singleline).ToArray();
        Assert.Equal(3, bars.Length);
        bool someUnitHasTwoClasses = false;
        foreach (var bar in bars)
        {
            var rects = Regex.Matches(bar.Groups[1].Value, "<rect x=\"([^\"]*)\" y=\"0\" width=\"([^\"]*)\" height=\"14\" fill=\"#[0-9a-f]{6}\" data-class=\"([^\"]*)\" data-probability=\"([^\"]*)\">").ToArray();
            Assert.NotEmpty(rects);
            someUnitHasTwoClasses |= rects.Length > 1;
            // The parts start where the one before ends, and their widths add up to exactly 100 (per cent of the bar).
            decimal x = 0;
            foreach (var rect in rects)
            {
                Assert.Equal(x, Dec(rect.Groups[1].Value));
                x += Dec(rect.Groups[2].Value);
            }

            Assert.Equal(100m, x);
            // Each part but the last is exactly its probability × 100.
            foreach (var rect in rects.SkipLast(1))
            {
                Assert.Equal(Dec(rect.Groups[4].Value) * 100, Dec(rect.Groups[2].Value));
            }
        }

        // U1 at 80.00 goes below 80 when A2 (its weak area) weighs more: B and C both occur.
        Assert.True(someUnitHasTwoClasses);
        var u1 = r.Units.Single(u => u.UnitId == "U1");
        var b = u1.ClassProbabilities.Single(c => c.Class == "B").Probability;
        Assert.InRange(b, 0.01m, 0.99m);

        // The numbers as text, vi-VN style (a comma before the decimals), by the class's name, in the row and in each part's title.
        string percent = ViNumber.Short(b * 100) + " %";
        Assert.Contains(",", percent, StringComparison.Ordinal);
        var row = Regex.Match(html, "<tr data-unit=\"U1\">(.*?)</tr>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains("Tốt " + percent, row, StringComparison.Ordinal);
        Assert.Contains("<title>Tốt: " + percent + "</title>", row, StringComparison.Ordinal);
        Assert.StartsWith("<td>U1</td><td class=\"num\">3</td>", row, StringComparison.Ordinal);
        // The legend names every band with its colour.
        Assert.Contains("fill=\"#15803d\"/></svg>Xuất sắc", html, StringComparison.Ordinal);
        Assert.Contains("fill=\"#ca8a04\"/></svg>Khá", html, StringComparison.Ordinal);
    }

    [Fact]
    public void NoAnalysis_NoSection()
    {
        var (summary, _) = Analyse(AreaWeights);
        foreach (var language in new[] { Language.Vi, Language.En })
        {
            string html = HtmlReport.Render(summary, new ReportOptions(language));
            Assert.DoesNotContain("id=\"sensitivity\"", html, StringComparison.Ordinal);
            Assert.DoesNotContain("rank-intervals", html, StringComparison.Ordinal);
            Assert.DoesNotContain("class-bar", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Section_SaysSeedSamplesAndWhatVaried_InVietnameseAndEnglish()
    {
        var options = new SensitivityOptions { Weights = WeightVariation.Areas, WeightRange = 0.10m, RoundingDigits = [1, 2, 3], MissingData = [MissingDataPolicy.Zero, MissingDataPolicy.PeerMean], Samples = 1000, Seed = 7 };
        string vi = Render(options, Language.Vi);
        Assert.Contains("<section class=\"card\" id=\"sensitivity\" data-samples=\"1000\" data-seed=\"7\" data-inputs=\"weight:A1 weight:A2 roundingDigits missingData\"", vi, StringComparison.Ordinal);
        Assert.Contains("<h2>Độ tin cậy của thứ hạng (phân tích độ nhạy)</h2>", vi, StringComparison.Ordinal);
        Assert.Contains("Số mẫu: <span id=\"sensitivity-samples\">1.000</span> · Hạt giống: <span id=\"sensitivity-seed\">7</span>", vi, StringComparison.Ordinal);
        Assert.Contains("<span id=\"sensitivity-varied\">trọng số của 2 lĩnh vực ±10 %; số chữ số làm tròn: 1, 2, 3; cách xử lý số liệu thiếu (2 lựa chọn)</span>", vi, StringComparison.Ordinal);
        Assert.Contains("<h3>Khoảng thứ hạng</h3>", vi, StringComparison.Ordinal);
        Assert.Contains("<h3>Xác suất xếp loại</h3>", vi, StringComparison.Ordinal);

        string en = Render(options, Language.En);
        Assert.Contains("<h2>How far to trust the ranks (sensitivity analysis)</h2>", en, StringComparison.Ordinal);
        Assert.Contains("Samples: <span id=\"sensitivity-samples\">1.000</span> · Seed: <span id=\"sensitivity-seed\">7</span>", en, StringComparison.Ordinal);
        Assert.Contains("<span id=\"sensitivity-varied\">the weights of 2 areas ±10 %; rounding digits: 1, 2, 3; missing-data policy (2 choices)</span>", en, StringComparison.Ordinal);
        Assert.Contains("<th>Moves the rank most</th>", en, StringComparison.Ordinal);
        Assert.DoesNotContain("Độ tin cậy", en, StringComparison.Ordinal);

        // Nothing varied: said so.
        Assert.Contains("<span id=\"sensitivity-varied\">none (every interval is exactly the nominal rank)</span>", Render(new SensitivityOptions { Samples = 10 }, Language.En), StringComparison.Ordinal);
    }

    [Fact]
    public void SurveyChoice_IsNamedAsVaried()
    {
        // U1: I1 90 % → 45, no survey: 45 ÷ 50 = 90.00. U2: 50 + survey 70 % → 35: 85.00 held, 100.00 not held.
        var framework = TwoAreas(survey: true);
        var set = new SubmissionSet([Ratio("U1", "I1", 90, 100), Ratio("U2", "I1", 100, 100), Ratio("U2", "I2", 70, 100)]);
        var result = Scorer.Score(framework, set, Request2025);
        var sensitivity = SensitivityAnalysis.Run(framework, set, Request2025, new SensitivityOptions { VarySurvey = true, Samples = 100 });
        string vi = HtmlReport.Render(ScoringSummary.Create(result, set, "U1"), new ReportOptions(Language.Vi) { Sensitivity = sensitivity });
        string en = HtmlReport.Render(ScoringSummary.Create(result, set, "U1"), new ReportOptions(Language.En) { Sensitivity = sensitivity });
        Assert.Contains("<span id=\"sensitivity-varied\">khảo sát có tổ chức hay không (mỗi khả năng 50 %)</span>", vi, StringComparison.Ordinal);
        Assert.Contains("<span id=\"sensitivity-varied\">survey held or not (50 % each)</span>", en, StringComparison.Ordinal);
        // Both units' ranks are decided by the survey: it moves them most.
        Assert.Equal(2, Regex.Matches(vi, "<td>khảo sát có tổ chức hay không</td></tr>").Count);
    }

    [Fact]
    public void Section_IsDeterministic_WhateverTheThreads()
    {
        string Html(int threads) => Render(new SensitivityOptions { Weights = WeightVariation.Indicators, WeightRange = 0.2m, RoundingModes = [RoundingMode.Truncate, RoundingMode.HalfToEven], Samples = 300, Seed = 11, MaxDegreeOfParallelism = threads });
        string one = Html(1);
        Assert.Equal(one, Html(2));
        Assert.Equal(one, Html(0));
        Assert.DoesNotContain("<script", one, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http://", one.Replace("http://www.w3.org/2000/svg", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("https://", one, StringComparison.Ordinal);
    }

    private static decimal Dec(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);
}
