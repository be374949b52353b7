namespace Cchc.Scoring;

/// <summary>
/// How an indicator's value for a year, half-year or quarter is made up from submissions for the shorter periods inside
/// it, when there is no submission for the whole period. Written in framework files by the names in brackets.
/// </summary>
public enum PeriodRollUpMethod
{
    /// <summary>(<c>pool</c>) Ratios: Σ numerators ÷ (Σ denominators − Σ excluded). The default for ratios.</summary>
    Pool,

    /// <summary>(<c>sum</c>) Quantities: the sum of the values (for example dossiers received in each quarter).</summary>
    Sum,

    /// <summary>(<c>last</c>) The value of the latest sub-period (a stock such as a head count). The default for quantities and yes/no.</summary>
    Last,

    /// <summary>(<c>mean</c>) The plain mean of the values. The default for percentages.</summary>
    Mean,

    /// <summary>(<c>max</c>) The largest value.</summary>
    Max,

    /// <summary>(<c>weightedMean</c>) Durations: Σ(value × count) ÷ Σ count, each sub-period weighted by its count of cases. The default for durations.</summary>
    WeightedMean,

    /// <summary>(<c>all</c>) Yes/no: yes only when every sub-period says yes.</summary>
    All,
}

/// <summary>What the period roll-up methods mean for each kind of measure.</summary>
public static class PeriodRollUpMethods
{
    /// <summary>The method used when an indicator declares none: pool for ratios, last for quantities and yes/no, the count-weighted mean for durations, the mean for percentages.</summary>
    /// <param name="measure">The measure kind.</param>
    /// <returns>The method.</returns>
    public static PeriodRollUpMethod DefaultFor(MeasureKind measure) => measure switch
    {
        MeasureKind.Ratio => PeriodRollUpMethod.Pool,
        MeasureKind.Quantity => PeriodRollUpMethod.Last,
        MeasureKind.Duration => PeriodRollUpMethod.WeightedMean,
        MeasureKind.YesNo => PeriodRollUpMethod.Last,
        _ => PeriodRollUpMethod.Mean,
    };

    /// <summary>
    /// True when <paramref name="method"/> makes sense for <paramref name="measure"/>: ratios pool or take the last;
    /// quantities sum, take the last, the mean or the max; durations the weighted mean, mean, last or max; percentages the
    /// mean, last or max; yes/no the last or all.
    /// </summary>
    /// <param name="method">The method.</param>
    /// <param name="measure">The measure kind.</param>
    /// <returns>True when they go together.</returns>
    public static bool Fits(PeriodRollUpMethod method, MeasureKind measure) => measure switch
    {
        MeasureKind.Ratio => method is PeriodRollUpMethod.Pool or PeriodRollUpMethod.Last,
        MeasureKind.Quantity => method is PeriodRollUpMethod.Sum or PeriodRollUpMethod.Last or PeriodRollUpMethod.Mean or PeriodRollUpMethod.Max,
        MeasureKind.Duration => method is PeriodRollUpMethod.WeightedMean or PeriodRollUpMethod.Mean or PeriodRollUpMethod.Last or PeriodRollUpMethod.Max,
        MeasureKind.Percentage => method is PeriodRollUpMethod.Mean or PeriodRollUpMethod.Last or PeriodRollUpMethod.Max,
        _ => method is PeriodRollUpMethod.Last or PeriodRollUpMethod.All,
    };
}
