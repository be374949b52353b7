using NodaTime;

namespace Cchc.Scoring;

/// <summary>The baseline a target needs, resolved in one place for a unit's own figures and for a roll-up.</summary>
internal static class Baselines
{
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
