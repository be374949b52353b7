using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Cchc.Scoring;

/// <summary>Which units a reporting status covers and what is known by when; every property is optional.</summary>
public sealed class ReportingStatusOptions
{
    /// <summary>The defaults: every declared unit (or, without a declared hierarchy, every unit that submitted), the latest revisions, no roll-up.</summary>
    public static ReportingStatusOptions Default { get; } = new();

    /// <summary>Only revisions recorded at or before this instant are known ("what did we know on the 20th"); null for every revision.</summary>
    public Instant? AsOf { get; init; }

    /// <summary>The units due, in any order; null for every declared unit (every unit that submitted when none is declared).</summary>
    public IReadOnlyList<string>? Units { get; init; }

    /// <summary>
    /// True when parents are scored as roll-ups of their units (<see cref="ScoringRequest.RollUpUnits"/>): a unit with
    /// units of its own then owes only the indicators whose unit roll-up is <see cref="UnitRollUpMethod.Own"/>; the rest
    /// come from its units. False (the default): every unit owes every indicator that applies to its kind.
    /// </summary>
    public bool RollUpUnits { get; init; }

    /// <summary>
    /// Which units a period is about when units come and go during it (<c>docs/reorganisation.md</c>): only a unit that
    /// exists then is due (<see cref="UnitHierarchy.IsDue"/>); a unit that ended or did not yet exist is not counted,
    /// not even as missing, and is listed in <see cref="ReportingStatus.UnitsNotDue"/>. The default,
    /// <see cref="UnitSelection.End"/>, takes the units that exist on the period's last day, as scoring does.
    /// </summary>
    public UnitSelection Selection { get; init; }
}

/// <summary>One unit's reporting for a period: every indicator it owes with its state, the counts and what is still owed.</summary>
public sealed class UnitReportingStatus
{
    internal UnitReportingStatus(string unitId, Unit? unit, IReadOnlyList<IndicatorReportingStatus> indicators)
    {
        UnitId = unitId;
        Unit = unit;
        Indicators = indicators;
        Counts = ReportingStateCounts.Of(indicators);
        Owed = indicators.Where(i => i.State == ReportingState.Missing).Select(i => i.IndicatorCode).ToArray();
        Late = indicators.Where(i => i.State is ReportingState.Late or ReportingState.RevisedAfterDeadline).ToArray();
        MaxWorkingDaysLate = indicators.Where(i => i.State is ReportingState.Late or ReportingState.RevisedAfterDeadline)
            .Select(i => i.WorkingDaysLate).Max();
    }

    /// <summary>The unit's identifier.</summary>
    public string UnitId { get; }

    /// <summary>The declared unit, or null when it is not declared.</summary>
    public Unit? Unit { get; }

    /// <summary>Every indicator the unit owes for the period, in framework order, each in exactly one state.</summary>
    public IReadOnlyList<IndicatorReportingStatus> Indicators { get; }

    /// <summary>How many indicators are in each state.</summary>
    public ReportingStateCounts Counts { get; }

    /// <summary>The codes of the indicators still owed (<see cref="ReportingState.Missing"/>), in framework order.</summary>
    public IReadOnlyList<string> Owed { get; }

    /// <summary>The indicators that came in late or were revised after the deadline, in framework order.</summary>
    public IReadOnlyList<IndicatorReportingStatus> Late { get; }

    /// <summary>The most working days late among <see cref="Late"/>, or null when nothing came in late.</summary>
    public int? MaxWorkingDaysLate { get; }

    /// <summary>True when nothing is owed.</summary>
    public bool IsComplete => Counts.Missing == 0;

    /// <summary>Finds an indicator's status.</summary>
    /// <param name="indicatorCode">The code.</param>
    /// <returns>The status, or null when the unit does not owe that indicator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicatorCode"/> is null.</exception>
    public IndicatorReportingStatus? Find(string indicatorCode)
    {
        ArgumentNullException.ThrowIfNull(indicatorCode);
        return Indicators.FirstOrDefault(i => string.Equals(i.IndicatorCode, indicatorCode, StringComparison.Ordinal));
    }

    /// <inheritdoc/>
    public override string ToString() => UnitId;
}

