using NodaTime;

namespace Cchc.Scoring;

/// <summary>The baseline a target needs, resolved in one place for a unit's own figures and for a roll-up.</summary>
internal static class Baselines
{
    /// <summary>
    /// As <see cref="Resolve"/>, and across lineage for a unit's own figures: when the unit took over other units
    /// after the baseline period's first day (a merge or split that created it, an absorption within the period), its
    /// baseline is formed from its predecessors' figures for the days before each event (C's 2021 = A's 2021 + B's
    /// 2021 for counts, pooled for ratios; a split's declared share, or no baseline when not divisible).
    /// </summary>
    public static (decimal? Value, MeasuredValue? Source, RollUpTrace? RollUp, LineageTrace? Lineage) ResolveWithLineage(
        Framework framework, SubmissionSet set, string unitId, Indicator indicator, Instant? asOf, UnitRollUpMethod? rolledUpBy, bool withProvenance)
    {
        if (rolledUpBy is null && indicator.Target.Baseline is { Value: null, Period: ReportingPeriod period } && LineageFigures.Applies(set.Units, unitId, period))
        {
            var lineage = LineageFigures.Resolve(framework, set, unitId, indicator, period, asOf, withProvenance);

            // A baseline is a whole figure: a part left out (not divisible, missing) makes it unavailable, with the reason.
            return (lineage.IsIncomplete ? null : lineage.Value, null, null, lineage);
        }

        var (value, source, rollUp) = Resolve(framework, set, unitId, indicator, asOf, rolledUpBy, withProvenance);
        return (value, source, rollUp, null);
    }

    /// <summary>
    /// The baseline of <paramref name="indicator"/>'s target for <paramref name="unitId"/>: the value the framework
    /// declares, or the unit's figure for the baseline period as known at <paramref name="asOf"/> — its own (whole period
    /// or sub-periods rolled up), or rolled up from its units by <paramref name="rolledUpBy"/>. The provenance (the
    /// figure's sources, or the roll-up's parts) comes with it only when asked for.
    /// </summary>
    /// <returns>The value, or null when it is missing; the provenance when asked for.</returns>
    public static (decimal? Value, MeasuredValue? Source, RollUpTrace? RollUp) Resolve(
        Framework framework, SubmissionSet set, string unitId, Indicator indicator, Instant? asOf, UnitRollUpMethod? rolledUpBy, bool withProvenance)
    {
        var baseline = indicator.Target.Baseline;
        if (baseline?.Value is decimal value)
        {
            return (value, null, null);
        }

        if (baseline?.Period is not ReportingPeriod period)
        {
            return (null, null, null);
        }

        if (rolledUpBy is UnitRollUpMethod method)
        {
            if (withProvenance)
            {
                var rollUp = UnitRollUp.Combine(framework, set, period, asOf, unitId, indicator, method);
                return (rollUp.Value, null, rollUp);
            }

            return (UnitRollUp.Figure(framework, set, period, asOf, unitId, indicator, method).Value, null, null);
        }

        if (withProvenance)
        {
            var source = PeriodRollUp.Find(framework, set, unitId, indicator, period, asOf);
            return (source?.Measurement?.ComparableValue, source, null);
        }

        return (PeriodRollUp.FindFigure(set, unitId, indicator, period, asOf).Measurement?.ComparableValue, null, null);
    }
}
