using System.Linq;
using Cchc.Scoring;
using Cchc.Scoring.Rules;
using Cchc.Scoring.Serialization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;
using static Cchc.Scoring.Tests.TestData;

namespace Cchc.Scoring.Tests.Scoring;

/// <summary>Missing data as a declared policy: zero (the default), not applicable, carry-forward, peer mean.</summary>
public sealed class MissingDataTests
{
    private static readonly Unit U1 = new("U1", Text("U1"), "office");
    private static readonly Unit U2 = new("U2", Text("U2"), "office");
    private static readonly Unit U3 = new("U3", Text("U3"), "office");
    private static readonly Unit D1 = new("D1", Text("D1"), "district");

    /// <summary>R: ratio ≥ 100 %, proportional, 60 points (points = 0.6 × percentage); Q: yes/no, 40 points.</summary>
    private static Framework Build(MissingDataPolicy? framework = null, MissingDataPolicy? onR = null) =>
        new(
            "md",
            "1.0.0",
            Text("md"),
            new NodaTime.DateInterval(Date("2021-01-01"), Date("2025-12-31")),
            ReportingCalendar.Calendar,
            RoundingPolicy.Default,
            100,
            Bands,
            [new Area("X", Text("X"), [
                new Indicator("R", Text("R"), MeasureKind.Ratio, "%", new Target(Comparison.AtLeast, 100), ProportionalRule.Instance, 60, new IndicatorOptions { MissingData = onR }),
                new Indicator("Q", Text("Q"), MeasureKind.YesNo, string.Empty, new Target(Comparison.Equal, 1), YesNoRule.Instance, 40),
            ])],
            new FrameworkOptions { MissingData = framework });

    private static SubmissionSet Set(params Submission[] submissions) =>
        new(submissions, UnitHierarchy.Create([U1, U2, U3, D1]).Value!);

    private static ScoringResult Score(Framework f, SubmissionSet set, string period = "2025") => Scorer.Score(f, set, new ScoringRequest(Period(period)));

    private static IndicatorScore Find(ScoringResult r, string unit, string code) => r.Find(unit)!.Indicators.Single(s => s.Indicator.Code == code);

    // U1 has Q = yes for 2025 but no R; R for 2024 is 80/100 and for 2023 50/100. U2 has R 90/100, U3 R 70/100 (2025).
    private static readonly SubmissionSet Data = Set(
        Submission("U1", "2025", "Q", Measurement.YesNo(true)),
        Submission("U1", "2024", "R", Measurement.Ratio(80, 100)),
        Submission("U1", "2023", "R", Measurement.Ratio(50, 100)),
        Submission("U2", "2025", "R", Measurement.Ratio(90, 100)),
        Submission("U2", "2025", "Q", Measurement.YesNo(true)),
        Submission("U3", "2025", "R", Measurement.Ratio(70, 100)),
        Submission("U3", "2025", "Q", Measurement.YesNo(false)));

    [Fact]
    public void Zero_IsTheDefault_NoDataScores0AndTheMaximumCounts()
    {
        var card = Score(Build(), Data).Find("U1")!;
        var r = card.Indicators.First();
        Assert.Equal(IndicatorStatus.NoData, r.Status);
        Assert.Null(r.Imputation);
        // 0 (R) + 40 (Q) of 100 → index 40.
        Assert.Equal(40m, card.Index);
        Assert.Equal(0, card.Coverage.Imputed);
        Assert.Equal(MissingDataPolicy.Zero, Build().MissingData);
    }

    [Fact]
    public void NotApplicable_TakesTheMaximumOut_AndIsMarkedAndCounted()
    {
        var card = Score(Build(MissingDataPolicy.NotApplicable), Data).Find("U1")!;
        var r = card.Indicators.First();
        Assert.Equal(IndicatorStatus.NotApplicable, r.Status);
        Assert.Equal(MissingDataMethod.NotApplicable, r.Imputation!.Method);
        // Q 40 of 40 → index 40 ÷ 40 × 100 = 100.
        Assert.Equal(40m, card.MaxPoints);
        Assert.Equal(100m, card.Index);
        Assert.Equal(1, card.Coverage.Imputed);
        Assert.Equal(1, card.Coverage.NotApplicable);
        Assert.Contains("missing-data policy", r.Explanation, System.StringComparison.Ordinal);
        Assert.Contains("counts as not applicable", r.Trace.Render(Language.En), System.StringComparison.Ordinal);
    }

