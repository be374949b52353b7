using System;
using System.Collections.Generic;
using Cchc.Scoring.Rules;
using NodaTime;

namespace Cchc.Scoring;

/// <summary>
/// Scores submissions against a framework. A pure function of its arguments: no clock, randomness, culture or I/O,
/// so the same inputs give the same scorecards anywhere, sequentially or in parallel. Bad data does not throw:
/// an unusable submission scores as no data and is reported in <see cref="ScoringResult.Problems"/>.
/// Numbers first: each indicator's figure comes from the measures (period roll-up, unit roll-up, baseline), the rule
/// gives points, rounding is applied once; sentences are written only when an explanation or a trace is asked for.
/// </summary>
public static class Scorer
{
    /// <summary>Scores every unit asked for.</summary>
    /// <param name="framework">The framework.</param>
    /// <param name="submissions">Every submission revision.</param>
    /// <param name="request">The period, as-of instant and units.</param>
    /// <returns>The scorecards and the problems met.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ScoringResult Score(Framework framework, SubmissionSet submissions, ScoringRequest request)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(submissions);
        ArgumentNullException.ThrowIfNull(request);
        var context = new ScoringContext(framework, submissions, request);
        var unitIds = request.Units ?? submissions.UnitIds;
        foreach (string id in unitIds)
        {
            if (!submissions.HasUnit(id))
            {
                context.Problems.Warning(ProblemCodes.UnknownUnit, "units", "Unit '" + id + "' has neither a declaration nor a submission; it is scored with no data.");
            }
        }

        var cards = new Scorecard[unitIds.Count];
        for (int i = 0; i < cards.Length; i++)
        {
            cards[i] = ScoreUnit(context, unitIds[i]);
        }

