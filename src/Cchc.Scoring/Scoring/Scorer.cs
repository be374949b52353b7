using System;
using System.Collections.Generic;
using System.Linq;
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
public static partial class Scorer
{
    /// <summary>Scores every unit asked for.</summary>
    /// <param name="framework">The framework.</param>
    /// <param name="submissions">Every submission revision.</param>
    /// <param name="request">The period, as-of instant and units.</param>
    /// <param name="options">How to score (parallelism); null for the defaults. The result does not depend on them.</param>
    /// <returns>The scorecards and the problems met.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="framework"/>, <paramref name="submissions"/> or <paramref name="request"/> is null.</exception>
    public static ScoringResult Score(Framework framework, SubmissionSet submissions, ScoringRequest request, ScoringOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(submissions);
        ArgumentNullException.ThrowIfNull(request);
        options ??= ScoringOptions.Default;
        var call = new ScoringContext(framework, submissions, request) { SurveyWithdrawn = options.SurveyWithdrawn };
        if (framework.OutOfBounds.Count > 0)
        {
            // A framework built in code with numbers beyond the bounds (a file is refused with them): nothing is computed.
            return new ScoringResult(framework, request, [], framework.OutOfBounds);
        }

        var unitIds = request.Units ?? submissions.UnitIds;
        List<UnitNotCounted>? notScored = null;
        if (request.Units is null && submissions.Units.HasLineage)
        {
            // Units come and go: the period is about the units the selection names; the others alive during it are listed.
            var selected = new List<string>(unitIds.Count);
            foreach (string id in unitIds)
            {
                if (submissions.Units.Find(id) is not Unit unit || UnitHierarchy.Selected(unit, request.Period, request.Selection))
                {
                    selected.Add(id);
                }
                else if (unit.IsAliveDuring(request.Period.Start, request.Period.End))
                {
                    (notScored ??= []).Add(new UnitNotCounted(unit, submissions.Units, request.Period));
                }
            }

            unitIds = selected;
        }

        foreach (string id in unitIds)
        {
            if (!submissions.HasUnit(id))
            {
                call.Problems.Warning(ProblemCodes.UnknownUnit, "units", "Unit '" + id + "' has neither a declaration nor a submission; it is scored with no data.");
            }
        }

        // Units are independent: each is scored with problems of its own, merged in unit order, so the result is the
        // same whatever the number of threads.
        var cards = new Scorecard[unitIds.Count];
        var contexts = new ScoringContext[unitIds.Count];
        void ScoreAt(int i)
        {
            contexts[i] = new ScoringContext(call);
            cards[i] = ScoreUnit(contexts[i], unitIds[i]);
        }

        int threads = options.EffectiveParallelism;
        if (threads <= 1 || cards.Length < ParallelFrom)
        {
            for (int i = 0; i < cards.Length; i++)
            {
                ScoreAt(i);
            }
        }
        else
        {
            System.Threading.Tasks.Parallel.For(0, cards.Length, new System.Threading.Tasks.ParallelOptions { MaxDegreeOfParallelism = threads }, ScoreAt);
        }

        var problems = new List<Problem>(call.Problems.Problems);
        foreach (var context in contexts)
        {
            problems.AddRange(context.Problems.Problems);
        }

        return new ScoringResult(framework, request, cards, problems) { UnitsNotScored = notScored is null ? [] : notScored.ToArray() };
    }

    /// <summary>Below this many units, threads cost more than they save.</summary>
    private const int ParallelFrom = 64;

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
                var outcome = ScoreEntry(context, unitId, unit, isRollUp, area.Indicators[i]);
                var score = new IndicatorScore(outcome.Facts, outcome.Status, outcome.Exact, outcome.Points, outcome.Max, isRollUp, outcome.Facts.IsPartial);
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

    /// <summary>One indicator for one unit, from its figures; then the points in force of the assessment records, if any.</summary>
    private static Outcome ScoreEntry(ScoringContext context, string unitId, Unit? unit, bool isRollUp, Indicator indicator)
    {
        var outcome = ScoreFromFigures(context, unitId, unit, isRollUp, indicator);
        outcome = context.Request.Assessments is null ? outcome : WithAssessment(context, unitId, indicator, outcome);
        return indicator.IsSurveyOnly ? Survey(context, unitId, unit, indicator, outcome) : outcome;
    }