/// <summary>
/// Who has reported for a period, as known at an instant: for a framework, a period and the units due, each unit ×
/// indicator due is exactly one of on time, late (by how many working days, against the framework's
/// <see cref="SubmissionDeadline"/>), revised after the deadline, missing, or not applicable (<c>docs/status.md</c>).
/// Immutable; a pure function of its inputs (no clock: "now" is the as-of instant the caller gives).
/// </summary>
public sealed class ReportingStatus
{
    private ReportingStatus(Framework framework, ReportingPeriod period, Instant? asOf, IReadOnlyList<UnitReportingStatus> units, IReadOnlyList<UnitNotCounted> notDue)
    {
        UnitsNotDue = notDue;
        FrameworkId = framework.Id;
        FrameworkVersion = framework.Version;
        Period = period;
        AsOf = asOf;
        Deadline = framework.Deadline;
        DueDate = Deadline?.DueDate(period);
        LateFrom = Deadline?.LateFrom(period);
        Units = units;
        Counts = units.Aggregate(default(ReportingStateCounts), (sum, u) => sum + u.Counts);
    }

    /// <summary>The framework's identifier.</summary>
    public string FrameworkId { get; }

    /// <summary>The framework's version.</summary>
    public string FrameworkVersion { get; }

    /// <summary>The period reported on.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>The as-of instant, or null when every revision is known.</summary>
    public Instant? AsOf { get; }

    /// <summary>The framework's deadline rule, or null when it sets none (then nothing is late).</summary>
    public SubmissionDeadline? Deadline { get; }

    /// <summary>The last day on which figures for the period are on time, or null without a deadline.</summary>
    public LocalDate? DueDate { get; }

    /// <summary>The first instant at which a figure for the period is late, or null without a deadline.</summary>
    public Instant? LateFrom { get; }

    /// <summary>True when the as-of instant is given and at or past <see cref="LateFrom"/>: what is missing is overdue.</summary>
    public bool IsPastDeadline => AsOf is Instant at && LateFrom is Instant late && at >= late;

    /// <summary>Every unit due, ordered by identifier (ordinal).</summary>
    public IReadOnlyList<UnitReportingStatus> Units { get; }

    /// <summary>The counts over every unit.</summary>
    public ReportingStateCounts Counts { get; }

    /// <summary>
    /// The units declared (or asked for) that are not due for the period because they did not exist then under
    /// <see cref="ReportingStatusOptions.Selection"/> (ended by a merger, split, absorption or dissolution, or created
    /// later), ordered by identifier (ordinal), each with what became of it (<see cref="UnitNotCounted.Describe"/>); they
    /// owe nothing. Empty without unit validity.
    /// </summary>
    public IReadOnlyList<UnitNotCounted> UnitsNotDue { get; }

    /// <summary>True when nothing is owed by any unit.</summary>
    public bool IsComplete => Counts.Missing == 0;

    /// <summary>Finds a unit's status.</summary>
    /// <param name="unitId">The unit.</param>
    /// <returns>The status, or null when the unit is not among those due.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unitId"/> is null.</exception>
    public UnitReportingStatus? Find(string unitId)
    {
        ArgumentNullException.ThrowIfNull(unitId);
        return Units.FirstOrDefault(u => string.Equals(u.UnitId, unitId, StringComparison.Ordinal));
    }

