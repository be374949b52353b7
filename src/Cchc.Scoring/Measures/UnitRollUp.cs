using System;
using System.Collections.Generic;
using System.Linq;
using Cchc.Scoring.Rules;

namespace Cchc.Scoring;

/// <summary>One unit's part in a roll-up.</summary>
public sealed class RollUpPart
{
    internal RollUpPart(string unitId, Measurement figure, decimal value, bool isRollUp)
    {
        UnitId = unitId;
        Figure = figure;
        Value = value;
        IsRollUp = isRollUp;
    }

    /// <summary>The unit.</summary>
    public string UnitId { get; }

    /// <summary>Its figure for the period: its own (a whole-period submission or its sub-periods rolled up), or its roll-up when it has units of its own.</summary>
    public Measurement Figure { get; }

    /// <summary>Its comparable value.</summary>
    public decimal Value { get; }

    /// <summary>True when the unit's figure is itself a roll-up of its units.</summary>
    public bool IsRollUp { get; }
}

/// <summary>How a parent's figure was formed from its units.</summary>
public sealed class RollUpTrace
{
    private readonly MeasureKind _measure;
    private string? _formula;

    internal RollUpTrace(UnitRollUpMethod method, MeasureKind measure, IReadOnlyList<RollUpPart> parts, IReadOnlyList<string> missing, IReadOnlyList<string> notApplicable, Measurement? figure, decimal? value, IReadOnlyList<MeasuredValue> measured)
    {
        Method = method;
        _measure = measure;
        Parts = parts;
        MissingUnits = missing;
        NotApplicableUnits = notApplicable;
        Figure = figure;
        Value = value;
        Measured = measured;
    }

    /// <summary>The method.</summary>
    public UnitRollUpMethod Method { get; }

    /// <summary>The units whose figures were combined, by identifier.</summary>
    public IReadOnlyList<RollUpPart> Parts { get; }

    /// <summary>Units with no usable figure, left out.</summary>
    public IReadOnlyList<string> MissingUnits { get; }

    /// <summary>Units to which the indicator does not apply, left out.</summary>
    public IReadOnlyList<string> NotApplicableUnits { get; }

    /// <summary>The combined figure, or null when no unit contributed.</summary>
    public Measurement? Figure { get; }

    /// <summary>The combined comparable value, or null.</summary>
    public decimal? Value { get; }

    /// <summary>The arithmetic, language-neutral, e.g. <c>(9 + 1) ÷ (10 + 90) × 100 = 10 %</c> (written when first asked for).</summary>
    public string Formula => _formula ??= Parts.Count == 0 || Value is not decimal v ? "—" : UnitRollUp.Formula(Method, _measure, Parts, v);

    /// <summary>The figures of every unit looked at (in the order visited, sub-units first), with their provenance.</summary>
    internal IReadOnlyList<MeasuredValue> Measured { get; }
}

/// <summary>
/// Roll-up across the unit hierarchy: a parent's figure for an indicator formed from its units' figures (pooled or
/// mean, as the framework declares). Each unit contributes its figure for the period as the period roll-up resolves it
/// (its whole-period submission, or its sub-periods rolled up); a unit that has units of its own contributes its
/// roll-up. Units to which the indicator does not apply are left out; units without a usable figure are left out and
/// named. Numbers only; the arithmetic is written by <see cref="Formula"/> when asked for.
/// </summary>
internal static class UnitRollUp
{
    /// <summary>Combines the figures of <paramref name="parentId"/>'s units for <paramref name="period"/>.</summary>
    public static RollUpTrace Combine(Framework framework, SubmissionSet set, ReportingPeriod period, NodaTime.Instant? asOf, string parentId, Indicator indicator, UnitRollUpMethod method)
    {
        var measured = new List<MeasuredValue>();
        return Combine(framework, set, period, asOf, parentId, indicator, method, measured);
    }

    private static RollUpTrace Combine(Framework framework, SubmissionSet set, ReportingPeriod period, NodaTime.Instant? asOf, string parentId, Indicator indicator, UnitRollUpMethod method, List<MeasuredValue> measured)
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
                var sub = Combine(framework, set, period, asOf, child.Id, indicator, method, measured);
                if (sub.Figure is Measurement f && sub.Value is decimal v)
                {
                    parts.Add(new RollUpPart(child.Id, f, v, true));
                }
                else if (sub.MissingUnits.Count > 0)
                {
                    missing.Add(child.Id);
                }
                else
                {
                    notApplicable.Add(child.Id);
                }

