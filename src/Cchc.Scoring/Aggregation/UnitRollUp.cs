using System;
using System.Collections.Generic;
using System.Linq;
using Cchc.Scoring;
using Cchc.Scoring.Rules;
using NodaTime;

namespace Cchc.Scoring;

/// <summary>
/// Roll-up across the unit hierarchy: a parent's figure for an indicator formed from its units' figures (pooled or
/// mean, as the framework declares), then scored once like any figure. A unit that has units of its own contributes
/// its roll-up. Units to which the indicator does not apply are left out; units without a usable figure are left out
/// and reported (<see cref="ProblemCodes.RollUpIncomplete"/>). See <c>docs/aggregation.md</c>.
/// </summary>
internal static class UnitRollUp
{
    public static IndicatorScore ScoreIndicator(Framework framework, SubmissionSet set, ScoringRequest request, Unit parent, Indicator indicator, ProblemBag bag)
    {
        var method = framework.UnitRollUpOf(indicator);
        var trace = new TraceBuilder(framework, set, request, parent.Id, indicator);
        var own = set.Select(parent.Id, request.Period, indicator.Code, request.AsOf);
        if (own is not null)
        {
            trace.Ignored = trace.Source(own);
        }

        string path = parent.Id + "/" + indicator.Code + "/" + request.Period.ToString();
        var combined = Combine(framework, set, request.Period, request.AsOf, parent.Id, indicator, method, trace.Sources, out var rollUp);
        trace.RollUp = rollUp;
        if (rollUp.MissingUnits.Count > 0)
        {
            bag.Warning(ProblemCodes.RollUpIncomplete, path, "The roll-up of '" + indicator.Code + "' for unit '" + parent.Id + "' has no usable figure from " + string.Join(", ", rollUp.MissingUnits) + "; they are left out.");
        }

        string method2 = TraceText.MethodName(method, Language.En);
        if (combined is not Combined c)
        {
            bool none = rollUp.MissingUnits.Count == 0;
            string why = none
                ? "Rolled up (" + method2 + "): the indicator applies to none of the units; the maximum leaves the total."
                : "Rolled up (" + method2 + "): no unit has a usable figure (" + string.Join(", ", rollUp.MissingUnits) + ").";
            return none
                ? new IndicatorScore(indicator, IndicatorStatus.NotApplicable, null, null, null, 0, 0, 0, why, null, trace.Build(TraceOutcome.NoApplicableUnits, 0, 0))
                : new IndicatorScore(indicator, IndicatorStatus.NoData, null, null, null, 0, 0, indicator.MaxPoints, why + " 0 of " + Num.Format(indicator.MaxPoints) + " points.", null, trace.Build(TraceOutcome.NoUnitFigures, 0, indicator.MaxPoints));
        }

        trace.Figure = c.Figure;
        trace.Value = c.Value;
        string valueText = "value " + method2 + " from " + Num.Format(rollUp.Parts.Count) + (rollUp.Parts.Count == 1 ? " unit: " : " units: ") + rollUp.Formula;
        decimal? baseline = null;
        var target = indicator.Target;
        if (target.IsBaselineRelative)
        {
            if (target.Baseline!.Value is decimal fixedValue)
            {
                baseline = fixedValue;
            }
            else if (target.Baseline.Period is ReportingPeriod bp)
            {
                var baselineFigure = Combine(framework, set, bp, request.AsOf, parent.Id, indicator, method, trace.BaselineSources, out var baselineRollUp);
                trace.BaselineRollUp = baselineRollUp;
                baseline = baselineFigure?.Value;
            }

            if (baseline is null)
            {
                bag.Warning(ProblemCodes.MissingBaseline, path, "The target of '" + indicator.Code + "' needs the baseline " + target.Baseline + " rolled up for unit '" + parent.Id + "', which is missing; the indicator scores as no data.");
                return new IndicatorScore(
                    indicator, IndicatorStatus.NoData, c.Value, null, null, 0, 0, indicator.MaxPoints,
                    valueText + "; the target needs the baseline " + target.Baseline + ", which is missing. 0 of " + Num.Format(indicator.MaxPoints) + " points.",
                    null,
                    trace.Build(TraceOutcome.MissingBaseline, 0, indicator.MaxPoints));
            }
        }

        return Scorer.ScoreFigure(framework, indicator, c.Figure, c.Value, valueText, baseline, null, trace);
    }

