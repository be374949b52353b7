using System;
using System.Linq;
using Cchc.Scoring;
using Cchc.Scoring.Rules;
using Cchc.Scoring.Serialization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;
using static Cchc.Scoring.Tests.TestData;

namespace Cchc.Scoring.Tests.Sensitivity;

/// <summary>Sensitivity analysis: hand-derived cases and properties (docs/sensitivity.md).</summary>
public sealed class SensitivityTests
{
    /// <summary>Areas A1 (I1) and A2 (I2), 50 points each, ratio ≥ 100 %, proportional: points = percentage ÷ 2.</summary>
    private static Framework TwoAreas() => Framework(
        RoundingPolicy.Default,
        Area("A1", Indicator("I1", MeasureKind.Ratio, new Target(Comparison.AtLeast, 100), ProportionalRule.Instance, 50)),
        Area("A2", Indicator("I2", MeasureKind.Ratio, new Target(Comparison.AtLeast, 100), ProportionalRule.Instance, 50)));

    private static SubmissionSet Close() => Set(
        // U1: I1 100 % → 50, I2 60 % → 30: 80.00. U2: I1 60.02 % → 30.01, I2 100 % → 50: 80.01.
        Submission("U1", "2025", "I1", Measurement.Ratio(100, 100)),
        Submission("U1", "2025", "I2", Measurement.Ratio(60, 100)),
        Submission("U2", "2025", "I1", Measurement.Ratio(6002, 10000)),
        Submission("U2", "2025", "I2", Measurement.Ratio(100, 100)),
        // U3: 100 % and 100 % → 100.00, far ahead of both.
        Submission("U3", "2025", "I1", Measurement.Ratio(100, 100)),
        Submission("U3", "2025", "I2", Measurement.Ratio(100, 100)));

    private static readonly ScoringRequest Request2025 = new(Period("2025"));

    private static SensitivityResult Run(SensitivityOptions options) => SensitivityAnalysis.Run(TwoAreas(), Close(), Request2025, options);

    private static UnitSensitivity Unit(SensitivityResult r, string id) => r.Units.Single(u => u.UnitId == id);

    [Fact]
    public void Generator_IsSplitMix64()
    {
        // The first output of SplitMix64 from state 0 is 0xE220A8397B1DCDAF (Vigna's reference splitmix64.c).
        Assert.Equal(0xE220A8397B1DCDAFUL, CounterRandom.Mix(0x9E3779B97F4A7C15UL));
        Assert.Equal(CounterRandom.Bits(7, 3, 2), CounterRandom.Bits(7, 3, 2));
        Assert.NotEqual(CounterRandom.Bits(7, 3, 2), CounterRandom.Bits(7, 2, 3));
        Assert.NotEqual(CounterRandom.Bits(7, 3, 2), CounterRandom.Bits(8, 3, 2));
    }

    [Fact]
    public void TwoUnits0Point01Apart_GetOverlappingIntervals()
    {
        var r = Run(new SensitivityOptions { Weights = WeightVariation.Areas, WeightRange = 0.10m, Samples = 400, Seed = 1 });
        var u1 = Unit(r, "U1");
        var u2 = Unit(r, "U2");
        // Nominal: U3 100.00 first, U2 80.01 second, U1 80.00 third.
        Assert.Equal((3, 2), (u1.NominalRank, u2.NominalRank));
        // With factors f1 + f2 = 2, U1 − U2 = 19.99 f1 − 20 f2: U1 is ahead whenever w1 > 1.0005 w2, about half the samples.
        Assert.Equal((2, 3), (u1.RankLow, u1.RankHigh));
        Assert.Equal((2, 3), (u2.RankLow, u2.RankHigh));
        Assert.True(u1.RankLow <= u2.RankHigh && u2.RankLow <= u1.RankHigh);
        // Only the ratio w1 ÷ w2 matters, so both weights explain a large and similar share of the rank's variance.
        Assert.All(u1.VarianceShares, s => Assert.InRange(s.Share, 0.2m, 0.8m));
        Assert.StartsWith("weight:A", u1.MostInfluential, StringComparison.Ordinal);
    }

    [Fact]
    public void UnitFarAhead_KeepsRank1InEverySample()
    {
        var r = Run(new SensitivityOptions { Weights = WeightVariation.Indicators, WeightRange = 0.5m, RoundingModes = [RoundingMode.Truncate, RoundingMode.HalfToEven], RoundingDigits = [0, 1, 2], Samples = 300 });
        var u3 = Unit(r, "U3");
        Assert.Equal(300, u3.RankedSamples);
        Assert.Equal((1, 1, 1, 1), (u3.RankLow!.Value, u3.RankHigh!.Value, u3.BestRank!.Value, u3.WorstRank!.Value));
        Assert.Equal(1m, u3.MedianRank);
        // 100 % everywhere stays 100 whatever the weights: class A (≥ 90) with probability 1.
        Assert.Equal(new ClassProbability("A", 1m), u3.ClassProbabilities[0]);
        Assert.All(Enumerable.Range(0, 300), s => Assert.Equal(1, r.RanksOf(s)[2]));
        Assert.All(u3.VarianceShares, s => Assert.Equal(0m, s.Share));
        Assert.Null(u3.MostInfluential);
    }

