using System;
using Cchc.Scoring;

namespace Cchc.Scoring.Dossiers;

/// <summary>The counts behind a rate: qualifying dossiers among all, secret dossiers excluded.</summary>
public readonly struct RateCount : IEquatable<RateCount>
{
    /// <summary>Creates the counts.</summary>
    /// <param name="numerator">Qualifying dossiers (secret ones never among them).</param>
    /// <param name="denominator">All dossiers counted, secret ones included.</param>
    /// <param name="excluded">Secret dossiers among them.</param>
    public RateCount(long numerator, long denominator, long excluded)
    {
        Numerator = numerator;
        Denominator = denominator;
        Excluded = excluded;
    }

    /// <summary>Qualifying dossiers.</summary>
    public long Numerator { get; }

    /// <summary>All dossiers counted, secret ones included.</summary>
    public long Denominator { get; }

    /// <summary>Secret dossiers, left out of the rate.</summary>
    public long Excluded { get; }

    /// <summary>The rate as a ratio measurement (<c>numerator ÷ (denominator − excluded)</c>), or null when nothing was counted.</summary>
    public Measurement? Measurement => Denominator == 0 ? null : Cchc.Scoring.Measurement.Ratio(Numerator, Denominator, Excluded);

    /// <inheritdoc/>
    public bool Equals(RateCount other) => Numerator == other.Numerator && Denominator == other.Denominator && Excluded == other.Excluded;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is RateCount other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Numerator, Denominator, Excluded);

    /// <summary>The counts as text, for example <c>875/1000 (5 excluded)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Measurement?.ToString() ?? "0/0";

    /// <summary>Equality.</summary>
    /// <param name="left">Counts.</param>
    /// <param name="right">Other counts.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(RateCount left, RateCount right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">Counts.</param>
    /// <param name="right">Other counts.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(RateCount left, RateCount right) => !left.Equals(right);
}

/// <summary>Exact statistics of durations in whole minutes.</summary>
public readonly struct DurationStats : IEquatable<DurationStats>
{
    /// <summary>Creates the statistics.</summary>
    /// <param name="count">How many durations.</param>
    /// <param name="totalMinutes">Their sum.</param>
    /// <param name="median">The median (the mean of the two middle values for an even count).</param>
    /// <param name="percentile90">The 90th percentile by nearest rank.</param>
    public DurationStats(long count, long totalMinutes, decimal median, decimal percentile90)
    {
        Count = count;
        TotalMinutes = totalMinutes;
        Median = median;
        Percentile90 = percentile90;
    }

    /// <summary>How many durations.</summary>
    public long Count { get; }

    /// <summary>Their sum in minutes.</summary>
    public long TotalMinutes { get; }

    /// <summary>The mean in minutes (exact decimal quotient), or 0 when there are none.</summary>
    public decimal Mean => Count == 0 ? 0 : (decimal)TotalMinutes / Count;

    /// <summary>The median in minutes: the middle value, or the mean of the two middle values.</summary>
    public decimal Median { get; }

    /// <summary>The 90th percentile in minutes, by nearest rank: the smallest value with at least 90 % of the values at or below it.</summary>
    public decimal Percentile90 { get; }

    /// <inheritdoc/>
    public bool Equals(DurationStats other) =>
        Count == other.Count && TotalMinutes == other.TotalMinutes && Median == other.Median && Percentile90 == other.Percentile90;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is DurationStats other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Count, TotalMinutes, Median, Percentile90);

    /// <summary>The statistics as text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Count == 0 ? "none" : FormattableString.Invariant($"n={Count} mean={Mean} median={Median} p90={Percentile90}");

    /// <summary>Equality.</summary>
    /// <param name="left">Statistics.</param>
    /// <param name="right">Other statistics.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(DurationStats left, DurationStats right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">Statistics.</param>
    /// <param name="right">Other statistics.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(DurationStats left, DurationStats right) => !left.Equals(right);
}