    /// <summary>
    /// Computes who has reported what for <paramref name="period"/>. A figure counts when it is for the period itself,
    /// or when the period's named sub-periods (months, quarters, half-years) known by then cover every month of it; it
    /// came in when it was first complete. Revisions recorded after <see cref="ReportingStatusOptions.AsOf"/> are not seen.
    /// Only units that exist for the period are due (<see cref="UnitHierarchy.IsDue"/> with
    /// <see cref="ReportingStatusOptions.Selection"/>); the others are listed in <see cref="UnitsNotDue"/>. A unit with
    /// units of its own under <see cref="ReportingStatusOptions.RollUpUnits"/> is judged by its units of the period's
    /// last day.
    /// </summary>
    /// <param name="framework">The framework (indicators, applicability by kind of unit, deadline rule).</param>
    /// <param name="submissions">Every revision and the declared units.</param>
    /// <param name="period">The period, read with the framework's calendar.</param>
    /// <param name="options">The as-of instant, the units due and whether parents are rolled up; null for the defaults.</param>
    /// <returns>The status.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="framework"/> or <paramref name="submissions"/> is null, or a unit identifier in the options is null.</exception>
    public static ReportingStatus Compute(Framework framework, SubmissionSet submissions, ReportingPeriod period, ReportingStatusOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(submissions);
        options ??= ReportingStatusOptions.Default;
        IEnumerable<string> ids = options.Units ?? (submissions.Units.Units.Count > 0 ? submissions.Units.Units.Select(u => u.Id) : submissions.UnitIds);
        var candidates = ids.Select(id => id ?? throw new ArgumentNullException(nameof(options), "A unit identifier is null.")).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var unitIds = candidates.Where(id => submissions.Units.IsDue(id, period, options.Selection)).ToArray();
        UnitNotCounted[] notDue = unitIds.Length == candidates.Length ? []
            : candidates.Select(id => submissions.Units.NotDue(id, period, options.Selection)).OfType<UnitNotCounted>().ToArray();
        var tree = submissions.Units.AsOf(period.End); // who a parent's units are at the period's end, after moves and mergers
        var months = MonthsOf(framework.Calendar, period);
        var units = new UnitReportingStatus[unitIds.Length];
        for (int u = 0; u < unitIds.Length; u++)
        {
            string id = unitIds[u];
            var unit = submissions.Units.Find(id);
            bool isParent = options.RollUpUnits && unit is not null && (tree.Find(id) is null ? submissions.Units : tree).ChildrenOf(id).Count > 0;
            var createdBy = CreatedBy(submissions.Units, unit, period);
            var items = new List<IndicatorReportingStatus>();
            foreach (var indicator in framework.Indicators)
            {
                if (isParent && framework.AppliesTo(indicator, unit!.Kind) && framework.UnitRollUpOf(indicator) != UnitRollUpMethod.Own)
                {
                    continue; // its figure comes from its units
                }

                items.Add(framework.AppliesTo(indicator, unit?.Kind)
                    ? Of(submissions.History(id, indicator.Code), indicator.Code, period, months, framework.Deadline, options.AsOf, createdBy is null ? null : (createdBy.Date, createdBy.From.Select(from => submissions.History(from, indicator.Code)).ToArray()))
                    : new IndicatorReportingStatus(indicator.Code, ReportingState.NotApplicable, null, null, null));
            }

            units[u] = new UnitReportingStatus(id, unit, items);
        }

        return new ReportingStatus(framework, period, options.AsOf, units, notDue);
    }

    /// <summary>
    /// The merger or split that created <paramref name="unit"/> during the period (dated its first day, after the period's
    /// start), or null: the months before that day are its predecessors' to report, as scoring takes their figures for
    /// those days.
    /// </summary>
    private static LineageEvent? CreatedBy(UnitHierarchy units, Unit? unit, ReportingPeriod period) =>
        unit?.ValidFrom is LocalDate since && since > period.Start && since <= period.End
            ? units.PredecessorEvents(unit.Id).FirstOrDefault(e => e.Date == since && e.Kind is LineageEventKind.Merge or LineageEventKind.Split)
            : null;

    /// <summary>
    /// One unit × indicator: the revisions known by then of the period and its sub-periods decide the state. For a unit
    /// created during the period, a month before its first day is covered when every unit it was created from covered it.
    /// </summary>
    private static IndicatorReportingStatus Of(IReadOnlyList<Submission> history, string code, ReportingPeriod period, ReportingPeriod[] months, SubmissionDeadline? deadline, Instant? asOf, (LocalDate Since, IReadOnlyList<Submission>[] Histories)? predecessors)
    {
        Instant? firstWhole = null, last = null;
        Submission? latestWhole = null;
        var parts = new List<Submission>();
        foreach (var s in history)
        {
            if (asOf is Instant at && s.RecordedAt > at)
            {
                continue;
            }

            if (s.Period == period)
            {
                firstWhole = firstWhole is Instant f && f <= s.RecordedAt ? f : s.RecordedAt;
                latestWhole = latestWhole is null || s.RecordedAt >= latestWhole.RecordedAt ? s : latestWhole;
            }
            else if (months.Length > 0 && IsSubPeriod(s.Period, period))
            {
                parts.Add(s);
            }
            else
            {
                continue;
            }

            last = last is Instant l && l >= s.RecordedAt ? l : s.RecordedAt;
        }

        // The predecessors' sub-periods that lie wholly before the unit's first day, one list per predecessor.
        var credited = new List<List<Submission>>();
        if (predecessors is var (since, histories) && months.Length > 0)
        {
            foreach (var h in histories)
            {
                var theirs = h.Where(s => (asOf is not Instant at || s.RecordedAt <= at) && IsSubPeriod(s.Period, period) && s.Period.End < since).ToList();
                credited.Add(theirs);
                foreach (var s in theirs)
                {
                    last = last is Instant l && l >= s.RecordedAt ? l : s.RecordedAt;
                }
            }
        }

        var covered = Covered(parts, months, credited);
        if (credited.Count > 0)
        {
            parts.AddRange(credited.SelectMany(c => c)); // their figures count for "not applicable" as the unit's own do
        }
        Instant? submittedAt = (firstWhole, covered) switch
        {
            (Instant w, Instant c) => w <= c ? w : c,
            (Instant w, null) => w,
            (null, Instant c) => c,
            _ => null,
        };

        if (submittedAt is not Instant submitted)
        {
            int? overdue = deadline is not null && asOf is Instant now && deadline.IsLate(period, now) ? deadline.WorkingDaysLate(period, now) : null;
            return new IndicatorReportingStatus(code, ReportingState.Missing, null, last, overdue);
        }

        if (latestWhole is not null ? !latestWhole.Measurement.IsApplicable : LatestParts(parts).All(p => !p.Measurement.IsApplicable))
        {
            return new IndicatorReportingStatus(code, ReportingState.NotApplicable, submitted, last, null);
        }

        if (deadline is null || !deadline.IsLate(period, submitted))
        {
            return deadline is not null && last is Instant revised && deadline.IsLate(period, revised)
                ? new IndicatorReportingStatus(code, ReportingState.RevisedAfterDeadline, submitted, last, deadline.WorkingDaysLate(period, revised))
                : new IndicatorReportingStatus(code, ReportingState.OnTime, submitted, last, null);
        }

        return new IndicatorReportingStatus(code, ReportingState.Late, submitted, last, deadline.WorkingDaysLate(period, submitted));
    }

