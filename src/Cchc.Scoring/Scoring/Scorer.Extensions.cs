using System;
using System.Linq;
using Cchc.Scoring;
using Cchc.Scoring.Rules;
using NodaTime;

namespace Cchc.Scoring;

/// <summary>The scorer's steps beyond one unit's own figures: applicability by kind, roll-up, appraisal, adjustments.</summary>
public static partial class Scorer
{
    /// <summary>Scores one indicator for one unit: not applicable to its kind, rolled up from its units, or from its own submission.</summary>
    private static IndicatorScore ScoreEntry(Framework framework, SubmissionSet submissions, ScoringRequest request, string unitId, Indicator indicator, ProblemBag bag)
    {
        var unit = submissions.Units.Find(unitId);
        if (!framework.AppliesTo(indicator, unit?.Kind))
        {
            return NotApplicableToKind(framework, submissions, request, unitId, indicator, bag);
        }

        if (request.RollUpUnits && unit is not null && submissions.Units.ChildrenOf(unitId).Count > 0 && framework.UnitRollUpOf(indicator) != UnitRollUpMethod.Own)
        {
            return UnitRollUp.ScoreIndicator(framework, submissions, request, unit, indicator, bag);
        }

        return ScoreIndicator(framework, submissions, request, unitId, indicator, bag);
    }

    private static IndicatorScore NotApplicableToKind(Framework framework, SubmissionSet submissions, ScoringRequest request, string unitId, Indicator indicator, ProblemBag bag)
    {
        var trace = new TraceBuilder(framework, submissions, request, unitId, indicator);
        var submission = submissions.Select(unitId, request.Period, indicator.Code, request.AsOf);
        if (submission is not null)
        {
            trace.Ignored = trace.Source(submission);
            if (submission.Measurement.IsApplicable)
            {
                bag.Warning(
                    ProblemCodes.NotApplicableToKind,
                    unitId + "/" + indicator.Code + "/" + request.Period.ToString(),
                    "Indicator '" + indicator.Code + "' does not apply to units of kind '" + trace.UnitKind + "'; the submission " + submission + " is not used.");
            }
        }

        return new IndicatorScore(
            indicator, IndicatorStatus.NotApplicable, null, null, null, 0, 0, 0,
            "Not applicable to units of kind '" + trace.UnitKind + "' (declared by the framework); the maximum leaves the total.",
            null,
            trace.Build(TraceOutcome.NotApplicableToKind, 0, 0));
    }

    /// <summary>Compares a figure with the target, applies the rule, clamps, rounds, and lets an appraisal replace the points.</summary>
    internal static IndicatorScore ScoreFigure(Framework framework, Indicator indicator, Measurement measurement, decimal value, string valueText, decimal? baseline, Submission? submission, TraceBuilder trace, MeasuredValue? source = null)
    {
        var target = indicator.Target;
        decimal effective = target.Resolve(baseline)!.Value;
        var input = new RuleInput(measurement, value, effective, target.Comparison, baseline, indicator.MaxPoints);
        var outcome = indicator.Rule.Evaluate(input);
        decimal exact = Math.Clamp(outcome.Points, 0, indicator.MaxPoints);
        decimal points = framework.Rounding.Round(exact, RoundingLevel.Indicator);
        string targetText = "target " + target + (target.IsBaselineRelative ? " = " + RuleText.N(effective) + " (baseline " + RuleText.N(baseline!.Value) + ")" : string.Empty);
        string clampText = exact != outcome.Points ? "; clamped to [0, " + Num.Format(indicator.MaxPoints) + "] = " + RuleText.N(exact) : string.Empty;
        string roundText = points != exact ? "; rounded (" + framework.Rounding + ") to " + Num.Format(points) : string.Empty;
        string explanation = valueText + "; " + targetText + "; " + indicator.Rule.Kind + ": " + outcome.Formula + clampText + roundText + "." + source?.LateNote;
        var status = input.Met ? IndicatorStatus.Met : IndicatorStatus.NotMet;

        trace.Figure ??= measurement;
        trace.Value = value;
        trace.Baseline = baseline;
        trace.Target = effective;
        trace.RuleFormula = outcome.Formula;
        trace.RulePoints = outcome.Points;
        trace.ExactPoints = exact;
        trace.ComputedPoints = points;
        if (submission is not null)
        {
            Assessed(trace, submission);
            if (trace.Appraisal is TraceSource appraisal && ReferenceEquals(appraisal.Submission, submission))
            {
                trace.AppraisalUsed = true;
                decimal appraised = Math.Clamp(submission.AppraisedPoints!.Value, 0, indicator.MaxPoints);
                exact = appraised;
                points = framework.Rounding.Round(appraised, RoundingLevel.Indicator);
                explanation += " Appraised points " + Num.Format(points) + " replace them.";
            }
        }

        return new IndicatorScore(indicator, status, value, baseline, effective, exact, points, indicator.MaxPoints, explanation, submission, trace.Build(TraceOutcome.Scored, points, indicator.MaxPoints), source);
    }

