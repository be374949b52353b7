using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using Cchc.Scoring;

namespace Cchc.Scoring.Cli;

/// <summary>
/// The options that say what a sensitivity analysis varies, how many samples it draws and from which seed: one set of
/// definitions and one parser for <c>cchc sensitivity</c> and <c>cchc report --sensitivity</c> (docs/sensitivity.md).
/// </summary>
internal sealed class SensitivityCliOptions
{
    public Option<decimal> Weights { get; } = new("--weights")
    {
        Description = "Vary each weight within ± this many per cent (renormalised to the same total), e.g. 10; 0 (the default) keeps the weights.",
        HelpName = "PERCENT",
    };

    public Option<string> WeightsOf { get; } = new("--weights-of")
    {
        Description = "Which weights vary: areas (the default) or indicators.",
        DefaultValueFactory = _ => "areas",
    };

    public Option<bool> Rounding { get; } = new("--rounding") { Description = "Vary the rounding: every mode (half away from zero, half to even, truncate) and the framework's digits − 1, + 0 or + 1." };

    public Option<bool> RollUps { get; } = new("--vary-roll-up") { Description = "Vary the unit roll-up method of every indicator: pool, mean or own (needs --roll-up to change anything)." };

    public Option<bool> Missing { get; } = new("--missing") { Description = "Vary the missing-data policy of every indicator: zero, notApplicable, carryForward:1 or peerMean." };

    public Option<bool> Survey { get; } = new("--vary-survey") { Description = "Vary whether the survey is held (held or not, equal chance): not held, the survey-only criteria leave the maximum and the rest is rescaled to 100. The framework must have survey-only criteria." };

    public Option<int> Samples { get; } = new("--samples")
    {
        Description = "How many samples to draw (1 to 100000).",
        DefaultValueFactory = _ => 1000,
    };

    public Option<ulong> Seed { get; } = new("--seed")
    {
        Description = "The seed: the same seed gives the same result on any machine.",
        DefaultValueFactory = _ => 1,
    };

    /// <summary>Every option, in the order help lists them.</summary>
    public IReadOnlyList<Option> All => [Weights, WeightsOf, Rounding, RollUps, Missing, Survey, Samples, Seed];

    /// <summary>The options that say what varies (all but the sample count and the seed).</summary>
    public IReadOnlyList<Option> Variations => [Weights, WeightsOf, Rounding, RollUps, Missing, Survey];

    /// <summary>Adds the options and their range checks to a command.</summary>
    public void AddTo(Command command)
    {
        WeightsOf.AcceptOnlyFromAmong("areas", "indicators");
        Weights.Validators.Add(result =>
        {
            decimal v = result.GetValueOrDefault<decimal>();
            if (v < 0 || v > 90)
            {
                result.AddError("--weights must be 0 to 90 (per cent).");
            }
        });
        Samples.Validators.Add(result =>
        {
            int v = result.GetValueOrDefault<int>();
            if (v < 1 || v > SensitivityOptions.MaxSamples)
            {
                result.AddError("--samples must be 1 to 100000.");
            }
        });
        foreach (var option in All)
        {
            command.Options.Add(option);
        }
    }

    /// <summary>
    /// The analysis the command line asks for, or a problem when it cannot be run on this framework: <c>--vary-survey</c>
    /// with a framework that has no survey-only criterion with points.
    /// </summary>
    public SensitivityOptions Options(ParseResult parse, Framework framework, bool rankByKind, out Problem? problem)
    {
        problem = null;
        bool survey = parse.GetValue(Survey);
        if (survey && !framework.Indicators.Any(i => i.IsSurveyOnly && i.MaxPoints > 0))
        {
            problem = new Problem(
                ProblemCodes.InvalidValue,
                "--vary-survey: framework '" + framework.Id + "' has no survey-only criterion with points, so there is no survey to hold or not. Leave out --vary-survey, or mark the survey criteria \"surveyOnly\": true in the framework (docs/sensitivity.md).",
                "--vary-survey");
        }

        int digits = framework.Rounding.Digits;
        bool rounding = parse.GetValue(Rounding);
        decimal weights = parse.GetValue(Weights);
        return new SensitivityOptions
        {
            Samples = parse.GetValue(Samples),
            Seed = parse.GetValue(Seed),
            Weights = weights == 0 ? WeightVariation.None : parse.GetValue(WeightsOf) == "indicators" ? WeightVariation.Indicators : WeightVariation.Areas,
            WeightRange = weights / 100,
            RoundingModes = rounding ? [RoundingMode.HalfAwayFromZero, RoundingMode.HalfToEven, RoundingMode.Truncate] : [],
            RoundingDigits = rounding ? new[] { digits - 1, digits, digits + 1 }.Where(d => d is >= 0 and <= 10).ToArray() : [],
            UnitRollUps = parse.GetValue(RollUps) ? [UnitRollUpMethod.Pool, UnitRollUpMethod.Mean, UnitRollUpMethod.Own] : [],
            MissingData = parse.GetValue(Missing) ? [MissingDataPolicy.Zero, MissingDataPolicy.NotApplicable, MissingDataPolicy.CarryForward(1), MissingDataPolicy.PeerMean] : [],
            VarySurvey = survey && problem is null,
            RankByKind = rankByKind,
        };
    }
}