    /// <summary>One indicator for one unit: not applicable to its kind, rolled up from its units, or from its own figures.</summary>
    private static Outcome ScoreFromFigures(ScoringContext context, string unitId, Unit? unit, bool isRollUp, Indicator indicator)
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

    private static Outcome NotApplicableToKind(ScoringContext context, string unitId, Unit? unit, Indicator indicator)
    {
        var own = context.Submissions.Select(unitId, context.Period, indicator.Code, context.AsOf);
        if (own is not null && own.Measurement.IsApplicable)
        {
            context.Problems.Warning(
                ProblemCodes.NotApplicableToKind,
                Path(unitId, indicator, context.Period),
                "Indicator '" + indicator.Code + "' does not apply to units of kind '" + unit?.Kind + "'; the submission " + own + " is not used.");
        }

        return new Outcome(new ScoreFacts(context, unitId, unit, indicator, TraceOutcome.NotApplicableToKind) { Ignored = own }, IndicatorStatus.NotApplicable, 0, 0, 0);
    }

    private static Outcome ScoreOwn(ScoringContext context, string unitId, Unit? unit, Indicator indicator)
    {
        if (LineageFigures.Applies(context.Submissions.Units, unitId, context.Period))
        {
            return ScoreLineage(context, unitId, unit, indicator);
        }

        // Numbers only while scoring; the figure's full provenance when the facts are found again for an explanation.
        MeasuredValue? source = null;
        bool found, partial;
        Measurement? figure;
        Submission? whole;
        if (context.Explaining)
        {
            source = PeriodRollUp.Find(context.Framework, context.Submissions, unitId, indicator, context.Period, context.AsOf);
            (found, figure, whole, partial) = (source is not null, source?.Measurement, source?.Submission, source?.IsPartial ?? false);
        }
        else
        {
            (found, figure, whole, partial) = PeriodRollUp.FindFigure(context.Submissions, unitId, indicator, context.Period, context.AsOf);
        }

        var facts = new ScoreFacts(context, unitId, unit, indicator, TraceOutcome.NoSubmission) { Source = source, IsPartial = partial };
        if (!found)
        {
            if (context.Explaining)
            {
                facts.LeftOut = PeriodRollUp.LeftOut(context.Submissions, unitId, indicator, context.Period, context.AsOf);
            }

            return Missing(facts, null);
        }

        if (figure is not Measurement measurement)
        {
            var unusable = (source ?? PeriodRollUp.Find(context.Framework, context.Submissions, unitId, indicator, context.Period, context.AsOf))!.Unusable;
            context.Problems.Warning(ProblemCodes.MeasureMismatch, Path(unitId, indicator, context.Period), "The submissions " + string.Join(", ", unusable) + " cannot be used for this indicator; the roll-up scores as no data.");
            facts.Outcome = TraceOutcome.Unusable;
            return Missing(facts, null);
        }

        facts.Figure = measurement;
        if (!measurement.IsApplicable)
        {
            facts.Outcome = TraceOutcome.DeclaredNotApplicable;
            return new Outcome(facts, IndicatorStatus.NotApplicable, 0, 0, 0);
        }

        if (measurement.Kind != indicator.Measure || !MeasurementChecks.IsUsable(measurement))
        {
            context.Problems.Warning(ProblemCodes.MeasureMismatch, Path(unitId, indicator, context.Period), "The submission " + (whole?.ToString() ?? measurement.ToString()) + " cannot be used for this indicator; it scores as no data.");
            facts.Outcome = TraceOutcome.Unusable;
            return Missing(facts, whole);
        }

        if (measurement.ComparableValue is not decimal value)
        {
            facts.Outcome = TraceOutcome.NothingToMeasure;
            return new Outcome(facts, IndicatorStatus.NotApplicable, 0, 0, 0);
        }

        facts.Value = value;
        return ScoreValue(facts, whole);
    }

