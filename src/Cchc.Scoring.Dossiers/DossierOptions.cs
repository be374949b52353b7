using System;
using System.Collections.Generic;
using System.Linq;
using Cchc.Scoring;

namespace Cchc.Scoring.Dossiers;

/// <summary>How dossiers are counted: into which periods, for which units, with how much parallelism.</summary>
public sealed class DossierOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="periods">
    /// Explicit periods: each dossier is counted in every period it is active in (received by the period's end and
    /// not ended before its start), carried-over dossiers included, as Index 766 counts them. When null, each
    /// dossier's events are counted once, in the period of <paramref name="granularity"/> in which they happen:
    /// reception and on-time status in the period of reception, the end (processing time, result, feedback) in the
    /// period of the end.
    /// </param>
    /// <param name="granularity">The period length when <paramref name="periods"/> is null: a year, half-year, quarter or month.</param>
    /// <param name="calendar">The reporting calendar of those periods (calendar periods when null).</param>
    /// <param name="units">The known units: a dossier of another unit is rejected. Any unit is accepted when null.</param>
    /// <param name="maxProblems">How many rejected rows are reported in detail (all are counted).</param>
    /// <param name="parallelism">How many partitions are accumulated in parallel; 0 for one per processor.</param>
    /// <param name="timeFormat">
    /// How times are written: ISO 8601 only (the default), or also day/month/year as Vietnamese systems export them.
    /// Never guessed from the data, since <c>03/04/2025</c> reads either way.
    /// </param>
    /// <exception cref="ArgumentException"><paramref name="granularity"/> is <see cref="PeriodKind.Custom"/>, or a unit is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxProblems"/> or <paramref name="parallelism"/> is negative, or <paramref name="timeFormat"/> is not a defined value.</exception>
    public DossierOptions(
        IEnumerable<ReportingPeriod>? periods = null,
        PeriodKind granularity = PeriodKind.Year,
        ReportingCalendar? calendar = null,
        IEnumerable<string>? units = null,
        int maxProblems = 1000,
        int parallelism = 0,
        DossierTimeFormat timeFormat = DossierTimeFormat.Iso)
    {
        if (!Enum.IsDefined(timeFormat))
        {
            throw new ArgumentOutOfRangeException(nameof(timeFormat), timeFormat, "Not a time format.");
        }

        if (granularity == PeriodKind.Custom)
        {
            throw new ArgumentException("Periods of a custom length cannot be derived from dates; give them explicitly.", nameof(granularity));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(maxProblems);
        ArgumentOutOfRangeException.ThrowIfNegative(parallelism);
        Periods = periods?.Distinct().Order().ToArray();
        Granularity = granularity;
        Calendar = calendar ?? ReportingCalendar.Calendar;
        if (units is not null)
        {
            var list = units.ToArray();
            if (list.Any(u => u is null))
            {
                throw new ArgumentException("A unit is null.", nameof(units));
            }

            Units = list.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        }

        MaxProblems = maxProblems;
        Parallelism = parallelism;
        TimeFormat = timeFormat;
    }

    /// <summary>The default options: yearly periods by event, any unit, one partition per processor.</summary>
    public static DossierOptions Default { get; } = new();

    /// <summary>The explicit periods, ordered, or null to derive periods from the dates.</summary>
    public IReadOnlyList<ReportingPeriod>? Periods { get; }

    /// <summary>The period length when periods are derived from the dates.</summary>
    public PeriodKind Granularity { get; }

    /// <summary>The reporting calendar.</summary>
    public ReportingCalendar Calendar { get; }

    /// <summary>The known units, or null for any.</summary>
    public IReadOnlyList<string>? Units { get; }

    /// <summary>How many rejected rows are reported in detail.</summary>
    public int MaxProblems { get; }

    /// <summary>The requested parallelism (0: one partition per processor).</summary>
    public int Parallelism { get; }

    /// <summary>How times are written in the input.</summary>
    public DossierTimeFormat TimeFormat { get; }

    /// <summary>The parallelism in effect.</summary>
    internal int EffectiveParallelism => Parallelism == 0 ? Environment.ProcessorCount : Parallelism;
}

/// <summary>How the times of a dossier file are written. Declared, never guessed: <c>03/04/2025</c> reads either way.</summary>
public enum DossierTimeFormat
{
    /// <summary>ISO 8601 local times only: <c>2025-04-03T08:15</c>, <c>2025-04-03 08:15:00</c>, <c>2025-04-03</c>.</summary>
    Iso,

    /// <summary>
    /// Day/month/year as Vietnamese systems export them — <c>03/04/2025 08:15</c>, <c>3/4/2025 8:15:00</c>,
    /// <c>03/04/2025</c> (3 April 2025) — and ISO 8601 times as well.
    /// </summary>
    DayMonthYear,
}