                continue;
            }

            var own = PeriodRollUp.Find(framework, set, child.Id, indicator, period, asOf);
            if (own is null)
            {
                missing.Add(child.Id);
                continue;
            }

            measured.Add(own);
            if (own.Measurement is not Measurement m || (m.IsApplicable && (m.Kind != indicator.Measure || !MeasurementChecks.IsUsable(m))))
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

        var (figure, combined) = parts.Count == 0 ? (null, null) : method == UnitRollUpMethod.Mean ? Mean(indicator.Measure, parts) : Pool(indicator.Measure, parts);
        return new RollUpTrace(method, indicator.Measure, parts, missing, notApplicable, figure, combined, measured);
    }

    private static (Measurement?, decimal?) Pool(MeasureKind kind, List<RollUpPart> parts)
    {
        switch (kind)
        {
            case MeasureKind.Ratio:
                decimal n = 0, d = 0, e = 0;
                foreach (var p in parts)
                {
                    n += p.Figure.Numerator;
                    d += p.Figure.Denominator;
                    e += p.Figure.Excluded;
                }

                var ratio = Measurement.Ratio(n, d, e);
                return ratio.ComparableValue is decimal value ? (ratio, value) : (null, null);
            case MeasureKind.Quantity:
                decimal total = 0;
                foreach (var p in parts)
                {
                    total += p.Value;
                }

                return (Measurement.Quantity(total), total);
            case MeasureKind.YesNo:
                return AllYes(parts);
            default:
                return Mean(kind, parts);
        }
    }

    private static (Measurement?, decimal?) Mean(MeasureKind kind, List<RollUpPart> parts)
    {
        if (kind == MeasureKind.YesNo)
        {
            return AllYes(parts);
        }

        decimal sum = 0;
        foreach (var p in parts)
        {
            sum += p.Value;
        }

        decimal mean = sum / parts.Count;
        var figure = kind switch
        {
            MeasureKind.Quantity => Measurement.Quantity(mean),
            MeasureKind.Duration => Measurement.Duration(mean),
            _ => Measurement.Percentage(mean),
        };
        return (figure, mean);
    }

    private static (Measurement?, decimal?) AllYes(List<RollUpPart> parts)
    {
        bool all = parts.TrueForAll(p => p.Value != 0);
        return (Measurement.YesNo(all), all ? 1 : 0);
    }

    /// <summary>The arithmetic of a roll-up, language-neutral, e.g. <c>(9 + 1) ÷ (10 + 90) × 100 = 10 %</c>.</summary>
    internal static string Formula(UnitRollUpMethod method, MeasureKind kind, IReadOnlyList<RollUpPart> parts, decimal value)
    {
        bool mean = method == UnitRollUpMethod.Mean || kind is MeasureKind.Duration or MeasureKind.Percentage;
        if (kind == MeasureKind.YesNo)
        {
            return "all of (" + string.Join(", ", parts.Select(p => p.Value != 0 ? "yes" : "no")) + ") = " + (value != 0 ? "yes" : "no");
        }

        if (mean)
        {
            string unit = kind is MeasureKind.Ratio ? " %" : string.Empty;
            return parts.Count > 1 ? "(" + string.Join(" + ", parts.Select(p => RuleText.N(p.Value))) + ") ÷ " + Num.Format(parts.Count) + " = " + RuleText.N(value) + unit : RuleText.N(value) + unit;
        }

        if (kind == MeasureKind.Quantity)
        {
            return (parts.Count > 1 ? Sum(parts.Select(p => p.Value)) + " = " : string.Empty) + RuleText.N(value);
        }

        decimal n = parts.Sum(p => p.Figure.Numerator), d = parts.Sum(p => p.Figure.Denominator), e = parts.Sum(p => p.Figure.Excluded);
        string num = Sum(parts.Select(p => p.Figure.Numerator));
        string den = Sum(parts.Select(p => p.Figure.Denominator));
        string basis = e != 0 ? "(" + den + " − " + Sum(parts.Select(p => p.Figure.Excluded)) + ")" : den;
        return num + " ÷ " + basis + " × 100 = " + Num.Format(n) + " ÷ " + Num.Format(d - e) + " × 100 = " + RuleText.N(value) + " %";
    }

    private static string Sum(IEnumerable<decimal> values)
    {
        var list = values.Select(Num.Format).ToArray();
        return list.Length == 1 ? list[0] : "(" + string.Join(" + ", list) + ")";
    }
}