    /// <summary>
    /// The instant at which the sub-periods first covered every month (the latest of each month's first cover), or null.
    /// A month the unit did not cover itself is covered by its predecessors when each of them covered it
    /// (<paramref name="credited"/>: their sub-periods before the unit's first day), at the latest of their covers.
    /// </summary>
    private static Instant? Covered(List<Submission> parts, ReportingPeriod[] months, List<List<Submission>> credited)
    {
        if (parts.Count == 0 && credited.All(c => c.Count == 0))
        {
            return null;
        }

        Instant? complete = null;
        foreach (var month in months)
        {
            Instant? first = FirstCover(parts, month);
            if (credited.Count > 0)
            {
                Instant? theirs = null;
                foreach (var predecessor in credited)
                {
                    if (FirstCover(predecessor, month) is not Instant t)
                    {
                        theirs = null;
                        break;
                    }

                    theirs = theirs is Instant x && x >= t ? x : t;
                }

                first = (first, theirs) switch
                {
                    (Instant a, Instant b) => a <= b ? a : b,
                    (null, Instant b) => b,
                    _ => first,
                };
            }

            if (first is not Instant covered)
            {
                return null;
            }

            complete = complete is Instant c && c >= covered ? c : covered;
        }

        return complete;
    }

    /// <summary>The instant of the first revision among <paramref name="parts"/> that covers <paramref name="month"/>, or null.</summary>
    private static Instant? FirstCover(List<Submission> parts, ReportingPeriod month)
    {
        Instant? first = null;
        foreach (var part in parts)
        {
            if (part.Period.Contains(month) && (first is not Instant f || part.RecordedAt < f))
            {
                first = part.RecordedAt;
            }
        }

        return first;
    }

    /// <summary>The latest revision of each sub-period.</summary>
    private static IEnumerable<Submission> LatestParts(List<Submission> parts) =>
        parts.GroupBy(p => p.Period).Select(g => g.MaxBy(p => p.RecordedAt)!);

    /// <summary>True when <paramref name="p"/> is a named period shorter than <paramref name="period"/> and inside it.</summary>
    private static bool IsSubPeriod(ReportingPeriod p, ReportingPeriod period) =>
        p.Kind > period.Kind && p.Kind <= PeriodKind.Month && period.Contains(p);

    /// <summary>The months of a year, half-year or quarter under <paramref name="calendar"/>; none for a month or a custom range (they have no sub-periods).</summary>
    private static ReportingPeriod[] MonthsOf(ReportingCalendar calendar, ReportingPeriod period)
    {
        (int first, int count) = period.Kind switch
        {
            PeriodKind.Year => (1, 12),
            PeriodKind.HalfYear => ((period.Number * 6) - 5, 6),
            PeriodKind.Quarter => ((period.Number * 3) - 2, 3),
            _ => (0, 0),
        };
        return Enumerable.Range(first, count).Select(m => ReportingPeriod.ForMonth(period.Year, m, calendar)).ToArray();
    }
}