    [Fact]
    public void CarryForward_ScoresTheLatestEarlierFigure_WithinTheLimit()
    {
        var result = Score(Build(MissingDataPolicy.CarryForward(1)), Data);
        var r = Find(result, "U1", "R");
        // 2024: 80/100 = 80 % against ≥ 100, proportional: 80 × 60 ÷ 100 = 48.
        Assert.Equal(IndicatorStatus.NotMet, r.Status);
        Assert.Equal(80m, r.Value);
        Assert.Equal(48m, r.Points);
        Assert.Equal(MissingDataMethod.CarryForward, r.Imputation!.Method);
        Assert.Equal(Period("2024"), r.Imputation.FromPeriod);
        Assert.Equal(1, result.Find("U1")!.Coverage.Imputed);
        Assert.Equal(1, result.Find("U1")!.Coverage.Scored - 1); // Q scored on data, R imputed and scored.
        Assert.Contains("the figure of 2024 is carried forward", r.Explanation, System.StringComparison.Ordinal);
        Assert.Equal(Period("2024"), r.Submission!.Period);
    }

    [Fact]
    public void CarryForward_NotBeyondItsLimit()
    {
        // Scoring 2026 with one period back finds nothing for 2025 (U1 has no R in 2025): no data. Two back reach 2024.
        var one = Find(Score(Build(MissingDataPolicy.CarryForward(1)), Data, "2026"), "U1", "R");
        Assert.Equal(IndicatorStatus.NoData, one.Status);
        Assert.Null(one.Imputation);
        var two = Find(Score(Build(MissingDataPolicy.CarryForward(2)), Data, "2026"), "U1", "R");
        Assert.Equal(Period("2024"), two.Imputation!.FromPeriod);
        Assert.Equal(48m, two.Points);
    }

    [Fact]
    public void CarryForward_ThatCannotBeScored_IsNoDataNotAnImputation()
    {
        // R ≥ baseline 2021 + 5: U1's 2024 figure is carried into 2025, but there is no 2021 baseline → no data, not imputed.
        var r = new Indicator("R", Text("R"), MeasureKind.Ratio, "%", new Target(Comparison.AtLeast, 5, baseline: Baseline.FromPeriod(Period("2021")), change: TargetChange.AbsoluteIncrease), ProportionalRule.Instance, 100);
        var f = Framework(Area("X", r));
        var framework = new Framework(f.Id, f.Version, f.Name, f.Plan, f.Calendar, f.Rounding, f.TotalPoints, f.Bands, f.Areas, new FrameworkOptions { MissingData = MissingDataPolicy.CarryForward(1) });
        var card = Score(framework, Set(Submission("U1", "2024", "R", Measurement.Ratio(80, 100)))).Find("U1")!;
        var score = card.Indicators.Single();
        Assert.Equal(IndicatorStatus.NoData, score.Status);
        Assert.Null(score.Imputation);
        Assert.Equal(0, card.Coverage.Imputed);
    }

    [Fact]
    public void CarryForward_OfQuarters_CrossesTheYear()
    {
        var set = Set(Submission("U1", "2024-Q4", "R", Measurement.Ratio(50, 100)));
        var r = Find(Score(Build(MissingDataPolicy.CarryForward(1)), set, "2025-Q1"), "U1", "R");
        // 50 % × 60 ÷ 100 = 30.
        Assert.Equal(Period("2024-Q4"), r.Imputation!.FromPeriod);
        Assert.Equal(30m, r.Points);
    }

    [Fact]
    public void PeerMean_AveragesThePeersOfTheSameKind()
    {
        var result = Score(Build(MissingDataPolicy.PeerMean), Data);
        var r = Find(result, "U1", "R");
        // Peers of kind office with R: U2 90 %, U3 70 % → mean 80 %; 80 × 60 ÷ 100 = 48.
        Assert.Equal(80m, r.Value);
        Assert.Equal(48m, r.Points);
        Assert.Equal(MissingDataMethod.PeerMean, r.Imputation!.Method);
        Assert.Equal(2, r.Imputation.Peers);
        Assert.Equal(["U2", "U3"], r.Trace.Peers);
        Assert.Equal(2, r.Trace.PeerSources.Count);
        // D1 (a district, no peers with figures) has nothing to average: no data.
        Assert.Equal(IndicatorStatus.NoData, Find(result, "D1", "R").Status);
        Assert.Null(Find(result, "D1", "R").Imputation);
    }

    [Fact]
    public void PeerMean_OfYesNo_IsTheMajority()
    {
        var set = Set(
            Submission("U1", "2025", "Q", Measurement.YesNo(true)),
            Submission("U2", "2025", "Q", Measurement.YesNo(true)));
        var r = Find(Score(Build(MissingDataPolicy.PeerMean), set), "U3", "Q");
        // U1 yes, U2 yes: 2 of 2 say yes → yes → 40 points.
        Assert.Equal(IndicatorStatus.Met, r.Status);
        Assert.Equal(40m, r.Points);
    }

    [Fact]
    public void IndicatorPolicy_OverridesTheFramework()
    {
        var f = Build(MissingDataPolicy.NotApplicable, onR: MissingDataPolicy.Zero);
        var result = Score(f, Data);
        Assert.Equal(IndicatorStatus.NoData, Find(result, "U1", "R").Status);
        Assert.Equal(IndicatorStatus.NotApplicable, Find(result, "D1", "Q").Status); // Q follows the framework.
        Assert.Equal(MissingDataPolicy.Zero, f.MissingDataOf(f.FindIndicator("R")!));
    }

