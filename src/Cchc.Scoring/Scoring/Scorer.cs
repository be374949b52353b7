using System;
using System.Collections.Generic;
using System.Linq;
using Cchc.Scoring;
using Cchc.Scoring.Rules;
using NodaTime;

namespace Cchc.Scoring;

/// <summary>
/// Scores submissions against a framework. A pure function of its arguments: no clock, randomness, culture or I/O,
/// so the same inputs give the same scorecards anywhere, sequentially or in parallel. Bad data does not throw:
/// an unusable submission scores as no data and is reported in <see cref="ScoringResult.Problems"/>.
/// </summary>
public static partial class Scorer
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
        var bag = new ProblemBag();
        var unitIds = request.Units ?? submissions.UnitIds;
        foreach (string id in unitIds.Where(id => submissions.UnitIds.BinarySearch(id) < 0))
        {
            bag.Warning(ProblemCodes.UnknownUnit, "units", "Unit '" + id + "' has neither a declaration nor a submission; it is scored with no data.");
        }

        var context = new FingerprintContext(framework, submissions, request);
        var cards = unitIds.Select(id => ScoreUnit(framework, submissions, request, id, bag, context)).ToArray();
        return new ScoringResult(framework, request, cards, bag.Problems);
    }

    private static int BinarySearch(this IReadOnlyList<string> sorted, string id)
    {
        int lo = 0, hi = sorted.Count - 1;
        while (lo <= hi)
        {
            int mid = lo + ((hi - lo) / 2);
            int c = string.CompareOrdinal(sorted[mid], id);
            if (c == 0)
            {
                return mid;
            }

            if (c < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return -1;
    }

    private static Scorecard ScoreUnit(Framework framework, SubmissionSet submissions, ScoringRequest request, string unitId, ProblemBag bag, FingerprintContext context)
    {
        var rounding = framework.Rounding;
        var areas = new List<AreaScore>(framework.Areas.Count);
        foreach (var area in framework.Areas)
        {
            var scores = area.Indicators.Select(i => ScoreEntry(framework, submissions, request, unitId, i, bag)).ToArray();
            decimal points = rounding.Round(scores.Sum(s => s.Points), RoundingLevel.Area);
            areas.Add(new AreaScore(area, scores, points, scores.Sum(s => s.MaxPoints)));
        }

        var extras = Extras(framework, submissions, request, unitId, bag, context);
        decimal total = rounding.Round(Math.Max(0, areas.Sum(a => a.Points) + extras.Bonus - extras.Deduction), RoundingLevel.Index);
        decimal max = areas.Sum(a => a.MaxPoints);
        decimal? index = max > 0 ? rounding.Round(total * 100 / max) : null;
        var band = index is decimal ix ? framework.Classify(ix) : null;
        return new Scorecard(unitId, submissions.Units.Find(unitId), request.Period, request.AsOf, areas, total, max, index, band, extras);
    }

    private static IndicatorScore ScoreIndicator(Framework framework, SubmissionSet submissions, ScoringRequest request, string unitId, Indicator indicator, ProblemBag bag)
    {
        var period = request.Period;
        var source = PeriodRollUp.Find(framework, submissions, unitId, indicator, period, request.AsOf);
        var submission = source?.Submission;
        var trace = new TraceBuilder(framework, submissions, request, unitId, indicator);
        string when = period.ToString() + (request.AsOf is Instant at ? " as of " + NodaTime.Text.InstantPattern.ExtendedIso.Format(at) : string.Empty);
        if (source is null)
        {
            return NoData(indicator, "No submission for " + when + ".", null, trace: trace, outcome: TraceOutcome.NoSubmission);
        }

        foreach (var used in source.IsRollUp ? source.Parts : submission is null ? [] : [submission])
        {
            trace.Sources.Add(trace.Source(used));
        }

        string from = source.IsRollUp ? source.Description + "; " : string.Empty;
        string late = source.LateNote;
        if (source.Measurement is not Measurement measurement)
        {
            bag.Warning(ProblemCodes.MeasureMismatch, unitId + "/" + indicator.Code + "/" + period.ToString(), "The submissions " + string.Join(", ", source.Unusable) + " cannot be used for this indicator; the roll-up scores as no data.");
            return NoData(indicator, from + "some parts cannot be used (see the problems); scored as no data.", null, source: source, trace: trace, outcome: TraceOutcome.Unusable);
        }

        trace.Figure = measurement;
        if (!measurement.IsApplicable)
        {
            return new IndicatorScore(indicator, IndicatorStatus.NotApplicable, null, null, null, 0, 0, 0, from + "Declared not applicable for " + when + "; the maximum leaves the total." + late, submission, trace.Build(TraceOutcome.DeclaredNotApplicable, 0, 0), source);
        }

        if (measurement.Kind != indicator.Measure || !Usable(measurement))
        {
            bag.Warning(ProblemCodes.MeasureMismatch, unitId + "/" + indicator.Code + "/" + period.ToString(), "The submission " + (submission?.ToString() ?? measurement.ToString()) + " cannot be used for this indicator; it scores as no data.");
            return NoData(indicator, from + "The submission " + measurement + " cannot be used (see the problems); scored as no data.", submission, source: source, trace: trace, outcome: TraceOutcome.Unusable);
        }

        if (measurement.ComparableValue is not decimal value)
        {
            return new IndicatorScore(indicator, IndicatorStatus.NotApplicable, null, null, null, 0, 0, 0, from + measurement + ": nothing to measure (0 after exclusions); the maximum leaves the total." + late, submission, trace.Build(TraceOutcome.NothingToMeasure, 0, 0), source);
        }

        string valueText = from + Describe(measurement, value);
        decimal? baseline = null;
        var target = indicator.Target;
        if (target.IsBaselineRelative)
        {
            var baselineSource = target.Baseline!.Value is null && target.Baseline.Period is ReportingPeriod bp ? PeriodRollUp.Find(framework, submissions, unitId, indicator, bp, request.AsOf) : null;
            foreach (var used in baselineSource is null ? [] : baselineSource.IsRollUp ? baselineSource.Parts : baselineSource.Submission is Submission b ? [b] : [])
            {
                trace.BaselineSources.Add(trace.Source(used));
            }

            baseline = target.Baseline!.Value ?? baselineSource?.Measurement?.ComparableValue;
            if (baseline is null)
            {
                bag.Warning(ProblemCodes.MissingBaseline, unitId + "/" + indicator.Code + "/" + period.ToString(), "The target of '" + indicator.Code + "' needs the baseline " + target.Baseline + " for unit '" + unitId + "', which is missing; the indicator scores as no data.");
                trace.Value = value;
                return NoData(indicator, valueText + "; the target needs the baseline " + target.Baseline + ", which is missing.", submission, value, source, trace, TraceOutcome.MissingBaseline);
            }
        }

        return ScoreFigure(framework, indicator, measurement, value, valueText, baseline, submission, trace, source);
    }

    internal static bool Usable(Measurement m) => m.Kind switch
    {
        MeasureKind.Ratio => m.Numerator >= 0 && m.Excluded >= 0 && m.Excluded <= m.Denominator && m.Numerator <= m.Denominator - m.Excluded
            && m.Denominator <= SubmissionChecks.MaxMagnitude,
        MeasureKind.Percentage => m.Value is >= 0 and <= 100,
        _ => m.Value >= 0 && m.Value <= SubmissionChecks.MaxMagnitude,
    };

    internal static string Describe(Measurement m, decimal value) => m.Kind switch
    {
        MeasureKind.Ratio => "value " + Num.Format(m.Numerator) + " ÷ " + (m.Excluded != 0 ? "(" + Num.Format(m.Denominator) + " − " + Num.Format(m.Excluded) + ")" : Num.Format(m.Denominator)) + " × 100 = " + RuleText.N(value) + " %",
        MeasureKind.YesNo => "value " + (m.Answer ? "yes" : "no"),
        _ => "value " + Num.Format(value),
    };

    private static IndicatorScore NoData(Indicator indicator, string why, Submission? submission, decimal? value = null, MeasuredValue? source = null, TraceBuilder? trace = null, TraceOutcome outcome = TraceOutcome.NoSubmission) =>
        new(indicator, IndicatorStatus.NoData, value, null, null, 0, 0, indicator.MaxPoints, why + " 0 of " + Num.Format(indicator.MaxPoints) + " points." + source?.LateNote, submission, trace is null ? null : Assessed(trace, submission).Build(outcome, 0, indicator.MaxPoints), source);
}
