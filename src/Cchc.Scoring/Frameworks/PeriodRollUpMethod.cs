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
