using System;
using System.Linq;
using Cchc.Scoring;
using Cchc.Scoring.Rules;
using Cchc.Scoring.Serialization;
using FsCheck.Xunit;
using Xunit;
using static Cchc.Scoring.Tests.TestData;

namespace Cchc.Scoring.Tests.Sensitivity;

/// <summary>Whether the survey is held, as a varied choice of a sensitivity analysis (docs/sensitivity.md#the-survey).</summary>
public sealed class SensitivitySurveyTests
{
    /// <summary>The draw that decides the survey when nothing else varies: draws 0–3 belong to rounding mode, digits, roll-up and missing data.</summary>
    private const int SurveyDraw = 4;

    /// <summary>Area A1 (I1, ratio ≥ 100 %, proportional, 50 points) and area A2 (S1, survey-only, the same rule, 50 points).</summary>
    private static Framework WithSurvey(bool optional) => new(
        "survey-test",
        "1.0.0",
        Text("survey"),
        new NodaTime.DateInterval(Date("2021-01-01"), Date("2025-12-31")),
        ReportingCalendar.Calendar,
        RoundingPolicy.Default,
        100,
        Bands,
        [
            Area("A1", Indicator("I1", MeasureKind.Ratio, new Target(Comparison.AtLeast, 100), ProportionalRule.Instance, 50)),
            new Area("A2", Text("A2"), [new Indicator("S1", Text("S1"), MeasureKind.Ratio, "%", new Target(Comparison.AtLeast, 100), ProportionalRule.Instance, 50, new IndicatorOptions { SurveyOnly = true })]),
        ],
        new FrameworkOptions { SurveyOptional = optional });

    /// <summary>
    /// U1: I1 90 % → 45, no survey. U2: I1 100 % → 50, S1 70 % → 35.
    /// Survey optional, held as the data say: U1 holds none, so S1 leaves its maximum: 45 ÷ 50 × 100 = 90.00 (A);
    /// U2 85 ÷ 100 × 100 = 85.00 (B). U1 rank 1, U2 rank 2.
    /// Survey not held: U1 still 90.00 (A); U2 50 ÷ 50 × 100 = 100.00 (A). U2 rank 1, U1 rank 2.
    /// </summary>
    private static SubmissionSet TwoUnits() => Set(
        Submission("U1", "2025", "I1", Measurement.Ratio(90, 100)),
        Submission("U2", "2025", "I1", Measurement.Ratio(100, 100)),
        Submission("U2", "2025", "S1", Measurement.Ratio(70, 100)));

    private static readonly ScoringRequest Request2025 = new(Period("2025"));

    [Fact]
    public void TwoUnits_OneDependingOnTheSurvey_RanksFollowTheFiftyFiftyDraw()
    {
        const int n = 1000;
        const ulong seed = 3;
        var r = SensitivityAnalysis.Run(WithSurvey(optional: true), TwoUnits(), Request2025, new SensitivityOptions { VarySurvey = true, Samples = n, Seed = seed });
        Assert.Equal(["survey"], r.Inputs);
        var u1 = r.Units.Single(u => u.UnitId == "U1");
        var u2 = r.Units.Single(u => u.UnitId == "U2");
        Assert.Equal((1, 2), (u1.NominalRank, u2.NominalRank));

        // Sample k: the survey is not held exactly when its draw chooses 1 of 2; then U2 is first, else U1.
        int notHeld = 0;
        for (int k = 0; k < n; k++)
        {
            bool held = CounterRandom.Choice(seed, k, SurveyDraw, 2) == 0;
            notHeld += held ? 0 : 1;
            Assert.Equal(held ? new int?[] { 1, 2 } : [2, 1], r.RanksOf(k));
        }

        // A fair coin over 1,000 samples: 500 ± 3 × 15.8 not held.
        Assert.InRange(notHeld, 453, 547);
        decimal p = notHeld / (decimal)n;

        // U2 is A (100.00) when not held, B (85.00) when held; U1 is A (90.00) either way.
        Assert.Equal([new ClassProbability("A", p), new ClassProbability("B", 1 - p), new ClassProbability("C", 0)], u2.ClassProbabilities);
        Assert.Equal(1m, u1.ClassProbabilities[0].Probability);

        // Ranks 1 (not held) and 2 (held): the interval is 1–2 for both, and the survey explains all of the variance.
        Assert.Equal((1, 2), (u2.RankLow, u2.RankHigh));
        Assert.Equal((1, 2), (u1.RankLow, u1.RankHigh));
        Assert.Equal(new InputShare("survey", 1m), u2.VarianceShares.Single());
        Assert.Equal("survey", u1.MostInfluential);

        // U2's sorted ranks: notHeld ones, then twos; the median is the mean of the 500th and 501st.
        decimal Nth(int i) => i <= notHeld ? 1 : 2;
        Assert.Equal((Nth(500) + Nth(501)) / 2, u2.MedianRank);
    }

