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
        if (indicator.IsSurveyOnly && assessed.SelfAssessment is { } self)
        {
            context.Problems.Warning(
                AssessmentProblemCodes.SurveySelfAssessed,
                Path(unitId, indicator, context.Period),
                "'" + indicator.Code + "' is scored from survey results only: the self-assessment of " + Num.Format(self.Points ?? 0) + " points by unit '" + unitId + "' is ignored.");
            if (assessed.Stage == AssessmentStage.SelfAssessment)
            {
                return outcome;
            }
        }

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

    /// <summary>A self-assessed value on a survey-only criterion: ignored, and reported.</summary>
    private static bool SelfAssessmentIgnored(ScoreFacts facts, Submission revision)
    {
        if (!facts.Indicator.IsSurveyOnly)
        {
            return false;
        }

        facts.Context.Problems.Warning(
            AssessmentProblemCodes.SurveySelfAssessed,
            Path(facts.UnitId, facts.Indicator, facts.Context.Period),
            "'" + facts.Indicator.Code + "' is scored from survey results only: the self-assessed points " + Num.Format(revision.SelfAssessedPoints ?? 0) + " of " + revision + " are ignored.");
        return true;
    }

    /// <summary>
    /// A survey-only criterion with no data, when the framework's survey is optional and no survey-only criterion of
    /// the unit has data (a submission or assessed points): the survey was not held, and the criterion's maximum
    /// leaves the total, so the index is rescaled to the non-survey maximum. A call that scores as if the survey was
    /// not held (<see cref="ScoringOptions.SurveyWithdrawn"/>, a choice a sensitivity analysis varies) applies the same
    /// rule to every survey-only criterion, whatever its data.
    /// </summary>
    private static Outcome Survey(ScoringContext context, string unitId, Unit? unit, Indicator indicator, Outcome outcome)
    {
        if (context.SurveyWithdrawn ? outcome.Status == IndicatorStatus.NotApplicable
            : !context.Framework.SurveyOptional || outcome.Status != IndicatorStatus.NoData || SurveyHeld(context, unitId, unit))
        {
            return outcome;
        }

        outcome.Facts.SurveyNotHeld = true;
        return new Outcome(outcome.Facts, IndicatorStatus.NotApplicable, 0, 0, 0);
    }

    /// <summary>True when some survey-only criterion that applies to the unit has a submission or assessed points (other than a self-assessment) as of the request.</summary>
    private static bool SurveyHeld(ScoringContext context, string unitId, Unit? unit)
    {
        foreach (var indicator in context.Framework.Indicators)
        {
            if (!indicator.IsSurveyOnly || !context.Framework.AppliesTo(indicator, unit?.Kind))
            {
                continue;
            }

            if (context.Submissions.Select(unitId, context.Period, indicator.Code, context.AsOf) is not null
                || context.Request.Assessments?.InForce(unitId, context.Period, indicator.Code, context.AsOf) is { Stage: not AssessmentStage.SelfAssessment })
            {
                return true;
            }
        }

        return false;
    }
}