    /// <summary>Resolves the baseline a target needs, then scores the figure.</summary>
    private static Outcome ScoreValue(ScoreFacts facts, Submission? whole)
    {
        var context = facts.Context;
        var indicator = facts.Indicator;
        var target = indicator.Target;
        if (target.IsBaselineRelative)
        {
            (facts.Baseline, facts.BaselineSource, _, facts.BaselineLineage) = Baselines.ResolveWithLineage(context.Framework, context.Submissions, facts.UnitId, indicator, context.AsOf, null, context.Explaining);
            if (facts.Baseline is null)
            {
                context.Problems.Warning(ProblemCodes.MissingBaseline, Path(facts.UnitId, indicator, context.Period), "The target of '" + indicator.Code + "' needs the baseline " + target.Baseline + " for unit '" + facts.UnitId + "', which is missing" + BaselineWhy(facts.BaselineLineage) + "; the indicator scores as no data.");
                facts.Outcome = TraceOutcome.MissingBaseline;
                return NoData(facts, whole);
            }
        }

        return ScoreFigure(facts, whole);
    }

    /// <summary>
    /// No usable figure for the period: the indicator's missing-data policy decides. Zero scores no data; not
    /// applicable takes the maximum out; carry-forward scores the latest usable figure of up to N earlier periods of the
    /// same kind; peer mean scores the mean of the values of the declared units of the same kind. When nothing can be
    /// imputed from, the indicator scores no data. An imputed figure is never replaced by an appraisal.
    /// </summary>
    private static Outcome Missing(ScoreFacts facts, Submission? whole)
    {
        var context = facts.Context;
        var indicator = facts.Indicator;
        var policy = context.Framework.MissingDataOf(indicator);
        switch (policy.Method)
        {
            case MissingDataMethod.NotApplicable:
                if (whole is not null)
                {
                    Assessed(facts, whole);
                }

                facts.Imputation = new Imputation(MissingDataMethod.NotApplicable, null, 0);
                return new Outcome(facts, IndicatorStatus.NotApplicable, 0, 0, 0);
            case MissingDataMethod.CarryForward:
                for (int back = 1; back <= policy.MaxPeriods; back++)
                {
                    if (context.Period.Back(back, context.Framework.Calendar) is not ReportingPeriod earlier)
                    {
                        break;
                    }

                    var (found, figure, _, _) = PeriodRollUp.FindFigure(context.Submissions, facts.UnitId, indicator, earlier, context.AsOf);
                    if (found && Usable(figure, indicator) is decimal value)
                    {
                        facts.Imputation = new Imputation(MissingDataMethod.CarryForward, earlier, 0);
                        facts.Source = context.Explaining ? PeriodRollUp.Find(context.Framework, context.Submissions, facts.UnitId, indicator, earlier, context.AsOf) : null;
                        facts.Figure = figure;
                        facts.Value = value;
                        return ScoreValue(facts, null);
                    }
                }

                break;
            case MissingDataMethod.PeerMean:
                if (facts.UnitKind is string kind && context.PeerMean(kind, indicator) is { Count: > 0 } peers)
                {
                    facts.Imputation = new Imputation(MissingDataMethod.PeerMean, null, peers.Count);
                    if (context.Explaining)
                    {
                        facts.Peers = peers.Units;
                        facts.PeerSources = peers.Units.SelectMany(id => PeriodRollUp.Find(context.Framework, context.Submissions, id, indicator, context.Period, context.AsOf)?.Used ?? []).ToArray();
                    }

                    decimal mean = peers.Sum / peers.Count;
                    (facts.Figure, facts.Value) = indicator.Measure switch
                    {
                        MeasureKind.YesNo => (Measurement.YesNo(mean > 0.5m), mean > 0.5m ? 1m : 0m),
                        MeasureKind.Quantity => (Measurement.Quantity(mean), mean),
                        MeasureKind.Duration => (Measurement.Duration(mean), mean),
                        _ => (Measurement.Percentage(mean), mean),
                    };
                    return ScoreValue(facts, null);
                }

                break;
        }

        return NoData(facts, whole);
    }