    /// <summary>The value's arithmetic, language-neutral: <c>905 ÷ (1005 − 5) × 100 = 90.5 %</c>, or the number itself.</summary>
    internal static string? ValueFormula(Measurement m, decimal value) => m.Kind switch
    {
        MeasureKind.Ratio => Describe(m, value)["value ".Length..],
        MeasureKind.YesNo => null,
        _ => RuleText.N(value),
    };

    /// <summary>Finds the self-assessed and appraised points among the revisions recorded by the scoring instant.</summary>
    private static TraceBuilder Assessed(TraceBuilder trace, Submission? submission)
    {
        if (submission is null || !trace.Set.HasAssessments)
        {
            return trace;
        }

        foreach (var revision in trace.Set.Revisions(submission.UnitId, submission.Period, submission.IndicatorCode))
        {
            if (trace.AsOf is Instant at && revision.RecordedAt > at)
            {
                continue;
            }

            if (revision.SelfAssessedPoints is not null)
            {
                trace.SelfAssessment = trace.Source(revision);
            }

            if (revision.AppraisedPoints is not null)
            {
                trace.Appraisal = trace.Source(revision);
            }
        }

        return trace;
    }

    /// <summary>The unit's adjustments, capped as the framework declares, and what the scorecard needs for its fingerprint.</summary>
    private static CardExtras Extras(Framework framework, SubmissionSet submissions, ScoringRequest request, string unitId, ProblemBag bag, FingerprintContext context)
    {
        bool isRollUp = request.RollUpUnits && submissions.Units.ChildrenOf(unitId).Count > 0;
        var items = submissions.Adjustments
            .Where(a => string.Equals(a.UnitId, unitId, StringComparison.Ordinal) && a.Period == request.Period && (request.AsOf is not Instant at || a.RecordedAt <= at))
            .ToArray();
        decimal bonus = items.Where(a => a.Points > 0).Sum(a => a.Points);
        decimal deduction = -items.Where(a => a.Points < 0).Sum(a => a.Points);
        string path = unitId + "/" + request.Period.ToString();
        if (bonus > framework.MaxBonus)
        {
            bag.Warning(ProblemCodes.AdjustmentCapped, path, "Bonus points " + Num.Format(bonus) + " for unit '" + unitId + "' exceed the framework's cap of " + Num.Format(framework.MaxBonus) + "; " + Num.Format(framework.MaxBonus) + " count.");
            bonus = framework.MaxBonus;
        }

        if (deduction > framework.MaxDeduction)
        {
            bag.Warning(ProblemCodes.AdjustmentCapped, path, "Deductions of " + Num.Format(deduction) + " points for unit '" + unitId + "' exceed the framework's cap of " + Num.Format(framework.MaxDeduction) + "; " + Num.Format(framework.MaxDeduction) + " count.");
            deduction = framework.MaxDeduction;
        }

        return new CardExtras(context, isRollUp, bonus, deduction, items);
    }
}
