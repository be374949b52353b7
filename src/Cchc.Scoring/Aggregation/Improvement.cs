using System;
using System.Collections.Generic;
using System.Linq;
using Cchc.Scoring;
using Cchc.Scoring.Rules;

namespace Cchc.Scoring;

/// <summary>One indicator where a unit can still earn points, and what it takes.</summary>
public sealed class ImprovementItem
{
    internal ImprovementItem(IndicatorScore score, decimal pointsAvailable, decimal indexGain, decimal? valueNeeded, decimal? itemsNeeded)
    {
        Score = score;
        PointsAvailable = pointsAvailable;
        IndexGain = indexGain;
        ValueNeeded = valueNeeded;
        ItemsNeeded = itemsNeeded;
    }

    /// <summary>The indicator's score now.</summary>
    public IndicatorScore Score { get; }

    /// <summary>The points still available: maximum less points.</summary>
    public decimal PointsAvailable { get; }

    /// <summary>What the index would gain with them, unrounded: points available ÷ applicable maximum × 100.</summary>
    public decimal IndexGain { get; }

    /// <summary>
    /// The value that earns full points under the indicator's comparison (<see cref="Comparison"/>): the effective
    /// target, or for a steps rule the bound of the step with full points; null when it cannot be told (a missing baseline).
    /// </summary>
    public decimal? ValueNeeded { get; }

    /// <summary>The comparison <see cref="ValueNeeded"/> is meant with (for a steps rule, ≥ or ≤).</summary>
    public Comparison Comparison => Score.Indicator.Rule is StepsRule && Score.Indicator.Target.Comparison.IsStrict()
        ? (Score.Indicator.Target.Comparison.HigherIsBetter() ? Comparison.AtLeast : Comparison.AtMost)
        : Score.Indicator.Target.Comparison;

    /// <summary>
    /// For a ratio with an "at least" or "more than" target: how many more qualifying items (numerator) reach
    /// <see cref="ValueNeeded"/> with the same denominator; null otherwise or when out of reach.
    /// </summary>
    public decimal? ItemsNeeded { get; }
}

/// <summary>"Where to improve": a unit's indicators ordered by the points still available.</summary>
public static class Improvement
{
    /// <summary>
    /// The indicators of <paramref name="scorecard"/> that do not have full points, most points available first (ties
    /// in framework order). Not-applicable and tracked-only indicators are left out.
    /// </summary>
    /// <param name="scorecard">The scorecard.</param>
    /// <returns>The items.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scorecard"/> is null.</exception>
    public static IReadOnlyList<ImprovementItem> For(Scorecard scorecard)
    {
        ArgumentNullException.ThrowIfNull(scorecard);
        return scorecard.Indicators
            .Select((s, order) => (Score: s, Order: order))
            .Where(x => x.Score.MaxPoints > 0 && x.Score.Points < x.Score.MaxPoints)
            .Select(x => (Item: Item(x.Score, scorecard.MaxPoints), x.Order))
            .OrderByDescending(x => x.Item.PointsAvailable)
            .ThenBy(x => x.Order)
            .Select(x => x.Item)
            .ToArray();
    }

    private static ImprovementItem Item(IndicatorScore score, decimal cardMax)
    {
        decimal available = score.MaxPoints - score.Points;
        decimal gain = cardMax > 0 ? available * 100 / cardMax : 0;
        var target = score.Indicator.Target;
        decimal? needed = score.Target ?? (target.IsBaselineRelative ? null : target.Value);
        if (score.Indicator.Rule is StepsRule steps && needed is not null)
        {
            bool higher = !target.Comparison.LowerIsBetter();
            decimal best = steps.Steps.Max(s => s.Points);
            var full = steps.Steps.Where(s => s.Points == best);
            needed = higher ? full.Min(s => s.At) : full.Max(s => s.At);
        }

        decimal? items = null;
        if (needed is decimal t && score.Indicator.Measure == MeasureKind.Ratio && target.Comparison.HigherIsBetter()
            && score.Trace.Figure is Measurement m && m.Kind == MeasureKind.Ratio && m.Denominator - m.Excluded > 0)
        {
            decimal basis = m.Denominator - m.Excluded;
            decimal exact = t * basis / 100;
            decimal numerator = target.Comparison.IsStrict() ? Math.Floor(exact) + 1 : Math.Ceiling(exact);
            if (numerator <= basis)
            {
                items = Math.Max(0, numerator - m.Numerator);
            }
        }

        return new ImprovementItem(score, available, gain, needed, items);
    }
}