    /// <summary>The comparable value of a figure the indicator can score, or null.</summary>
    internal static decimal? Usable(Measurement? figure, Indicator indicator) =>
        figure is Measurement m && m.IsApplicable && m.Kind == indicator.Measure && MeasurementChecks.IsUsable(m) ? m.ComparableValue : null;

    /// <summary>A unit that took over other units during the period: its own figures and its predecessors' for the days before each event.</summary>
    private static Outcome ScoreLineage(ScoringContext context, string unitId, Unit? unit, Indicator indicator)
    {
        var lineage = LineageFigures.Resolve(context.Framework, context.Submissions, unitId, indicator, context.Period, context.AsOf, context.Explaining);
        var facts = new ScoreFacts(context, unitId, unit, indicator, TraceOutcome.NoSubmission) { Lineage = lineage, IsPartial = lineage.IsIncomplete };
        string path = Path(unitId, indicator, context.Period);
        if (lineage.IsIncomplete && lineage.Parts.Any(p => p.Status == LineagePartStatus.Used))
        {
            var left = lineage.Parts.Where(p => p.Status is LineagePartStatus.Missing or LineagePartStatus.Unusable or LineagePartStatus.NotDivisible).Select(p => p.UnitId + " " + p.Period.ToString()).Distinct(StringComparer.Ordinal);
            context.Problems.Warning(ProblemCodes.RollUpIncomplete, path, "The figure of '" + indicator.Code + "' for unit '" + unitId + "' across its lineage has no usable figure from " + string.Join(", ", left) + "; they are left out.");
        }

        if (lineage.Figure is not Measurement measurement)
        {
            return Missing(facts, null);
        }

        facts.Figure = measurement;
        if (!measurement.IsApplicable)
        {
            facts.Outcome = TraceOutcome.DeclaredNotApplicable;
            return new Outcome(facts, IndicatorStatus.NotApplicable, 0, 0, 0);
        }

        if (measurement.ComparableValue is not decimal value)
        {
            facts.Outcome = TraceOutcome.NothingToMeasure;
            return new Outcome(facts, IndicatorStatus.NotApplicable, 0, 0, 0);
        }

        facts.Value = value;
        return ScoreValue(facts, null);
    }

    /// <summary>Why a baseline formed across lineage is missing, in brackets after a space; empty otherwise.</summary>
    private static string BaselineWhy(LineageTrace? lineage) =>
        lineage is null ? string.Empty : " (across its lineage: " + lineage.Describe() + ")";

    private static Outcome ScoreRollUp(ScoringContext context, Unit parent, Indicator indicator)
    {
        var method = context.Framework.UnitRollUpOf(indicator);
        var facts = new ScoreFacts(context, parent.Id, parent, indicator, TraceOutcome.NoUnitFigures)
        {
            Ignored = context.Submissions.Select(parent.Id, context.Period, indicator.Code, context.AsOf),
        };
        // Numbers only while scoring; every part and its provenance when the facts are found again for an explanation.
        RollUpTrace? rollUp = context.Explaining ? UnitRollUp.Combine(context.Framework, context.Submissions, context.Period, context.AsOf, parent.Id, indicator, method) : null;
        (Measurement? rolledFigure, decimal? rolledValue, List<string>? missing, bool partial) = rollUp is null
            ? UnitRollUp.Figure(context.Framework, context.Submissions, context.Period, context.AsOf, parent.Id, indicator, method)
            : (rollUp.Figure, rollUp.Value, rollUp.MissingUnits.Count > 0 ? [.. rollUp.MissingUnits] : null, rollUp.IsPartial);
        facts.RollUp = rollUp;
        facts.IsPartial = partial; // a parent inherits partial data from the units it combines
        string path = Path(parent.Id, indicator, context.Period);
        if (missing is not null)
        {
            context.Problems.Warning(ProblemCodes.RollUpIncomplete, path, "The roll-up of '" + indicator.Code + "' for unit '" + parent.Id + "' has no usable figure from " + string.Join(", ", missing) + "; they are left out.");
        }

        if (rolledFigure is not Measurement figure || rolledValue is not decimal value)
        {
            if (missing is null)
            {
                facts.Outcome = TraceOutcome.NoApplicableUnits;
                return new Outcome(facts, IndicatorStatus.NotApplicable, 0, 0, 0);
            }

            return NoData(facts, null);
        }

        facts.Figure = figure;
        facts.Value = value;
        var target = indicator.Target;
        if (target.IsBaselineRelative)
        {
            (facts.Baseline, _, facts.BaselineRollUp) = Baselines.Resolve(context.Framework, context.Submissions, parent.Id, indicator, context.AsOf, method, context.Explaining);
            if (facts.Baseline is null)
            {
                context.Problems.Warning(ProblemCodes.MissingBaseline, path, "The target of '" + indicator.Code + "' needs the baseline " + target.Baseline + " rolled up for unit '" + parent.Id + "', which is missing; the indicator scores as no data.");
                facts.Outcome = TraceOutcome.MissingBaseline;
                return NoData(facts, null);
            }
        }

        return ScoreFigure(facts, null);
    }