    [Fact]
    public void SurveyNotDeclaredOptional_NotHeldStillRescales()
    {
        // The survey is not optional: as declared U1's missing S1 scores 0: 45 ÷ 100 × 100 = 45.00 (C), rank 2;
        // U2 85.00 (B), rank 1. Not held, the scorer's rule for a survey not held applies to both: U1 90.00 (A),
        // U2 100.00 (A). U2 stays first in every sample; U1's class is A exactly when the survey is not held.
        const int n = 200;
        var r = SensitivityAnalysis.Run(WithSurvey(optional: false), TwoUnits(), Request2025, new SensitivityOptions { VarySurvey = true, Samples = n, Seed = 5 });
        var u1 = r.Units.Single(u => u.UnitId == "U1");
        Assert.Equal(2, u1.NominalRank);
        Assert.Equal((2, 2), (u1.BestRank, u1.WorstRank));
        int notHeld = Enumerable.Range(0, n).Count(k => CounterRandom.Choice(5, k, SurveyDraw, 2) == 1);
        Assert.Equal([new ClassProbability("A", notHeld / (decimal)n), new ClassProbability("B", 0), new ClassProbability("C", (n - notHeld) / (decimal)n)], u1.ClassProbabilities);
    }

    [Fact]
    public void FrameworkVariants_KeepTheSurveyOnlyCriteriaAndTheOptionalSurvey()
    {
        // The missing-data list holds only the nominal policy, so every sample is scored on a variant of the framework
        // equal to it: U1 (no survey, optional) 90.00 rank 1, U2 85.00 rank 2 in every sample. A variant that lost the
        // survey-only mark or the optional survey scored U1's missing S1 as 0: 45 ÷ 100 = 45.00, rank 2.
        var r = SensitivityAnalysis.Run(WithSurvey(optional: true), TwoUnits(), Request2025, new SensitivityOptions { MissingData = [MissingDataPolicy.Zero], UnitRollUps = [UnitRollUpMethod.Pool], Samples = 30 });
        Assert.All(Enumerable.Range(0, 30), k => Assert.Equal(new int?[] { 1, 2 }, r.RanksOf(k)));
    }

    [Fact]
    public void VarySurvey_WithoutASurveyOnlyCriterion_Throws()
    {
        var framework = SensitivityData.Framework(2, 2);
        var e = Assert.Throws<ArgumentException>(() => SensitivityAnalysis.Run(framework, SensitivityData.Submissions(framework, 3), SensitivityData.Request, new SensitivityOptions { VarySurvey = true }));
        Assert.Equal("VarySurvey", e.ParamName);
        Assert.Contains("no survey-only criterion", e.Message, StringComparison.Ordinal);
        Assert.Contains("'test-framework'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_NamesTheSurveyChoice_AndIsValidAgainstItsSchema()
    {
        var schema = Json.Schema.JsonSchema.FromText(Docs.RepositoryFiles.Read("docs/schemas/sensitivity.schema.json"));
        var r = SensitivityAnalysis.Run(WithSurvey(optional: true), TwoUnits(), Request2025, new SensitivityOptions { VarySurvey = true, Weights = WeightVariation.Areas, WeightRange = 0.1m, Samples = 20 });
        string json = SensitivityJson.Write(r);
        Assert.True(schema.Evaluate(System.Text.Json.Nodes.JsonNode.Parse(json)).IsValid, json);
        Assert.Contains("\"survey\": true,", json, StringComparison.Ordinal);
        Assert.Contains("\"inputs\": [\n    \"weight:A1\",\n    \"weight:A2\",\n    \"survey\"\n  ]", json, StringComparison.Ordinal);
    }

    /// <summary>
    /// The survey not held is the scorer's own rule, not a copy of it: ranking the not-held figures gives exactly the
    /// ranks and classes the scorer gives when nobody submitted the survey under an optional survey — whatever the
    /// figures, the rounding, and whether the framework declares the survey optional.
    /// </summary>
    [Property(MaxTest = 40)]
    public bool SurveyNotHeld_IsTheScorersRule(ulong salt, byte digits, byte mode, byte level, bool optional)
    {
        var rounding = new RoundingPolicy(digits % 4, (RoundingMode)(mode % 3), (RoundingLevel)(level % 3));
        var framework = SensitivityData.SurveyFramework(2, 3, rounding, optional);
        var set = SensitivityData.SurveySubmissions(framework, 15, salt);
        var plan = new SensitivityPlan(framework, set, SensitivityData.Request, new SensitivityOptions { VarySurvey = true, MaxDegreeOfParallelism = 1 });
        var ranks = new int[plan.UnitCount];
        var classes = new int[plan.UnitCount];
        plan.Rank(plan.FiguresOf(-1, -1, 1), null, framework.Rounding, ranks, classes);
        var optionalFramework = SensitivityData.SurveyFramework(2, 3, rounding, optional: true);
        var scored = Scorer.Score(optionalFramework, SensitivityData.WithoutSurvey(framework, set), SensitivityData.Request, ScoringOptions.Sequential);
        var expected = Ranking.Rank(scored.Scorecards).ToDictionary(r => r.Scorecard.UnitId, r => r);
        var cards = plan.Nominal.Scorecards;
        return Enumerable.Range(0, cards.Count).All(u => expected[cards[u].UnitId].Rank == ranks[u]
            && (classes[u] == framework.Bands.Count ? expected[cards[u].UnitId].Scorecard.Class is null : expected[cards[u].UnitId].Scorecard.Class?.Code == framework.Bands[classes[u]].Code));
    }
}