    [Fact]
    public void Fingerprint_ChangesWithThePolicy_AndNotWithoutOne()
    {
        string none = Score(Build(), Data).Fingerprint;
        Assert.Equal(none, Score(Build(MissingDataPolicy.Zero), Data).Fingerprint);
        string[] others =
        [
            Score(Build(MissingDataPolicy.NotApplicable), Data).Fingerprint,
            Score(Build(MissingDataPolicy.CarryForward(1)), Data).Fingerprint,
            Score(Build(MissingDataPolicy.CarryForward(2)), Data).Fingerprint,
            Score(Build(MissingDataPolicy.PeerMean), Data).Fingerprint,
            Score(Build(onR: MissingDataPolicy.Zero), Data).Fingerprint,
        ];
        Assert.DoesNotContain(none, others);
        Assert.Equal(others.Length, others.Distinct().Count());
    }

    [Fact]
    public void Json_MarksImputedFigures_AndTheFrameworkFileRoundTrips()
    {
        var f = Build(MissingDataPolicy.CarryForward(2), onR: MissingDataPolicy.PeerMean);
        string text = FrameworkJson.Write(f);
        Assert.Contains("\"missingData\": {\n    \"method\": \"carryForward\",\n    \"periods\": 2\n  }", text, System.StringComparison.Ordinal);
        var back = FrameworkJson.Read(text);
        Assert.True(back.IsValid, string.Join("; ", back.Problems));
        Assert.Equal(text, FrameworkJson.Write(back.Value!));
        Assert.Equal(MissingDataPolicy.PeerMean, back.Value!.FindIndicator("R")!.MissingData);

        string json = ScorecardJson.Write(Score(f, Data));
        Assert.Contains("\"imputed\": {\n", json, System.StringComparison.Ordinal);
        Assert.Contains("\"method\": \"peerMean\"", json, System.StringComparison.Ordinal);
        Assert.Contains("\"imputed\": 1", json, System.StringComparison.Ordinal);
        Assert.DoesNotContain("imputed", ScorecardJson.Write(Score(Build(), Data)), System.StringComparison.Ordinal);
        Assert.DoesNotContain("missingData", FrameworkJson.Write(Build()), System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "method": "carryForward" }""", "$.missingData.periods", ProblemCodes.MissingField)]
    [InlineData("""{ "method": "carryForward", "periods": 13 }""", "$.missingData.periods", ProblemCodes.OutOfRange)]
    [InlineData("""{ "method": "zero", "periods": 1 }""", "$.missingData.periods", ProblemCodes.InvalidValue)]
    [InlineData("""{ "method": "median" }""", "$.missingData.method", ProblemCodes.InvalidValue)]
    [InlineData("""{ }""", "$.missingData.method", ProblemCodes.MissingField)]
    public void BadPolicy_IsALocatedProblem(string policy, string path, string code)
    {
        string text = OneIndicatorJson("""{ "kind": "threshold" }""").Replace("\"totalPoints\"", "\"missingData\": " + policy + ",\n  \"totalPoints\"", System.StringComparison.Ordinal);
        var read = FrameworkJson.Read(text);
        Assert.False(read.IsValid);
        Assert.Contains(read.Problems, p => p.Path == path && p.Code == code);
    }

    /// <summary>With any policy, an indicator with its own figure scores the same: only missing figures are imputed.</summary>
    [Property(MaxTest = 60)]
    public bool Policy_NeverChangesAnIndicatorWithData(byte numerator, byte method)
    {
        decimal n = numerator % 101;
        var set = Set(Submission("U1", "2025", "R", Measurement.Ratio(n, 100)), Submission("U2", "2025", "R", Measurement.Ratio(30, 100)));
        var policy = (method % 4) switch
        {
            0 => MissingDataPolicy.Zero,
            1 => MissingDataPolicy.NotApplicable,
            2 => MissingDataPolicy.CarryForward(3),
            _ => MissingDataPolicy.PeerMean,
        };
        var plain = Find(Score(Build(), set), "U1", "R");
        var with = Find(Score(Build(policy), set), "U1", "R");
        return plain.Points == with.Points && plain.Status == with.Status && with.Imputation is null;
    }

    /// <summary>The imputed count equals the number of indicator scores marked imputed, on every card.</summary>
    [Property(MaxTest = 30)]
    public bool Imputed_CountsTheMarkedScores(byte method)
    {
        var policy = (method % 3) switch
        {
            0 => MissingDataPolicy.NotApplicable,
            1 => MissingDataPolicy.CarryForward(2),
            _ => MissingDataPolicy.PeerMean,
        };
        var result = Score(Build(policy), Data);
        return result.Scorecards.All(c => c.Coverage.Imputed == c.Indicators.Count(s => s.Imputation is not null))
            && result.Scorecards.Sum(c => c.Coverage.Imputed) > 0;
    }
}
