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
    /// <summary>Every revision in canonical order; a unit's indicator is one contiguous run, by period then recorded-at.</summary>
    private readonly Submission[] _sorted;

    /// <summary>Where each (unit, indicator) run starts in <see cref="_sorted"/>: run g is [_start[g], _start[g + 1]).</summary>
    private readonly int[] _start;

    private readonly Dictionary<string, int> _unitRank;
    private readonly Dictionary<string, int> _codeRank;
    private readonly Adjustment[] _adjustments;

    /// <summary>Creates a set. Indexing is linear in the number of revisions: identifiers are ranked once, revisions are
    /// placed by a counting sort on (unit, indicator), and each unit's indicator is ordered by period and recorded-at.</summary>
    /// <param name="submissions">Every revision; order does not matter.</param>
    /// <param name="units">The declared units; an empty hierarchy when null.</param>
    /// <param name="adjustments">Bonus and deduction items; none when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="submissions"/> or one of its items, or an adjustment, is null.</exception>
    public SubmissionSet(IEnumerable<Submission> submissions, UnitHierarchy? units = null, IEnumerable<Adjustment>? adjustments = null)
    {
        ArgumentNullException.ThrowIfNull(submissions);
        var all = submissions as Submission[] ?? submissions.ToArray();
        Units = units ?? UnitHierarchy.Empty;

        // Rank the identifiers (ordinal), remembering the last one seen: input usually comes grouped by unit.
        var unitIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var codeIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var keys = new int[all.Length * 2];
        string? lastUnit = null, lastCode = null;
        int u = -1, c = -1;
        bool assessments = false;
        for (int i = 0; i < all.Length; i++)
        {
            var s = all[i];
            ArgumentNullException.ThrowIfNull(s, nameof(submissions));
            if (!ReferenceEquals(s.UnitId, lastUnit))
            {
                lastUnit = s.UnitId;
                if (!unitIndex.TryGetValue(lastUnit, out u))
                {
                    u = unitIndex.Count;
                    unitIndex.Add(lastUnit, u);
                }
            }

            if (!ReferenceEquals(s.IndicatorCode, lastCode))
            {
                lastCode = s.IndicatorCode;
                if (!codeIndex.TryGetValue(lastCode, out c))
                {
                    c = codeIndex.Count;
                    codeIndex.Add(lastCode, c);
                }
            }

            keys[2 * i] = u;
            keys[(2 * i) + 1] = c;
            assessments |= s.SelfAssessedPoints is not null || s.AppraisedPoints is not null;
        }

        _unitRank = Ranks(unitIndex, out var unitRanks);
        _codeRank = Ranks(codeIndex, out var codeRanks);
        long groups = (long)_unitRank.Count * _codeRank.Count;
        if (groups > int.MaxValue - 1)
        {
            throw new ArgumentException("Too many units × indicators (" + groups.ToString(System.Globalization.CultureInfo.InvariantCulture) + ") to index.", nameof(submissions));
        }

        // Counting sort on (unit rank, indicator rank).
        _start = new int[groups + 1];
        var group = new int[all.Length];
        for (int i = 0; i < all.Length; i++)
        {
            group[i] = (unitRanks[keys[2 * i]] * _codeRank.Count) + codeRanks[keys[(2 * i) + 1]];
            _start[group[i] + 1]++;
        }

        for (int g = 0; g < groups; g++)
        {
            _start[g + 1] += _start[g];
        }

        _sorted = new Submission[all.Length];
        var next = new int[groups];
        for (int i = 0; i < all.Length; i++)
        {
            _sorted[_start[group[i]] + next[group[i]]++] = all[i];
        }

        // Within a run: period, recorded-at, then the values (a fixed order for revisions recorded at the same instant).
        for (int g = 0; g < groups; g++)
        {
            int from = _start[g], count = _start[g + 1] - from;
            if (count > 32)
            {
                Array.Sort(_sorted, from, count, Comparer<Submission>.Create(CanonicalOrder));
                continue;
            }

            for (int i = from + 1; i < from + count; i++)
            {
                var item = _sorted[i];
                int j = i - 1;
                while (j >= from && CanonicalOrder(_sorted[j], item) > 0)
                {
                    _sorted[j + 1] = _sorted[j];
                    j--;
                }

                _sorted[j + 1] = item;
            }
        }

        Submissions = _sorted;
        HasAssessments = assessments;
        var ids = new HashSet<string>(_unitRank.Keys, StringComparer.Ordinal);
        foreach (var unit in Units.Units)
        {
            ids.Add(unit.Id);
        }

        var unitIds = ids.ToArray();
        Array.Sort(unitIds, StringComparer.Ordinal);
        UnitIds = unitIds;
        var items = adjustments?.ToArray() ?? [];
        foreach (var item in items)
        {
            ArgumentNullException.ThrowIfNull(item, nameof(adjustments));
        }

        Array.Sort(items, Adjustment.CanonicalOrder);
        _adjustments = items;
        Adjustments = items;
    }

    /// <summary>Ranks identifiers in ordinal order: the identifier's rank, and for each first-seen index its rank.</summary>
    private static Dictionary<string, int> Ranks(Dictionary<string, int> firstSeen, out int[] rankOfIndex)
    {
        var ids = firstSeen.Keys.ToArray();
        Array.Sort(ids, StringComparer.Ordinal);
        var ranks = new Dictionary<string, int>(ids.Length, StringComparer.Ordinal);
        rankOfIndex = new int[ids.Length];
        for (int r = 0; r < ids.Length; r++)
        {
            ranks.Add(ids[r], r);
            rankOfIndex[firstSeen[ids[r]]] = r;
        }

        return ranks;
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
        ArgumentNullException.ThrowIfNull(unitId);
        ArgumentNullException.ThrowIfNull(indicatorCode);
        var history = HistoryOf(unitId, indicatorCode);
        for (int i = history.Length - 1; i >= 0; i--)
        {
            if (history[i].Period == period && (asOf is not Instant at || history[i].RecordedAt <= at))
            {
                return history[i];
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
        var (from, count) = Run(unitId, indicatorCode);
        int first = -1, n = 0;
        for (int i = from; i < from + count; i++)
        {
            if (_sorted[i].Period == period)
            {
                first = first < 0 ? i : first;
                n++;
            }
        }

        return n == 0 ? Array.Empty<Submission>() : new ArraySegment<Submission>(_sorted, first, n);
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
        if (period is ReportingPeriod p)
        {
            return Revisions(unitId, p, indicatorCode);
        }

        var (from, count) = Run(unitId, indicatorCode);
        return count == 0 ? Array.Empty<Submission>() : new ArraySegment<Submission>(_sorted, from, count);
    }

    /// <summary>Every revision of a unit's indicator, ordered by period and, within a period, oldest first (no copy).</summary>
    internal ReadOnlySpan<Submission> HistoryOf(string unitId, string indicatorCode)
    {
        var (from, count) = Run(unitId, indicatorCode);
        return new ReadOnlySpan<Submission>(_sorted, from, count);
    }

    /// <summary>True when the unit is declared or has submitted.</summary>
    internal bool HasUnit(string unitId) => _unitRank.ContainsKey(unitId) || Units.Find(unitId) is not null;

    /// <summary>A unit's adjustments, in canonical order (no copy).</summary>
    internal ReadOnlySpan<Adjustment> AdjustmentsOf(string unitId)
    {
        int lo = 0, hi = _adjustments.Length;
        while (lo < hi)
        {
            int mid = lo + ((hi - lo) / 2);
            if (string.CompareOrdinal(_adjustments[mid].UnitId, unitId) < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        int end = lo;
        while (end < _adjustments.Length && string.Equals(_adjustments[end].UnitId, unitId, StringComparison.Ordinal))
        {
            end++;
        }

        return new ReadOnlySpan<Adjustment>(_adjustments, lo, end - lo);
    }

    private (int From, int Count) Run(string unitId, string indicatorCode)
    {
        if (!_unitRank.TryGetValue(unitId, out int u) || !_codeRank.TryGetValue(indicatorCode, out int c))
        {
            return (0, 0);
        }

        int g = (u * _codeRank.Count) + c;
        return (_start[g], _start[g + 1] - _start[g]);
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

}