    /// <summary>Compares the figure with the target, applies the rule, clamps, rounds once, and lets an appraisal replace the points.</summary>
    private static Outcome ScoreFigure(ScoreFacts facts, Submission? submission)
    {
        var indicator = facts.Indicator;
        var rounding = facts.Context.Rounding;
        var target = indicator.Target;
        decimal effective;
        RuleInput input;
        decimal rulePoints;
        try
        {
            effective = target.Resolve(facts.Baseline)!.Value;
            input = new RuleInput(facts.Figure!.Value, facts.Value!.Value, effective, target.Comparison, facts.Baseline, indicator.MaxPoints);
            rulePoints = indicator.Rule.Evaluate(input);
        }
        catch (OverflowException)
        {
            // Within the bounds of framework numbers this needs a rule built in code, or a target so close to its
            // floor that the ratio passes decimal's range: reported, and scored as no data rather than thrown.
            facts.Context.Problems.Error(
                ProblemCodes.OutOfRange,
                Path(facts.UnitId, indicator, facts.Context.Period),
                "The points of '" + indicator.Code + "' cannot be computed: the target, the figure or the rule's numbers give a result beyond the range of decimal numbers. The indicator scores as no data.");
            return NoData(facts, null);
        }

        facts.Target = effective;
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

        return new Outcome(facts, input.Met ? IndicatorStatus.Met : IndicatorStatus.NotMet, exact, points, indicator.MaxPoints);
    }

    private static Outcome NoData(ScoreFacts facts, Submission? whole)
    {
        // An imputed figure that still cannot be scored (no baseline, out of range) is no data, not an imputation.
        facts.Imputation = null;
        if (whole is not null)
        {
            Assessed(facts, whole);
        }

        return new Outcome(facts, IndicatorStatus.NoData, 0, 0, facts.Indicator.MaxPoints);
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

            if (revision.SelfAssessedPoints is not null && !SelfAssessmentIgnored(facts, revision))
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
                if (Math.Abs(a.Points) > FrameworkBounds.MaxPoints)
                {
                    // Only a set built in code holds one (the reader refuses it): not counted, so that no sum overflows.
                    context.Problems.Error(ProblemCodes.OutOfRange, unitId + "/" + context.Period.ToString(), "An adjustment of " + Num.Format(a.Points) + " points for unit '" + unitId + "' is beyond the bound of ±" + Num.Format(FrameworkBounds.MaxPoints) + " and is not counted.");
                    continue;
                }

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

    /// <summary>
    /// The facts behind one indicator score, found again for an explanation or a trace: scoring is a pure function of
    /// its inputs, so the same steps give the same facts; problems met on the way were reported by the scoring call.
    /// </summary>
    internal static ScoreFacts Facts(ScoringContext context, string unitId, Unit? unit, bool isRollUp, Indicator indicator) =>
        ScoreEntry(context.Quiet, unitId, unit, isRollUp, indicator).Facts;

    /// <summary>What scoring one indicator gives: its facts and its numbers.</summary>
    private readonly record struct Outcome(ScoreFacts Facts, IndicatorStatus Status, decimal Exact, decimal Points, decimal Max);
}