    /// <summary>Combines the figures of <paramref name="parentId"/>'s units for <paramref name="period"/>; null when none contributes.</summary>
    internal static Combined? Combine(Framework framework, SubmissionSet set, ReportingPeriod period, Instant? asOf, string parentId, Indicator indicator, UnitRollUpMethod method, List<TraceSource> sources, out RollUpTrace trace)
    {
        var parts = new List<RollUpPart>();
        var missing = new List<string>();
        var notApplicable = new List<string>();
        foreach (var child in set.Units.ChildrenOf(parentId))
        {
            if (!framework.AppliesTo(indicator, child.Kind))
            {
                notApplicable.Add(child.Id);
                continue;
            }

            if (set.Units.ChildrenOf(child.Id).Count > 0)
            {
                var sub = Combine(framework, set, period, asOf, child.Id, indicator, method, sources, out var childTrace);
                if (sub is Combined s)
                {
                    parts.Add(new RollUpPart(child.Id, s.Figure, s.Value, true));
                }
                else if (childTrace.MissingUnits.Count > 0)
                {
                    missing.Add(child.Id);
                }
                else
                {
                    notApplicable.Add(child.Id);
                }

                continue;
            }

            var submission = set.Select(child.Id, period, indicator.Code, asOf);
            if (submission is null)
            {
                missing.Add(child.Id);
                continue;
            }

            sources.Add(TraceBuilder.Source(set, submission, asOf));
            var m = submission.Measurement;
            if (!m.IsApplicable)
            {
                notApplicable.Add(child.Id);
            }
            else if (m.Kind != indicator.Measure || !Scorer.Usable(m))
            {
                missing.Add(child.Id);
            }
            else if (m.ComparableValue is decimal value)
            {
                parts.Add(new RollUpPart(child.Id, m, value, false));
            }
            else
            {
                notApplicable.Add(child.Id);
            }
        }

        if (parts.Count == 0)
        {
            trace = new RollUpTrace(method, parts, missing, notApplicable, null, null, "—");
            return null;
        }

        var combined = method == UnitRollUpMethod.Mean ? Mean(indicator.Measure, parts) : Pool(indicator.Measure, parts);
        trace = new RollUpTrace(method, parts, missing, notApplicable, combined?.Figure, combined?.Value, combined?.Formula ?? "—");
        return combined;
    }

    private static Combined? Pool(MeasureKind kind, List<RollUpPart> parts)
    {
        switch (kind)
        {
            case MeasureKind.Ratio:
                decimal n = parts.Sum(p => p.Figure.Numerator), d = parts.Sum(p => p.Figure.Denominator), e = parts.Sum(p => p.Figure.Excluded);
                var ratio = Measurement.Ratio(n, d, e);
                if (ratio.ComparableValue is not decimal value)
                {
                    return null;
                }

                string num = Sum(parts.Select(p => p.Figure.Numerator));
                string den = Sum(parts.Select(p => p.Figure.Denominator));
                string basis = e != 0 ? "(" + den + " − " + Sum(parts.Select(p => p.Figure.Excluded)) + ")" : den;
                string formula = num + " ÷ " + basis + " × 100 = " + Num.Format(n) + " ÷ " + Num.Format(d - e) + " × 100 = " + RuleText.N(value) + " %";
                return new Combined(ratio, value, formula);
            case MeasureKind.Quantity:
                decimal total = parts.Sum(p => p.Value);
                return new Combined(Measurement.Quantity(total), total, (parts.Count > 1 ? Sum(parts.Select(p => p.Value)) + " = " : string.Empty) + RuleText.N(total));
            case MeasureKind.YesNo:
                return AllYes(parts);
            default:
                return Mean(kind, parts);
        }
    }

    private static Combined? Mean(MeasureKind kind, List<RollUpPart> parts)
    {
        if (kind == MeasureKind.YesNo)
        {
            return AllYes(parts);
        }

        decimal mean = parts.Sum(p => p.Value) / parts.Count;
        var figure = kind switch
        {
            MeasureKind.Quantity => Measurement.Quantity(mean),
            MeasureKind.Duration => Measurement.Duration(mean),
            _ => Measurement.Percentage(mean),
        };
        string unit = kind is MeasureKind.Ratio ? " %" : string.Empty;
        string formula = parts.Count > 1 ? "(" + string.Join(" + ", parts.Select(p => RuleText.N(p.Value))) + ") ÷ " + Num.Format(parts.Count) + " = " + RuleText.N(mean) + unit : RuleText.N(mean) + unit;
        return new Combined(figure, mean, formula);
    }

    private static Combined AllYes(List<RollUpPart> parts)
    {
        bool all = parts.All(p => p.Value != 0);
        string formula = "all of (" + string.Join(", ", parts.Select(p => p.Value != 0 ? "yes" : "no")) + ") = " + (all ? "yes" : "no");
        return new Combined(Measurement.YesNo(all), all ? 1 : 0, formula);
    }

    private static string Sum(IEnumerable<decimal> values)
    {
        var list = values.Select(Num.Format).ToArray();
        return list.Length == 1 ? list[0] : "(" + string.Join(" + ", list) + ")";
    }

    internal readonly record struct Combined(Measurement Figure, decimal Value, string Formula);
}
