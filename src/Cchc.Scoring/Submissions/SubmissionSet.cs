using System;
using System.Collections.Generic;
using System.Linq;
using Cchc.Scoring;
using NodaTime;

namespace Cchc.Scoring;

/// <summary>
/// Every submission revision and the units that report, kept whole. Selection "as of" an instant takes, for each
/// unit, period and indicator, the latest revision recorded at or before it. The set is immutable.
/// </summary>
public sealed class SubmissionSet
{
    private readonly Dictionary<Key, Submission[]> _revisions;
    private readonly Dictionary<(string Unit, string Indicator), Submission[]> _histories;

    /// <summary>Creates a set.</summary>
    /// <param name="submissions">Every revision; order does not matter.</param>
    /// <param name="units">The declared units; an empty hierarchy when null.</param>
    /// <param name="adjustments">Bonus and deduction items; none when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="submissions"/> or one of its items, or an adjustment, is null.</exception>
    public SubmissionSet(IEnumerable<Submission> submissions, UnitHierarchy? units = null, IEnumerable<Adjustment>? adjustments = null)
    {
        ArgumentNullException.ThrowIfNull(submissions);
        var all = submissions.ToArray();
        foreach (var s in all)
        {
            ArgumentNullException.ThrowIfNull(s, nameof(submissions));
        }

        Array.Sort(all, CanonicalOrder);
        Submissions = all;
        Units = units ?? UnitHierarchy.Empty;
        _revisions = all.GroupBy(s => new Key(s.UnitId, s.Period, s.IndicatorCode))
            .ToDictionary(g => g.Key, g => g.ToArray());
        _histories = all.GroupBy(s => (s.UnitId, s.IndicatorCode)).ToDictionary(g => g.Key, g => g.ToArray());
        UnitIds = Units.Units.Select(u => u.Id).Concat(all.Select(s => s.UnitId))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var items = adjustments?.ToArray() ?? [];
        foreach (var item in items)
        {
            ArgumentNullException.ThrowIfNull(item, nameof(adjustments));
        }

        Array.Sort(items, Adjustment.CanonicalOrder);
        Adjustments = items;
        HasAssessments = all.Any(s => s.SelfAssessedPoints is not null || s.AppraisedPoints is not null);
    }

    /// <summary>An empty set.</summary>
    public static SubmissionSet Empty { get; } = new([]);

    /// <summary>Every revision, in canonical order: unit, indicator, period, recorded-at (all ordinal or chronological).</summary>
    public IReadOnlyList<Submission> Submissions { get; }

    /// <summary>The declared units.</summary>
    public UnitHierarchy Units { get; }

    /// <summary>True when some revision carries self-assessed or appraised points (scoring skips looking for them otherwise).</summary>
    internal bool HasAssessments { get; }

    /// <summary>Every bonus and deduction item, in canonical order: unit, period, recorded-at, points, reason.</summary>
    public IReadOnlyList<Adjustment> Adjustments { get; }

    /// <summary>The identifiers of the declared units and of every unit that submitted, ordered (ordinal).</summary>
    public IReadOnlyList<string> UnitIds { get; }

    /// <summary>
    /// The revision in force: the latest recorded at or before <paramref name="asOf"/> (the latest of all when null).
    /// Revisions recorded at the same instant (a validation problem) are broken by a fixed order of their values,
    /// so the choice never depends on input order.
    /// </summary>
    /// <param name="unitId">The unit.</param>
    /// <param name="period">The period.</param>
    /// <param name="indicatorCode">The indicator.</param>
    /// <param name="asOf">The instant, or null for the latest.</param>
    /// <returns>The revision, or null when none was recorded by then.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unitId"/> or <paramref name="indicatorCode"/> is null.</exception>
    public Submission? Select(string unitId, ReportingPeriod period, string indicatorCode, Instant? asOf = null)
    {
        var revisions = Revisions(unitId, period, indicatorCode);
        for (int i = revisions.Count - 1; i >= 0; i--)
        {
            if (asOf is not Instant at || revisions[i].RecordedAt <= at)
            {
                return revisions[i];
            }
        }

        return null;
    }

