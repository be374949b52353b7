using System;
using System.Collections.Generic;
using System.Linq;

namespace Cchc.Scoring;

/// <summary>One unit's index and rank in a period beside those of an earlier comparable period.</summary>
public sealed class UnitChange
{
    internal UnitChange(Scorecard current, RankedScorecard ranked, Scorecard? previous, RankedScorecard? previousRanked)
    {
        UnitId = current.UnitId;
        Unit = current.Unit;
        Index = current.Index;
        PreviousIndex = previous?.Index;
        Change = Index is decimal now && PreviousIndex is decimal before ? now - before : null;
        Rank = ranked.Rank;
        PreviousRank = previousRanked?.Rank;
        RankChange = Rank is int r && PreviousRank is int p ? p - r : null;
        IsPartial = current.Coverage.IsPartial || (previous?.Coverage.IsPartial ?? false);
    }

    /// <summary>The unit's identifier.</summary>
    public string UnitId { get; }

    /// <summary>The declared unit, or null.</summary>
    public Unit? Unit { get; }

    /// <summary>The index in the period, or null when nothing applies.</summary>
    public decimal? Index { get; }

    /// <summary>The index in the earlier period, or null (no scorecard then, or nothing applied).</summary>
    public decimal? PreviousIndex { get; }

    /// <summary><see cref="Index"/> less <see cref="PreviousIndex"/> (published indices, so no rounding is added), or null when either is missing.</summary>
    public decimal? Change { get; }

    /// <summary>The rank in the period, or null.</summary>
    public int? Rank { get; }

    /// <summary>The rank in the earlier period, or null.</summary>
    public int? PreviousRank { get; }

    /// <summary>Places moved up: <see cref="PreviousRank"/> less <see cref="Rank"/> (from 4th to 2nd is +2), or null when either is missing.</summary>
    public int? RankChange { get; }

    /// <summary>True when either index is on partial data (<see cref="ScorecardCoverage.IsPartial"/>): the change is then not fully comparable.</summary>
    public bool IsPartial { get; }

    /// <inheritdoc/>
    public override string ToString() => UnitId;
}

/// <summary>
/// Year on year: each unit's index and rank in a period beside those of an earlier comparable period (the same quarter
/// of the year before, the year before), with the change of index and the places moved. A pure function of two
/// scoring results; no clock.
/// </summary>
public sealed class YearOnYear
{
    private YearOnYear(ReportingPeriod period, ReportingPeriod previousPeriod, IReadOnlyList<UnitChange> units)
    {
        Period = period;
        PreviousPeriod = previousPeriod;
        Units = units;
    }

    /// <summary>The period.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>The earlier period compared with.</summary>
    public ReportingPeriod PreviousPeriod { get; }

    /// <summary>Every unit of the current result, in its ranking order (<see cref="Ranking.Rank"/>).</summary>
    public IReadOnlyList<UnitChange> Units { get; }

    /// <summary>Finds a unit's change.</summary>
    /// <param name="unitId">The unit.</param>
    /// <returns>The change, or null when the unit has no scorecard in the current result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unitId"/> is null.</exception>
    public UnitChange? Find(string unitId)
    {
        ArgumentNullException.ThrowIfNull(unitId);
        return Units.FirstOrDefault(u => string.Equals(u.UnitId, unitId, StringComparison.Ordinal));
    }

    /// <summary>
    /// Compares <paramref name="current"/> with <paramref name="previous"/>: both are ranked the same way (within groups
    /// when <paramref name="groupBy"/> is given), and each unit of the current result is matched by identifier.
    /// </summary>
    /// <param name="current">The result of the period.</param>
    /// <param name="previous">The result of the earlier comparable period, scored against the same framework.</param>
    /// <param name="groupBy">The group of a scorecard (for example <see cref="Ranking.ByKind"/>), or null for one ranking of all.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="current"/> or <paramref name="previous"/> is null.</exception>
    /// <exception cref="ArgumentException">The results are of different frameworks, or the earlier period does not end before the period starts.</exception>
    public static YearOnYear Compare(ScoringResult current, ScoringResult previous, Func<Scorecard, string>? groupBy = null)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(previous);
        if (!string.Equals(current.Framework.Id, previous.Framework.Id, StringComparison.Ordinal))
        {
            throw new ArgumentException("The results are of different frameworks ('" + current.Framework.Id + "' and '" + previous.Framework.Id + "'): their indices are not comparable.", nameof(previous));
        }

        var period = current.Request.Period;
        var earlier = previous.Request.Period;
        if (earlier.End >= period.Start)
        {
            throw new ArgumentException("The earlier period " + earlier.ToString() + " does not end before " + period.ToString() + " starts.", nameof(previous));
        }

        var before = Ranking.Rank(previous.Scorecards, groupBy).ToDictionary(r => r.Scorecard.UnitId, StringComparer.Ordinal);
        var units = Ranking.Rank(current.Scorecards, groupBy)
            .Select(r => before.TryGetValue(r.Scorecard.UnitId, out var then) ? new UnitChange(r.Scorecard, r, then.Scorecard, then) : new UnitChange(r.Scorecard, r, null, null))
            .ToArray();
        return new YearOnYear(period, earlier, units);
    }
}