    [Fact]
    public void ZeroVariation_GivesAZeroWidthIntervalAtTheNominalRank()
    {
        var r = Run(new SensitivityOptions { Samples = 50 });
        Assert.Empty(r.Inputs);
        foreach (var u in r.Units)
        {
            Assert.Equal(u.NominalRank, u.RankLow);
            Assert.Equal(u.NominalRank, u.RankHigh);
            Assert.Equal((decimal?)u.NominalRank, u.MedianRank);
            Assert.Equal(1m, u.ClassProbabilities.Single(c => c.Class == u.NominalClass?.Code).Probability);
        }

        // A weight range of 0, and lists holding only the framework's own choices, vary nothing either.
        var same = Run(new SensitivityOptions { Samples = 50, Weights = WeightVariation.Areas, WeightRange = 0, RoundingModes = [RoundingMode.HalfAwayFromZero], RoundingDigits = [2], MissingData = [MissingDataPolicy.Zero], UnitRollUps = [UnitRollUpMethod.Pool] });
        Assert.All(same.Units, u => Assert.Equal((u.NominalRank, u.NominalRank), (u.RankLow, u.RankHigh)));
    }

    [Fact]
    public void DiscreteInputThatDecidesTheRank_HasAShareOf1()
    {
        // U1 has no I2: with zero it scores 50 + 0 = 50 (rank 2); not applicable leaves 50 of 50 = 100 (rank 1 with U2).
        // U2 scores 40 + 40 = 80 either way. The rank of U1 is 2 or 1 exactly as the policy drawn: all its variance
        // lies between the two bins, S = 1.
        var set = Set(
            Submission("U1", "2025", "I1", Measurement.Ratio(100, 100)),
            Submission("U2", "2025", "I1", Measurement.Ratio(80, 100)),
            Submission("U2", "2025", "I2", Measurement.Ratio(80, 100)));
        var r = SensitivityAnalysis.Run(TwoAreas(), set, Request2025, new SensitivityOptions { MissingData = [MissingDataPolicy.Zero, MissingDataPolicy.NotApplicable], RoundingModes = [RoundingMode.HalfAwayFromZero], Samples = 200 });
        var u1 = Unit(r, "U1");
        Assert.Equal(1m, u1.VarianceShares.Single(s => s.Input == "missingData").Share);
        Assert.Equal("missingData", u1.MostInfluential);
        Assert.Equal((1, 2), (u1.RankLow, u1.RankHigh));
        // The rounding mode, drawn from one choice, explains nothing.
        Assert.Equal(0m, u1.VarianceShares.Single(s => s.Input == "roundingMode").Share);
    }

    [Fact]
    public void SampleK_IsTheSameWhateverTheSampleCount()
    {
        // The survey choice is drawn too (a survey-only indicator, every third unit without a survey).
        var options = new SensitivityOptions { Weights = WeightVariation.Indicators, WeightRange = 0.2m, RoundingDigits = [0, 1, 2], VarySurvey = true, Samples = 40, Seed = 42 };
        var framework = SensitivityData.SurveyFramework(2, 3);
        var set = SensitivityData.SurveySubmissions(framework, 12);
        var few = SensitivityAnalysis.Run(framework, set, SensitivityData.Request, options);
        var many = SensitivityAnalysis.Run(framework, set, SensitivityData.Request, new SensitivityOptions { Weights = options.Weights, WeightRange = options.WeightRange, RoundingDigits = options.RoundingDigits, VarySurvey = true, Samples = 160, Seed = 42 });
        Assert.Contains("survey", few.Inputs);
        for (int k = 0; k < 40; k++)
        {
            Assert.Equal(few.RanksOf(k), many.RanksOf(k));
        }

        var other = SensitivityAnalysis.Run(framework, set, SensitivityData.Request, new SensitivityOptions { Weights = options.Weights, WeightRange = options.WeightRange, RoundingDigits = options.RoundingDigits, VarySurvey = true, Samples = 40, Seed = 43 });
        Assert.NotEqual(SensitivityJson.Write(few), SensitivityJson.Write(other));
    }

    [Fact]
    public void ThreadCount_NeverChangesAByte()
    {
        var framework = SensitivityData.SurveyFramework(5, 5);
        var set = SensitivityData.SurveySubmissions(framework, 100);
        string Json(int threads) => SensitivityJson.Write(SensitivityAnalysis.Run(framework, set, SensitivityData.Request, new SensitivityOptions
        {
            Weights = WeightVariation.Areas,
            WeightRange = 0.25m,
            RoundingModes = [RoundingMode.HalfAwayFromZero, RoundingMode.Truncate],
            RoundingDigits = [1, 2],
            VarySurvey = true,
            Samples = 200,
            Seed = 9,
            MaxDegreeOfParallelism = threads,
        }));
        string one = Json(1);
        Assert.Equal(one, Json(2));
        Assert.Equal(one, Json(4));
        Assert.Equal(one, Json(0));
    }

