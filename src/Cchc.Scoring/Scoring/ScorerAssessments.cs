using System;

namespace Cchc.Scoring;

/// <summary>The scorer's use of assessment records (<c>docs/appraisal.md</c>).</summary>
public static partial class Scorer
{
    /// <summary>
    /// Lets the points in force of the assessment records replace the points computed from the figures: clamped to
    /// [0, the indicator's points] (points above are reported), rounded at indicator level. An indicator that does not
    /// apply stays so. With no figure the status follows the points: met at full points, not met below them. A
    /// self-assessment (not yet appraised) that claims points without the evidence the indicator requires counts 0
    /// unless an explanation was accepted.
    /// </summary>
    private static Outcome WithAssessment(ScoringContext context, string unitId, Indicator indicator, Outcome outcome)
    {
        if (outcome.Status == IndicatorStatus.NotApplicable
            || context.Request.Assessments!.InForce(unitId, context.Period, indicator.Code, context.AsOf) is not AssessedPoints assessed)
        {
            return outcome;
        }

        var facts = outcome.Facts;
        assessed = assessed.WithRequiredEvidence(indicator.RequiredEvidence);
        facts.Assessed = assessed;
        decimal max = indicator.MaxPoints;
        if (assessed.IsZeroedForMissingEvidence)
        {
            context.Problems.Warning(
                AssessmentProblemCodes.MissingEvidence,
                Path(unitId, indicator, context.Period),
                "The self-assessment of unit '" + unitId + "' claims " + Num.Format(assessed.Points) + " points for '" + indicator.Code + "' without the required evidence "
                + string.Join(", ", assessed.MissingEvidence) + " and no explanation was accepted; it counts 0. Give a reference that 'meets' each, or record an accepted explanation.");
        }
        else if (assessed.Points > max)
        {
            context.Problems.Warning(
                ProblemCodes.OutOfRange,
                Path(unitId, indicator, context.Period),
                "The " + assessed.Describe() + " gives " + Num.Format(assessed.Points) + " points to '" + indicator.Code + "' for unit '" + unitId + "', more than its " + Num.Format(max) + "; " + Num.Format(max) + " count.");
        }

        decimal exact = assessed.IsZeroedForMissingEvidence ? 0 : Math.Clamp(assessed.Points, 0, max);
        decimal points = context.Rounding.Round(exact, RoundingLevel.Indicator);
        var status = outcome.Status is IndicatorStatus.Met or IndicatorStatus.NotMet ? outcome.Status
            : points >= max ? IndicatorStatus.Met : IndicatorStatus.NotMet;
        return new Outcome(facts, status, exact, points, max);
    }
}
