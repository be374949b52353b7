using System;
using System.Collections.Generic;
using System.Linq;

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
    private readonly string?[] _formula = new string?[2];

    internal RollUpTrace(UnitRollUpMethod method, MeasureKind measure, IReadOnlyList<RollUpPart> parts, IReadOnlyList<string> missing, IReadOnlyList<string> notApplicable, Measurement? figure, decimal? value, IReadOnlyList<MeasuredValue> measured, bool isPartial = false)
    {
        IsPartial = isPartial;
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

    /// <summary>
    /// True when a unit's figure combined was itself on partial data: rolled up from sub-periods covering only part of
    /// the period (3 of 4 quarters), or a roll-up of units of which one was. The parent's figure is then partial too.
    /// </summary>
    public bool IsPartial { get; }

    /// <summary>The combined comparable value, or null.</summary>
    public decimal? Value { get; }

    /// <summary>The arithmetic, language-neutral, e.g. <c>(9 + 1) ÷ (10 + 90) × 100 = 10 %</c> (written when first asked for).</summary>
    public string Formula => FormulaIn(Language.En);

    /// <summary>The arithmetic with the numbers written as <paramref name="language"/> writes them (<c>1.510</c>, <c>87,5</c> in Vietnamese).</summary>
    internal string FormulaIn(Language language) => _formula[(int)language] ??= Parts.Count == 0 || Value is not decimal v ? "—" : UnitRollUp.Formula(Method, _measure, Parts, v, language);

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
    /// <summary>Combines the figures of <paramref name="parentId"/>'s units for <paramref name="period"/>, with every part and its provenance.</summary>
    public static RollUpTrace Combine(Framework framework, SubmissionSet set, ReportingPeriod period, NodaTime.Instant? asOf, string parentId, Indicator indicator, UnitRollUpMethod method)
    {
        var collected = new Collected();
        var sum = Visit(framework, set, period, asOf, parentId, indicator, method, collected);
        var (figure, value) = sum.Result(method, indicator.Measure);
        return new RollUpTrace(method, indicator.Measure, collected.Parts, collected.Missing, collected.NotApplicable, figure, value, collected.Measured, sum.Count > 0 && sum.Partial);
    }

    /// <summary>
    /// The combined figure only, the units left out for want of a usable figure (null when none), and whether a part
    /// combined was on partial data: numbers, nothing kept.
    /// </summary>
    public static (Measurement? Figure, decimal? Value, List<string>? Missing, bool Partial) Figure(Framework framework, SubmissionSet set, ReportingPeriod period, NodaTime.Instant? asOf, string parentId, Indicator indicator, UnitRollUpMethod method)
    {
        var sum = Visit(framework, set, period, asOf, parentId, indicator, method, null);
        var (figure, value) = sum.Result(method, indicator.Measure);
        return (figure, value, sum.Missing, figure is not null && sum.Partial);
    }

    /// <summary>Goes through a parent's units once, summing what the methods need; collects the parts and provenance when asked.</summary>
    private static Sums Visit(Framework framework, SubmissionSet set, ReportingPeriod period, NodaTime.Instant? asOf, string parentId, Indicator indicator, UnitRollUpMethod method, Collected? collect)
    {
        var sums = default(Sums);
        sums.AllYes = true;
        // Units come and go: the parent's units are those reporting to it on the period's last day.
        foreach (var child in set.Units.ChildrenOn(parentId, period.End))
        {
            if (!framework.AppliesTo(indicator, child.Kind))
            {
                collect?.NotApplicable.Add(child.Id);
                continue;
            }

            if (set.Units.ChildrenOn(child.Id, period.End).Count > 0)
            {
                var inner = collect is null ? null : new Collected(collect.Measured);
                var sub = Visit(framework, set, period, asOf, child.Id, indicator, method, inner);
                var (f, v) = sub.Result(method, indicator.Measure);
                if (f is Measurement figure && v is decimal value)
                {
                    sums.Add(figure, value);
                    sums.Partial |= sub.Partial;
                    collect?.Parts.Add(new RollUpPart(child.Id, figure, value, true));
                }
                else if (sub.Missing is not null)
                {
                    sums.Miss(child.Id);
                    collect?.Missing.Add(child.Id);
                }
                else
                {
                    collect?.NotApplicable.Add(child.Id);
                }

                continue;
            }

            Measurement? found;
            bool partial;
            if (LineageFigures.Applies(set.Units, child.Id, period))
            {
                // A unit that took over others during the period brings their figures for the days before.
                var lineage = LineageFigures.Resolve(framework, set, child.Id, indicator, period, asOf, collect is not null);
                collect?.Measured.AddRange(lineage.Measured);
                found = lineage.Figure;
                partial = lineage.IsIncomplete;
                if (found is null)
                {
                    sums.Miss(child.Id);
                    collect?.Missing.Add(child.Id);
                    continue;
                }
            }
            else if (collect is null)
            {
                (bool any, found, _, partial) = PeriodRollUp.FindFigure(set, child.Id, indicator, period, asOf);
                if (!any)
                {
                    sums.Miss(child.Id);
                    continue;
                }
            }
            else
            {
                var own = PeriodRollUp.Find(framework, set, child.Id, indicator, period, asOf);
                if (own is null)
                {
                    sums.Miss(child.Id);
                    collect.Missing.Add(child.Id);
                    continue;
                }

                collect.Measured.Add(own);
                found = own.Measurement;
                partial = own.IsPartial;
            }

            if (found is not Measurement m || (m.IsApplicable && (m.Kind != indicator.Measure || !MeasurementChecks.IsUsable(m))))
            {
                sums.Miss(child.Id);
                collect?.Missing.Add(child.Id);
            }
            else if (m.ComparableValue is decimal value)
            {
                sums.Add(m, value);
                sums.Partial |= partial;
                collect?.Parts.Add(new RollUpPart(child.Id, m, value, false));
            }
            else
            {
                collect?.NotApplicable.Add(child.Id);
            }
        }

        return sums;
    }

    /// <summary>Figures of several units for the same days combined by <paramref name="method"/> (<see cref="UnitRollUpMethod.Own"/> pools): null when none has a comparable value.</summary>
    internal static (Measurement? Figure, decimal? Value) CombineUnits(UnitRollUpMethod method, MeasureKind kind, IEnumerable<Measurement> figures)
    {
        var list = figures as IReadOnlyList<Measurement> ?? figures.ToArray();
        if (kind == MeasureKind.Duration && method != UnitRollUpMethod.Mean && list.Count > 0 && list.All(m => m.IsApplicable && m.Count is > 0))
        {
            // Durations that say how many cases they average: weighted by those counts, and the counts added.
            decimal weight = list.Sum(m => m.Count!.Value);
            var weighted = Measurement.Duration(list.Sum(m => m.Value * m.Count!.Value) / weight, weight);
            return (weighted, weighted.Value);
        }

        var sums = default(Sums);
        sums.AllYes = true;
        foreach (var m in list)
        {
            if (m.ComparableValue is decimal value)
            {
                sums.Add(m, value);
            }
        }

        return sums.Result(method == UnitRollUpMethod.Own ? UnitRollUpMethod.Pool : method, kind);
    }

    /// <summary>What a roll-up keeps for an explanation.</summary>
    private sealed class Collected(List<MeasuredValue>? measured = null)
    {
        public List<RollUpPart> Parts { get; } = [];

        public List<string> Missing { get; } = [];

        public List<string> NotApplicable { get; } = [];

        public List<MeasuredValue> Measured { get; } = measured ?? [];
    }

    /// <summary>The running sums of a roll-up's parts.</summary>
    private struct Sums
    {
        public decimal Numerators;
        public decimal Denominators;
        public decimal Excluded;
        public decimal Values;
        public int Count;
        public bool AllYes;
        public bool Partial;
        public List<string>? Missing;

        public void Add(Measurement figure, decimal value)
        {
            Numerators += figure.Numerator;
            Denominators += figure.Denominator;
            Excluded += figure.Excluded;
            Values += value;
            Count++;
            AllYes &= value != 0;
        }

        public void Miss(string unitId) => (Missing ??= []).Add(unitId);

        /// <summary>Pooled: Σ numerators ÷ (Σ denominators − Σ excluded) for ratios, Σ values for quantities, all yes for yes/no, the mean otherwise; the mean of the values with <see cref="UnitRollUpMethod.Mean"/>.</summary>
        public readonly (Measurement? Figure, decimal? Value) Result(UnitRollUpMethod method, MeasureKind kind)
        {
            if (Count == 0)
            {
                return (null, null);
            }

            if (kind == MeasureKind.YesNo)
            {
                return (Measurement.YesNo(AllYes), AllYes ? 1 : 0);
            }

            if (method != UnitRollUpMethod.Mean && kind == MeasureKind.Ratio)
            {
                var ratio = Measurement.Ratio(Numerators, Denominators, Excluded);
                return ratio.ComparableValue is decimal value ? (ratio, value) : (null, null);
            }

            if (method != UnitRollUpMethod.Mean && kind == MeasureKind.Quantity)
            {
                return (Measurement.Quantity(Values), Values);
            }

            decimal mean = Values / Count;
            var figure = kind switch
            {
                MeasureKind.Quantity => Measurement.Quantity(mean),
                MeasureKind.Duration => Measurement.Duration(mean),
                _ => Measurement.Percentage(mean),
            };
            return (figure, mean);
        }
    }

    /// <summary>The arithmetic of a roll-up, language-neutral, e.g. <c>(9 + 1) ÷ (10 + 90) × 100 = 10 %</c>.</summary>
    internal static string Formula(UnitRollUpMethod method, MeasureKind kind, IReadOnlyList<RollUpPart> parts, decimal value, Language lang = Language.En)
    {
        bool vi = lang == Language.Vi;
        bool mean = method == UnitRollUpMethod.Mean || kind is MeasureKind.Duration or MeasureKind.Percentage;
        if (kind == MeasureKind.YesNo)
        {
            string Answer(bool yes) => yes ? (vi ? "có" : "yes") : (vi ? "không" : "no");
            return (vi ? "tất cả (" : "all of (") + string.Join(vi ? "; " : ", ", parts.Select(p => Answer(p.Value != 0))) + ") = " + Answer(value != 0);
        }

        if (mean)
        {
            string unit = kind is MeasureKind.Ratio ? " %" : string.Empty;
            return parts.Count > 1 ? "(" + string.Join(" + ", parts.Select(p => Num.Cut(p.Value, lang))) + ") ÷ " + Num.Format(parts.Count, lang) + " = " + Num.Cut(value, lang) + unit : Num.Cut(value, lang) + unit;
        }

        if (kind == MeasureKind.Quantity)
        {
            return (parts.Count > 1 ? Sum(parts.Select(p => p.Value), lang) + " = " : string.Empty) + Num.Cut(value, lang);
        }

        decimal n = parts.Sum(p => p.Figure.Numerator), d = parts.Sum(p => p.Figure.Denominator), e = parts.Sum(p => p.Figure.Excluded);
        string num = Sum(parts.Select(p => p.Figure.Numerator), lang);
        string den = Sum(parts.Select(p => p.Figure.Denominator), lang);
        string basis = e != 0 ? "(" + den + " − " + Sum(parts.Select(p => p.Figure.Excluded), lang) + ")" : den;
        return num + " ÷ " + basis + " × 100 = " + Num.Format(n, lang) + " ÷ " + Num.Format(d - e, lang) + " × 100 = " + Num.Cut(value, lang) + " %";
    }

    private static string Sum(IEnumerable<decimal> values, Language lang)
    {
        var list = values.Select(v => Num.Format(v, lang)).ToArray();
        return list.Length == 1 ? list[0] : "(" + string.Join(" + ", list) + ")";
    }
}