    /// <summary>Every revision for a unit, period and indicator, oldest first.</summary>
    /// <param name="unitId">The unit.</param>
    /// <param name="period">The period.</param>
    /// <param name="indicatorCode">The indicator.</param>
    /// <returns>The revisions; empty when there are none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unitId"/> or <paramref name="indicatorCode"/> is null.</exception>
    public IReadOnlyList<Submission> Revisions(string unitId, ReportingPeriod period, string indicatorCode)
    {
        ArgumentNullException.ThrowIfNull(unitId);
        ArgumentNullException.ThrowIfNull(indicatorCode);
        return _revisions.GetValueOrDefault(new Key(unitId, period, indicatorCode)) ?? [];
    }

    /// <summary>
    /// The history of a unit's indicator: every revision for every period (or for <paramref name="period"/> only),
    /// ordered by period (end date, then start date, then kind) and, within a period, oldest first.
    /// </summary>
    /// <param name="unitId">The unit.</param>
    /// <param name="indicatorCode">The indicator.</param>
    /// <param name="period">Only this period, or null for all.</param>
    /// <returns>The revisions; empty when there are none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unitId"/> or <paramref name="indicatorCode"/> is null.</exception>
    public IReadOnlyList<Submission> History(string unitId, string indicatorCode, ReportingPeriod? period = null)
    {
        ArgumentNullException.ThrowIfNull(unitId);
        ArgumentNullException.ThrowIfNull(indicatorCode);
        return period is ReportingPeriod p
            ? Revisions(unitId, p, indicatorCode)
            : _histories.GetValueOrDefault((unitId, indicatorCode)) ?? [];
    }

    /// <summary>
    /// Checks every submission against <paramref name="framework"/>: unknown indicators, measurements of the wrong kind,
    /// negative counts, numerators beyond their denominators, figures out of range and revisions that clash. Paths index
    /// <see cref="Submissions"/> (canonical order).
    /// </summary>
    /// <param name="framework">The framework the submissions are for.</param>
    /// <returns>Every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="framework"/> is null.</exception>
    public IReadOnlyList<Problem> Validate(Framework framework)
    {
        ArgumentNullException.ThrowIfNull(framework);
        var bag = new ProblemBag();
        var paths = Enumerable.Range(0, Submissions.Count).Select(i => ProblemBag.Index("$.submissions", i)).ToArray();
        SubmissionChecks.Check(Submissions, paths, framework, bag);
        SubmissionChecks.CheckAdjustments(Adjustments, Enumerable.Range(0, Adjustments.Count).Select(i => ProblemBag.Index("$.adjustments", i)).ToArray(), framework, bag);
        return bag.Problems;
    }

    internal static int CanonicalOrder(Submission? a, Submission? b)
    {
        if (ReferenceEquals(a, b))
        {
            return 0;
        }

        if (a is null || b is null)
        {
            return a is null ? -1 : 1;
        }

        int c = string.CompareOrdinal(a.UnitId, b.UnitId);
        if (c == 0)
        {
            c = string.CompareOrdinal(a.IndicatorCode, b.IndicatorCode);
        }

        if (c == 0)
        {
            c = a.Period.CompareTo(b.Period);
        }

        if (c == 0)
        {
            c = a.RecordedAt.CompareTo(b.RecordedAt);
        }

        if (c == 0)
        {
            c = CompareValues(a.Measurement, b.Measurement);
        }

        if (c == 0)
        {
            c = string.CompareOrdinal(a.Note, b.Note);
        }

        if (c == 0)
        {
            c = string.CompareOrdinal(a.Evidence, b.Evidence);
        }

        if (c == 0)
        {
            c = Nullable.Compare(a.SelfAssessedPoints, b.SelfAssessedPoints);
        }

        return c != 0 ? c : Nullable.Compare(a.AppraisedPoints, b.AppraisedPoints);
    }

    private static int CompareValues(Measurement a, Measurement b)
    {
        int c = a.IsApplicable.CompareTo(b.IsApplicable);
        if (c == 0)
        {
            c = a.Kind.CompareTo(b.Kind);
        }

        if (c == 0)
        {
            c = a.Value.CompareTo(b.Value);
        }

        if (c == 0)
        {
            c = a.Numerator.CompareTo(b.Numerator);
        }

        if (c == 0)
        {
            c = a.Denominator.CompareTo(b.Denominator);
        }

        if (c == 0)
        {
            c = a.Excluded.CompareTo(b.Excluded);
        }

        return c != 0 ? c : Nullable.Compare(a.Count, b.Count);
    }

    private readonly record struct Key(string Unit, ReportingPeriod Period, string Indicator);
}