    [Fact]
    public void Json_IsValidAgainstItsSchema()
    {
        var schema = Json.Schema.JsonSchema.FromText(Docs.RepositoryFiles.Read("docs/schemas/sensitivity.schema.json"));
        var r = Run(new SensitivityOptions { Weights = WeightVariation.Areas, WeightRange = 0.1m, MissingData = [MissingDataPolicy.CarryForward(2), MissingDataPolicy.PeerMean], UnitRollUps = [UnitRollUpMethod.Mean], RoundingModes = [RoundingMode.Truncate], RoundingDigits = [1], Samples = 20 });
        string json = SensitivityJson.Write(r);
        var results = schema.Evaluate(System.Text.Json.Nodes.JsonNode.Parse(json), new Json.Schema.EvaluationOptions { OutputFormat = Json.Schema.OutputFormat.List });
        Assert.True(results.IsValid, json);
        Assert.StartsWith("{\n  \"format\": \"cchc-sensitivity-1\",\n", json, StringComparison.Ordinal);
        Assert.Contains("\"missingData\": [\n      \"carryForward:2\",\n      \"peerMean\"\n    ]", json, StringComparison.Ordinal);
    }

    [Fact]
    public void BadOptions_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Run(new SensitivityOptions { Samples = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => Run(new SensitivityOptions { WeightRange = 1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => Run(new SensitivityOptions { RoundingDigits = [11] }));
        Assert.Throws<ArgumentNullException>(() => SensitivityAnalysis.Run(null!, Close(), Request2025));
    }

    /// <summary>
    /// A sample with every choice at its nominal value (no weight factors, the framework's rounding, the nominal
    /// figures) reproduces <see cref="Ranking.Rank"/> of the scorer's result exactly, for any figures, rounding and grouping;
    /// with the survey choice drawn too (an optional survey some units do not hold), the survey held as the data say and
    /// the roll-up and missing-data lists holding only the framework's own choices (scored as variants of the framework).
    /// </summary>
    [Property(MaxTest = 60)]
    public bool NominalSample_ReproducesTheNominalRanks(ulong salt, byte digits, byte mode, byte level, bool byKind, bool survey)
    {
        var rounding = new RoundingPolicy(digits % 4, (RoundingMode)(mode % 3), (RoundingLevel)(level % 3));
        var framework = survey ? SensitivityData.SurveyFramework(2, 3, rounding) : SensitivityData.Framework(2, 3, rounding);
        var set = survey ? SensitivityData.SurveySubmissions(framework, 15, salt) : SensitivityData.Submissions(framework, 15, salt);
        var options = survey
            ? new SensitivityOptions { RankByKind = byKind, MaxDegreeOfParallelism = 1, VarySurvey = true, UnitRollUps = [UnitRollUpMethod.Pool], MissingData = [MissingDataPolicy.Zero] }
            : new SensitivityOptions { RankByKind = byKind, MaxDegreeOfParallelism = 1 };
        var plan = new SensitivityPlan(framework, set, SensitivityData.Request, options);
        var ranks = new int[plan.UnitCount];
        var classes = new int[plan.UnitCount];
        plan.Rank(survey ? plan.FiguresOf(0, 0, 0) : plan.NominalFigures, null, framework.Rounding, ranks, classes);
        var expected = Ranking.Rank(plan.Nominal.Scorecards, byKind ? Ranking.ByKind : null).ToDictionary(r => r.Scorecard.UnitId, r => r.Rank ?? 0);
        var cards = plan.Nominal.Scorecards;
        return Enumerable.Range(0, cards.Count).All(u => expected[cards[u].UnitId] == ranks[u]
            && (classes[u] == framework.Bands.Count ? cards[u].Class is null : ReferenceEquals(framework.Bands[classes[u]], cards[u].Class)));
    }

    /// <summary>Weights renormalised: whatever is drawn, the maximum points of a unit add up to the framework's total, so an all-100 % unit keeps index 100.</summary>
    [Property(MaxTest = 30)]
    public bool Weights_AreRenormalisedToTheSameTotal(ulong seed)
    {
        var set = Set(Submission("U3", "2025", "I1", Measurement.Ratio(100, 100)), Submission("U3", "2025", "I2", Measurement.Ratio(100, 100)));
        var r = SensitivityAnalysis.Run(TwoAreas(), set, Request2025, new SensitivityOptions { Weights = WeightVariation.Indicators, WeightRange = 0.9m, RoundingDigits = [4], Samples = 20, Seed = seed });
        return r.Units.Single().ClassProbabilities[0] == new ClassProbability("A", 1m);
    }
}
