using System;
using System.Collections.Generic;
using System.Linq;
using Cchc.Scoring;
using Cchc.Scoring.Rules;
using NodaTime;

namespace Cchc.Scoring;

/// <summary>How a baseline-relative target is formed from the baseline value <c>B</c> and the target's value <c>V</c>.</summary>
public enum TargetChange
{
    /// <summary>Not baseline-relative: the target is <c>V</c>.</summary>
    None,

    /// <summary>Reduce by at least V percent: the target is <c>B × (1 − V ÷ 100)</c> (T10, T11: "giảm tối thiểu 10% so với năm 2021").</summary>
    RelativeReduction,

    /// <summary>Reduce by at least V: the target is <c>B − V</c> (T08 read as "cut by 30 minutes per dossier").</summary>
    AbsoluteReduction,

    /// <summary>Increase by at least V percent: the target is <c>B × (1 + V ÷ 100)</c>.</summary>
    RelativeIncrease,

    /// <summary>Increase by at least V: the target is <c>B + V</c>.</summary>
    AbsoluteIncrease,
}

/// <summary>Where a baseline value comes from: the unit's own submission for a period, or a value fixed in the framework.</summary>
public sealed class Baseline
{
    private Baseline(ReportingPeriod? period, decimal? value)
    {
        Period = period;
        Value = value;
    }

    /// <summary>The baseline period (for example 2021), when the baseline is the unit's submission for it.</summary>
    public ReportingPeriod? Period { get; }

    /// <summary>The fixed baseline value, when given in the framework.</summary>
    public decimal? Value { get; }

    /// <summary>A baseline read from each unit's submission for <paramref name="period"/>.</summary>
    /// <param name="period">The baseline period.</param>
    /// <returns>The baseline.</returns>
    public static Baseline FromPeriod(ReportingPeriod period) => new(period, null);

    /// <summary>A fixed baseline value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The baseline.</returns>
    public static Baseline FromValue(decimal value) => new(null, value);

    /// <inheritdoc/>
    public override string ToString() => Period is ReportingPeriod p ? p.ToString() : Num.Format(Value ?? 0);
}

/// <summary>
/// A target: a comparison, a value and a due date, optionally relative to a baseline. For a ratio the value is a
/// percentage (90 means 90 %); for yes/no, 1 means yes.
/// </summary>
public sealed class Target
{
    /// <summary>Creates a target.</summary>
    /// <param name="comparison">How the value is compared with the target.</param>
    /// <param name="value">The target value, or the size of the change for a baseline-relative target.</param>
    /// <param name="due">When it is due, or null when the plan gives no date (the plan's end applies).</param>
    /// <param name="baseline">The baseline, for a baseline-relative target.</param>
    /// <param name="change">How the baseline and the value form the target.</param>
    /// <param name="milestones">Explicit yearly milestones of the trajectory, in the terms of <paramref name="value"/>; none when null (a straight line).</param>
    /// <exception cref="ArgumentException"><paramref name="change"/> and <paramref name="baseline"/> do not go together.</exception>
    public Target(Comparison comparison, decimal value, LocalDate? due = null, Baseline? baseline = null, TargetChange change = TargetChange.None, IEnumerable<Milestone>? milestones = null)
    {
        if ((baseline is null) != (change == TargetChange.None))
        {
            throw new ArgumentException("A baseline needs a change (and a change needs a baseline).", nameof(change));
        }

        Comparison = comparison;
        Value = value;
        Due = due;
        Baseline = baseline;
        Change = change;
        Milestones = (milestones ?? []).OrderBy(m => m.Year).ToArray();
    }

    /// <summary>The comparison.</summary>
    public Comparison Comparison { get; }

    /// <summary>The target value, or the size of the change.</summary>
    public decimal Value { get; }

    /// <summary>The due date, or null.</summary>
    public LocalDate? Due { get; }

    /// <summary>The baseline, or null.</summary>
    public Baseline? Baseline { get; }

    /// <summary>How the baseline and the value form the target.</summary>
    public TargetChange Change { get; }

    /// <summary>Explicit yearly milestones, by year; empty for a straight line from the baseline to the target.</summary>
    public IReadOnlyList<Milestone> Milestones { get; }

    /// <summary>True when the effective target needs a baseline value.</summary>
    public bool IsBaselineRelative => Change != TargetChange.None;

    /// <summary>The effective target value.</summary>
    /// <param name="baseline">The baseline value; ignored when the target is not baseline-relative.</param>
    /// <returns>The target value, or null when a needed baseline is missing.</returns>
    public decimal? Resolve(decimal? baseline) => Resolve(Value, baseline);

    /// <summary>The effective value of <paramref name="value"/> (the target's or a milestone's) given the baseline.</summary>
    /// <param name="value">The value, or the size of the change.</param>
    /// <param name="baseline">The baseline value; ignored when the target is not baseline-relative.</param>
    /// <returns>The effective value, or null when a needed baseline is missing.</returns>
    internal decimal? Resolve(decimal value, decimal? baseline)
    {
        if (Change == TargetChange.None)
        {
            return value;
        }

        if (baseline is not decimal b)
        {
            return null;
        }

        return Change switch
        {
            TargetChange.RelativeReduction => b * (1 - (value / 100)),
            TargetChange.AbsoluteReduction => b - value,
            TargetChange.RelativeIncrease => b * (1 + (value / 100)),
            _ => b + value,
        };
    }

    /// <summary>The target as text, e.g. <c>≥ 90</c> or <c>≤ baseline(2021) × (1 − 10 ÷ 100)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        string v = Num.Format(Value);
        string b = "baseline(" + Baseline + ")";
        return Comparison.Symbol() + " " + Change switch
        {
            TargetChange.None => v,
            TargetChange.RelativeReduction => b + " × (1 − " + v + " ÷ 100)",
            TargetChange.AbsoluteReduction => b + " − " + v,
            TargetChange.RelativeIncrease => b + " × (1 + " + v + " ÷ 100)",
            _ => b + " + " + v,
        };
    }
}