        return new ScoringResult(framework, request, cards, context.Problems.Problems);
    }

    private static Scorecard ScoreUnit(ScoringContext context, string unitId)
    {
        var framework = context.Framework;
        var rounding = context.Rounding;
        var unit = context.Submissions.Units.Find(unitId);
        bool isRollUp = context.Request.RollUpUnits && unit is not null && context.Submissions.Units.ChildrenOf(unitId).Count > 0;
        var areas = new AreaScore[framework.Areas.Count];
        decimal sum = 0, max = 0;
        for (int a = 0; a < areas.Length; a++)
        {
            var area = framework.Areas[a];
            var scores = new IndicatorScore[area.Indicators.Count];
            decimal points = 0, areaMax = 0;
            for (int i = 0; i < scores.Length; i++)
            {
                var score = ScoreEntry(context, unitId, unit, isRollUp, area.Indicators[i]);
                scores[i] = score;
                points += score.Points;
                areaMax += score.MaxPoints;
            }

            areas[a] = new AreaScore(area, scores, rounding.Round(points, RoundingLevel.Area), areaMax);
            sum += areas[a].Points;
            max += areaMax;
        }

        var extras = Extras(context, unitId, isRollUp);
        decimal total = rounding.Round(Math.Max(0, sum + extras.Bonus - extras.Deduction), RoundingLevel.Index);
        decimal? index = max > 0 ? rounding.Round(total * 100 / max) : null;
        var band = index is decimal ix ? framework.Classify(ix) : null;
        return new Scorecard(unitId, unit, context.Period, context.AsOf, areas, total, max, index, band, extras);
    }

    /// <summary>One indicator for one unit: not applicable to its kind, rolled up from its units, or from its own figures.</summary>
    private static IndicatorScore ScoreEntry(ScoringContext context, string unitId, Unit? unit, bool isRollUp, Indicator indicator)
    {
        var framework = context.Framework;
        if (!framework.AppliesTo(indicator, unit?.Kind))
        {
            return NotApplicableToKind(context, unitId, unit, indicator);
        }

        if (isRollUp && framework.UnitRollUpOf(indicator) != UnitRollUpMethod.Own)
        {
            return ScoreRollUp(context, unit!, indicator);
        }

        return ScoreOwn(context, unitId, unit, indicator);
    }

    private static IndicatorScore NotApplicableToKind(ScoringContext context, string unitId, Unit? unit, Indicator indicator)
    {
        var own = context.Submissions.Select(unitId, context.Period, indicator.Code, context.AsOf);
        if (own is not null && own.Measurement.IsApplicable)
        {
            context.Problems.Warning(
                ProblemCodes.NotApplicableToKind,
                Path(unitId, indicator, context.Period),
                "Indicator '" + indicator.Code + "' does not apply to units of kind '" + unit?.Kind + "'; the submission " + own + " is not used.");
        }

        return new IndicatorScore(new ScoreFacts(context, unitId, unit, indicator, TraceOutcome.NotApplicableToKind) { Ignored = own }, IndicatorStatus.NotApplicable, 0, 0, 0);
    }

    private static IndicatorScore ScoreOwn(ScoringContext context, string unitId, Unit? unit, Indicator indicator)
    {
        var source = PeriodRollUp.Find(context.Framework, context.Submissions, unitId, indicator, context.Period, context.AsOf);
        var facts = new ScoreFacts(context, unitId, unit, indicator, TraceOutcome.NoSubmission) { Source = source };
        if (source is null)
        {
            return NoData(facts);
        }

        if (source.Measurement is not Measurement measurement)
        {
            context.Problems.Warning(ProblemCodes.MeasureMismatch, Path(unitId, indicator, context.Period), "The submissions " + string.Join(", ", source.Unusable) + " cannot be used for this indicator; the roll-up scores as no data.");
            facts.Outcome = TraceOutcome.Unusable;
            return NoData(facts);
        }

        facts.Figure = measurement;
        if (!measurement.IsApplicable)
        {
            facts.Outcome = TraceOutcome.DeclaredNotApplicable;
            return new IndicatorScore(facts, IndicatorStatus.NotApplicable, 0, 0, 0);
        }

        if (measurement.Kind != indicator.Measure || !MeasurementChecks.IsUsable(measurement))
        {
            context.Problems.Warning(ProblemCodes.MeasureMismatch, Path(unitId, indicator, context.Period), "The submission " + (source.Submission?.ToString() ?? measurement.ToString()) + " cannot be used for this indicator; it scores as no data.");
            facts.Outcome = TraceOutcome.Unusable;
            return NoData(facts);
        }

        if (measurement.ComparableValue is not decimal value)
        {
            facts.Outcome = TraceOutcome.NothingToMeasure;
            return new IndicatorScore(facts, IndicatorStatus.NotApplicable, 0, 0, 0);
        }

        facts.Value = value;
        var target = indicator.Target;
        if (target.IsBaselineRelative)
        {
            if (target.Baseline!.Value is decimal fixedBaseline)
            {
                facts.Baseline = fixedBaseline;
            }
            else if (target.Baseline.Period is ReportingPeriod bp)
            {
                var baselineSource = PeriodRollUp.Find(context.Framework, context.Submissions, unitId, indicator, bp, context.AsOf);
                facts.BaselineSource = baselineSource;
                facts.Baseline = baselineSource?.Measurement?.ComparableValue;
            }

            if (facts.Baseline is null)
            {
                context.Problems.Warning(ProblemCodes.MissingBaseline, Path(unitId, indicator, context.Period), "The target of '" + indicator.Code + "' needs the baseline " + target.Baseline + " for unit '" + unitId + "', which is missing; the indicator scores as no data.");
                facts.Outcome = TraceOutcome.MissingBaseline;
                return NoData(facts);
            }
        }

        return ScoreFigure(facts, source.Submission);
    }

    private static IndicatorScore ScoreRollUp(ScoringContext context, Unit parent, Indicator indicator)
    {
        var method = context.Framework.UnitRollUpOf(indicator);
        var facts = new ScoreFacts(context, parent.Id, parent, indicator, TraceOutcome.NoUnitFigures)
        {
            Ignored = context.Submissions.Select(parent.Id, context.Period, indicator.Code, context.AsOf),
        };
        var rollUp = UnitRollUp.Combine(context.Framework, context.Submissions, context.Period, context.AsOf, parent.Id, indicator, method);
        facts.RollUp = rollUp;
        string path = Path(parent.Id, indicator, context.Period);
        if (rollUp.MissingUnits.Count > 0)
        {
            context.Problems.Warning(ProblemCodes.RollUpIncomplete, path, "The roll-up of '" + indicator.Code + "' for unit '" + parent.Id + "' has no usable figure from " + string.Join(", ", rollUp.MissingUnits) + "; they are left out.");
        }

        if (rollUp.Figure is not Measurement figure || rollUp.Value is not decimal value)
        {
            if (rollUp.MissingUnits.Count == 0)
            {
                facts.Outcome = TraceOutcome.NoApplicableUnits;
                return new IndicatorScore(facts, IndicatorStatus.NotApplicable, 0, 0, 0);
            }

            return NoData(facts);
        }

        facts.Figure = figure;
        facts.Value = value;
        var target = indicator.Target;
        if (target.IsBaselineRelative)
        {
            if (target.Baseline!.Value is decimal fixedBaseline)
            {
                facts.Baseline = fixedBaseline;
            }
            else if (target.Baseline.Period is ReportingPeriod bp)
            {
                var baselineRollUp = UnitRollUp.Combine(context.Framework, context.Submissions, bp, context.AsOf, parent.Id, indicator, method);
                facts.BaselineRollUp = baselineRollUp;
                facts.Baseline = baselineRollUp.Value;
            }

            if (facts.Baseline is null)
            {
                context.Problems.Warning(ProblemCodes.MissingBaseline, path, "The target of '" + indicator.Code + "' needs the baseline " + target.Baseline + " rolled up for unit '" + parent.Id + "', which is missing; the indicator scores as no data.");
                facts.Outcome = TraceOutcome.MissingBaseline;
                return NoData(facts);
            }
        }

        return ScoreFigure(facts, null);
    }

    /// <summary>Compares the figure with the target, applies the rule, clamps, rounds once, and lets an appraisal replace the points.</summary>
    private static IndicatorScore ScoreFigure(ScoreFacts facts, Submission? submission)
    {
        var indicator = facts.Indicator;
        var rounding = facts.Context.Rounding;
        var target = indicator.Target;
        decimal effective = target.Resolve(facts.Baseline)!.Value;
        facts.Target = effective;
        var input = new RuleInput(facts.Figure!.Value, facts.Value!.Value, effective, target.Comparison, facts.Baseline, indicator.MaxPoints);
        decimal rulePoints = indicator.Rule.Evaluate(input);
        decimal exact = Math.Clamp(rulePoints, 0, indicator.MaxPoints);
        decimal points = rounding.Round(exact, RoundingLevel.Indicator);
        facts.Outcome = TraceOutcome.Scored;
        facts.RulePoints = rulePoints;
        facts.ComputedPoints = points;
        if (submission is not null && Assessed(facts, submission) is Submission appraisal && ReferenceEquals(appraisal, submission))
        {
            facts.AppraisalUsed = true;
            exact = Math.Clamp(submission.AppraisedPoints!.Value, 0, indicator.MaxPoints);
            points = rounding.Round(exact, RoundingLevel.Indicator);
        }

        return new IndicatorScore(facts, input.Met ? IndicatorStatus.Met : IndicatorStatus.NotMet, exact, points, indicator.MaxPoints);
    }

    private static IndicatorScore NoData(ScoreFacts facts)
    {
        if (facts.Source?.Submission is Submission submission)
        {
            Assessed(facts, submission);
        }

        return new IndicatorScore(facts, IndicatorStatus.NoData, 0, 0, facts.Indicator.MaxPoints);
    }

    /// <summary>Finds the self-assessed and appraised points among the revisions recorded by the scoring instant; returns the appraisal's revision.</summary>
    private static Submission? Assessed(ScoreFacts facts, Submission submission)
    {
        var set = facts.Context.Submissions;
        if (!set.HasAssessments)
        {
            return null;
        }

        foreach (var revision in set.Revisions(submission.UnitId, submission.Period, submission.IndicatorCode))
        {
            if (facts.Context.AsOf is Instant at && revision.RecordedAt > at)
            {
                continue;
            }

            if (revision.SelfAssessedPoints is not null)
            {
                facts.SelfAssessment = revision;
            }

            if (revision.AppraisedPoints is not null)
            {
                facts.Appraisal = revision;
            }
        }

        return facts.Appraisal;
    }

    /// <summary>The unit's adjustments, capped as the framework declares.</summary>
    private static CardExtras Extras(ScoringContext context, string unitId, bool isRollUp)
    {
        var framework = context.Framework;
        List<Adjustment>? items = null;
        decimal bonus = 0, deduction = 0;
        foreach (var a in context.Submissions.AdjustmentsOf(unitId))
        {
            if (a.Period == context.Period && (context.AsOf is not Instant at || a.RecordedAt <= at))
            {
                (items ??= []).Add(a);
                bonus += a.Points > 0 ? a.Points : 0;
                deduction -= a.Points < 0 ? a.Points : 0;
            }
        }

        string path = unitId + "/" + context.Period.ToString();
        if (bonus > framework.MaxBonus)
        {
            context.Problems.Warning(ProblemCodes.AdjustmentCapped, path, "Bonus points " + Num.Format(bonus) + " for unit '" + unitId + "' exceed the framework's cap of " + Num.Format(framework.MaxBonus) + "; " + Num.Format(framework.MaxBonus) + " count.");
            bonus = framework.MaxBonus;
        }

        if (deduction > framework.MaxDeduction)
        {
            context.Problems.Warning(ProblemCodes.AdjustmentCapped, path, "Deductions of " + Num.Format(deduction) + " points for unit '" + unitId + "' exceed the framework's cap of " + Num.Format(framework.MaxDeduction) + "; " + Num.Format(framework.MaxDeduction) + " count.");
            deduction = framework.MaxDeduction;
        }

        return new CardExtras(context, isRollUp, bonus, deduction, items is null ? [] : items.ToArray());
    }

    private static string Path(string unitId, Indicator indicator, ReportingPeriod period) => unitId + "/" + indicator.Code + "/" + period.ToString();
}
