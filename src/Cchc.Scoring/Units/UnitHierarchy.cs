using System;
using System.Collections.Generic;
using System.Linq;
using Cchc.Scoring;
using NodaTime;
using NodaTime.Text;

namespace Cchc.Scoring;

/// <summary>
/// Units, who reports to whom, and how the organisation changed (<see cref="Lineage"/>). Built only from a consistent
/// set: unique ids, known parents, no cycles, and a possible history (every unit ended at most once, every event
/// within the validity of the units it names, split shares summing to 1). Without validity intervals and lineage
/// events every unit exists always and the hierarchy is the same on every day.
/// </summary>
public sealed class UnitHierarchy
{
    private readonly Dictionary<string, Unit> _byId;
    private readonly Dictionary<string, Unit[]> _children;
    private readonly Dictionary<string, LineageEvent>? _endedBy;
    private readonly Dictionary<string, LineageEvent[]>? _takenOver;

    private UnitHierarchy(Unit[] units, LineageEvent[] lineage)
    {
        Units = units;
        Lineage = lineage;
        _byId = units.ToDictionary(u => u.Id, StringComparer.Ordinal);
        _children = units.Where(u => u.ParentId is not null)
            .GroupBy(u => u.ParentId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(u => u.Id, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        HasLineage = lineage.Length > 0 || units.Any(u => u.HasValidity);
        if (lineage.Length > 0)
        {
            _endedBy = new Dictionary<string, LineageEvent>(StringComparer.Ordinal);
            var takenOver = new Dictionary<string, List<LineageEvent>>(StringComparer.Ordinal);
            foreach (var e in lineage)
            {
                if (e.EndsUnits)
                {
                    foreach (string id in e.From)
                    {
                        _endedBy.TryAdd(id, e);
                    }
                }

                if (e.PassesFigures)
                {
                    foreach (string id in e.Into)
                    {
                        (takenOver.TryGetValue(id, out var list) ? list : takenOver[id] = []).Add(e);
                    }
                }
            }

            _takenOver = takenOver.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        }
    }

    /// <summary>An empty hierarchy.</summary>
    public static UnitHierarchy Empty { get; } = new([], []);

    /// <summary>Every unit that ever existed, ordered by identifier (ordinal), each with its name and parent at its start.</summary>
    public IReadOnlyList<Unit> Units { get; }

    /// <summary>The lineage events, by effective date (events of the same date in the order given).</summary>
    public IReadOnlyList<LineageEvent> Lineage { get; }

    /// <summary>True when a unit declares a validity interval or a lineage event is declared: the hierarchy depends on the day.</summary>
    public bool HasLineage { get; }

    /// <summary>Builds a hierarchy, reporting every duplicate id, unknown parent and cycle.</summary>
    /// <param name="units">The units.</param>
    /// <returns>The hierarchy, or the problems.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="units"/> or one of its items is null.</exception>
    public static ValidationResult<UnitHierarchy> Create(IEnumerable<Unit> units) => Create(units, []);

    /// <summary>
    /// Builds a hierarchy with its lineage, reporting every problem: duplicate ids, unknown units, cycles, and every
    /// impossible history (a unit ended twice, an event outside a unit's validity, units that are their own
    /// predecessors, split shares that do not sum to 1), each at its path (<c>$.units[i]</c>, <c>$.lineage[i]</c>).
    /// </summary>
    /// <param name="units">The units.</param>
    /// <param name="lineage">The lineage events, in any order.</param>
    /// <returns>The hierarchy, or the problems.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="units"/>, <paramref name="lineage"/> or one of their items is null.</exception>
    public static ValidationResult<UnitHierarchy> Create(IEnumerable<Unit> units, IEnumerable<LineageEvent> lineage)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(lineage);
        var list = units.ToArray();
        var events = lineage.ToArray();
        var bag = new ProblemBag();
        Check(list, bag, "$.units");
        CheckLineage(list, events, bag, "$.units", "$.lineage");
        return bag.HasErrors
            ? new ValidationResult<UnitHierarchy>(null, bag.Problems)
            : new ValidationResult<UnitHierarchy>(new UnitHierarchy(list.OrderBy(u => u.Id, StringComparer.Ordinal).ToArray(), Order(events)), bag.Problems);
    }

    /// <summary>A hierarchy from units and events already checked (by a reader that reported their problems at its own paths).</summary>
    internal static UnitHierarchy Build(IEnumerable<Unit> units, IEnumerable<LineageEvent> lineage) =>
        new(units.OrderBy(u => u.Id, StringComparer.Ordinal).ToArray(), Order(lineage.ToArray()));

    /// <summary>Finds a unit.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The unit, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public Unit? Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _byId.GetValueOrDefault(id);
    }

    /// <summary>The units that report directly to <paramref name="id"/>, ordered by identifier.</summary>
    /// <param name="id">The parent's identifier.</param>
    /// <returns>The children.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public IReadOnlyList<Unit> ChildrenOf(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _children.GetValueOrDefault(id) ?? [];
    }

    /// <summary>
    /// The hierarchy as it was on <paramref name="date"/>: the units that existed that day, each with the name and the
    /// parent it had then (renames and moves applied). The lineage is kept. Without lineage it is this hierarchy.
    /// </summary>
    /// <param name="date">The day.</param>
    /// <returns>The hierarchy of that day.</returns>
    public UnitHierarchy AsOf(LocalDate date)
    {
        if (!HasLineage)
        {
            return this;
        }

        var alive = new List<Unit>(Units.Count);
        foreach (var unit in Units)
        {
            if (unit.IsAliveOn(date))
            {
                alive.Add(On(unit, date));
            }
        }

        return new UnitHierarchy([.. alive], (LineageEvent[])Lineage);
    }

    /// <summary>The unit as it was on <paramref name="date"/> (its name and parent then), or null when it did not exist that day or is not declared.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="date">The day.</param>
    /// <returns>The unit, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public Unit? FindOn(string id, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _byId.GetValueOrDefault(id) is Unit unit && unit.IsAliveOn(date) ? On(unit, date) : null;
    }

    /// <summary>
    /// True when <paramref name="unitId"/> is due to report for <paramref name="period"/>: it exists on the period's
    /// last day (<see cref="UnitSelection.End"/>, the default), first day (<see cref="UnitSelection.Start"/>), or on
    /// any day of it (<see cref="UnitSelection.Alive"/>). A unit that is not declared is due (nothing says it ended).
    /// Reporting status and forms use this to ask only units that exist for figures.
    /// </summary>
    /// <param name="unitId">The unit.</param>
    /// <param name="period">The period.</param>
    /// <param name="selection">Which units a period is about.</param>
    /// <returns>True when the unit is due.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unitId"/> is null.</exception>
    public bool IsDue(string unitId, ReportingPeriod period, UnitSelection selection = UnitSelection.End)
    {
        ArgumentNullException.ThrowIfNull(unitId);
        return _byId.GetValueOrDefault(unitId) is not Unit unit || Selected(unit, period, selection);
    }

    /// <summary>
    /// Why <paramref name="unitId"/> is not due for <paramref name="period"/> (<see cref="IsDue"/>): the unit with the
    /// event that ended or created it (<see cref="UnitNotCounted.Describe"/>: "merged into C on 2025-07-01"); null when
    /// it is due or not declared.
    /// </summary>
    /// <param name="unitId">The unit.</param>
    /// <param name="period">The period.</param>
    /// <param name="selection">Which units a period is about.</param>
    /// <returns>What became of the unit, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unitId"/> is null.</exception>
    public UnitNotCounted? NotDue(string unitId, ReportingPeriod period, UnitSelection selection = UnitSelection.End)
    {
        ArgumentNullException.ThrowIfNull(unitId);
        return _byId.GetValueOrDefault(unitId) is Unit unit && !Selected(unit, period, selection) ? new UnitNotCounted(unit, this, period) : null;
    }

    /// <summary>The declared units due to report for <paramref name="period"/> (see <see cref="IsDue"/>), ordered by identifier, each as it was on the period's last day it existed in it.</summary>
    /// <param name="period">The period.</param>
    /// <param name="selection">Which units a period is about.</param>
    /// <returns>The units.</returns>
    public IReadOnlyList<Unit> DueFor(ReportingPeriod period, UnitSelection selection = UnitSelection.End)
    {
        var due = new List<Unit>();
        foreach (var unit in Units)
        {
            if (Selected(unit, period, selection))
            {
                due.Add(On(unit, unit.AliveWithin(period.Start, period.End)!.End));
            }
        }

        return due;
    }

    /// <summary>The event that ended <paramref name="unitId"/> (a merge, split, absorb or dissolve), or null while it exists or when nothing is recorded.</summary>
    /// <param name="unitId">The unit.</param>
    /// <returns>The event, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unitId"/> is null.</exception>
    public LineageEvent? EndedBy(string unitId)
    {
        ArgumentNullException.ThrowIfNull(unitId);
        return _endedBy?.GetValueOrDefault(unitId);
    }

    /// <summary>The events by which <paramref name="unitId"/> took over other units' figures (merges and splits that created it, absorptions into it), by date.</summary>
    /// <param name="unitId">The unit.</param>
    /// <returns>The events; empty when it has no predecessors.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unitId"/> is null.</exception>
    public IReadOnlyList<LineageEvent> PredecessorEvents(string unitId)
    {
        ArgumentNullException.ThrowIfNull(unitId);
        return _takenOver?.GetValueOrDefault(unitId) ?? [];
    }

    /// <summary>
    /// The lineage events on <paramref name="unitId"/>'s line, by date: every event that names it, and, through the
    /// merges, splits and absorptions that passed figures to it, every event of its predecessors.
    /// </summary>
    /// <param name="unitId">The unit.</param>
    /// <returns>The events; empty when it has no history.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unitId"/> is null.</exception>
    public IReadOnlyList<LineageEvent> HistoryOf(string unitId)
    {
        ArgumentNullException.ThrowIfNull(unitId);
        if (Lineage.Count == 0)
        {
            return [];
        }

        var line = new HashSet<string>(StringComparer.Ordinal) { unitId };
        var queue = new Queue<string>([unitId]);
        while (queue.Count > 0)
        {
            foreach (var e in PredecessorEvents(queue.Dequeue()))
            {
                foreach (string source in e.From)
                {
                    if (line.Add(source))
                    {
                        queue.Enqueue(source);
                    }
                }
            }
        }

        return Lineage.Where(e => e.From.Any(line.Contains) || e.Into.Any(line.Contains)).ToArray();
    }

    /// <summary>The children of <paramref name="id"/> on <paramref name="date"/>: the units existing that day whose parent then was <paramref name="id"/>.</summary>
    internal IReadOnlyList<Unit> ChildrenOn(string id, LocalDate date)
    {
        if (!HasLineage)
        {
            return ChildrenOf(id);
        }

        var list = new List<Unit>();
        foreach (var unit in Units)
        {
            if (unit.IsAliveOn(date) && string.Equals(ParentOn(unit, date), id, StringComparison.Ordinal))
            {
                list.Add(unit);
            }
        }

        return list;
    }

    /// <summary>True when the period is about <paramref name="unit"/> under <paramref name="selection"/>.</summary>
    internal static bool Selected(Unit unit, ReportingPeriod period, UnitSelection selection) => selection switch
    {
        UnitSelection.Start => unit.IsAliveOn(period.Start),
        UnitSelection.Alive => unit.IsAliveDuring(period.Start, period.End),
        _ => unit.IsAliveOn(period.End),
    };

    private Unit On(Unit unit, LocalDate date)
    {
        if (Lineage.Count == 0)
        {
            return unit;
        }

        var name = unit.Name;
        foreach (var e in Lineage)
        {
            if (e.Date > date)
            {
                break;
            }

            if (e.Kind == LineageEventKind.Rename && string.Equals(e.From[0], unit.Id, StringComparison.Ordinal))
            {
                name = e.Name!;
            }
        }

        return unit.With(name, ParentOn(unit, date));
    }

    private string? ParentOn(Unit unit, LocalDate date)
    {
        string? parent = unit.ParentId;
        foreach (var e in Lineage)
        {
            if (e.Date > date)
            {
                break;
            }

            if (e.Kind == LineageEventKind.Move && string.Equals(e.From[0], unit.Id, StringComparison.Ordinal))
            {
                parent = e.ParentId;
            }
        }

        return parent;
    }

    private static LineageEvent[] Order(LineageEvent[] events) =>
        events.Select((e, i) => (e, i)).OrderBy(p => p.e.Date).ThenBy(p => p.i).Select(p => p.e).ToArray();

    internal static void Check(IReadOnlyList<Unit> units, ProblemBag bag, string path)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < units.Count; i++)
        {
            ArgumentNullException.ThrowIfNull(units[i], nameof(units));
            if (!seen.TryAdd(units[i].Id, i))
            {
                bag.Error(ProblemCodes.Duplicate, ProblemBag.Index(path, i) + ".id", "Unit '" + units[i].Id + "' is declared twice.");
            }
        }

        for (int i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            if (unit.ParentId is not null && !seen.ContainsKey(unit.ParentId))
            {
                bag.Error(ProblemCodes.UnknownUnit, ProblemBag.Index(path, i) + ".parent", "Unit '" + unit.Id + "' reports to '" + unit.ParentId + "', which is not declared.");
            }
        }

        var parent = units.GroupBy(u => u.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().ParentId, StringComparer.Ordinal);
        for (int i = 0; i < units.Count; i++)
        {
            var visited = new HashSet<string>(StringComparer.Ordinal) { units[i].Id };
            for (string? p = units[i].ParentId; p is not null && parent.TryGetValue(p, out var next); p = next)
            {
                if (!visited.Add(p))
                {
                    bag.Error(ProblemCodes.UnitCycle, ProblemBag.Index(path, i) + ".parent", "Unit '" + units[i].Id + "' is part of a reporting cycle.");
                    break;
                }
            }
        }
    }

    /// <summary>
    /// Checks a history: every unit an event names is declared; a unit is ended by one event at most and created by
    /// one at most; a unit an event ends exists until the day before it (its <c>to</c> is that day), a unit a merge or
    /// split creates starts on it (its <c>from</c> is that day), an absorbing, renamed or moved unit exists on both
    /// sides of it; a unit's parent exists while it reports to it; no unit is its own predecessor; split shares give
    /// each new unit a share from 0 to 1 and sum to 1.
    /// </summary>
    internal static void CheckLineage(IReadOnlyList<Unit> units, IReadOnlyList<LineageEvent> events, ProblemBag bag, string unitsPath, string path, IReadOnlyList<string>? eventPaths = null)
    {
        if (events.Count == 0 && !units.Any(u => u.HasValidity))
        {
            return;
        }

        var byId = new Dictionary<string, (Unit Unit, int Index)>(StringComparer.Ordinal);
        for (int i = 0; i < units.Count; i++)
        {
            byId.TryAdd(units[i].Id, (units[i], i));
        }

        var endedAt = new Dictionary<string, string>(StringComparer.Ordinal);
        var createdAt = new Dictionary<string, string>(StringComparer.Ordinal);
        var successors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        for (int i = 0; i < events.Count; i++)
        {
            var e = events[i];
            ArgumentNullException.ThrowIfNull(e, nameof(events));
            string at = eventPaths?[i] ?? ProblemBag.Index(path, i);
            string kind = LineageEvent.NameOf(e.Kind);
            string date = LocalDatePattern.Iso.Format(e.Date);
            string before = LocalDatePattern.Iso.Format(e.Date.PlusDays(-1));
            bool single = e.Kind is LineageEventKind.Rename or LineageEventKind.Move or LineageEventKind.Dissolve;
            for (int j = 0; j < e.From.Count; j++)
            {
                string id = e.From[j];
                string where = single ? at + ".unit" : ProblemBag.Index(at + ".from", j);
                if (!byId.TryGetValue(id, out var found))
                {
                    bag.Error(ProblemCodes.UnknownUnit, where, "The " + kind + " of " + date + " names unit '" + id + "', which is not declared in 'units'.");
                    continue;
                }

                var unit = found.Unit;
                if (e.EndsUnits)
                {
                    if (!endedAt.TryAdd(id, at))
                    {
                        bag.Error(ProblemCodes.LineageConflict, where, "Unit '" + id + "' is ended twice: by the event at " + endedAt[id] + " and by this " + kind + " of " + date + ".");
                    }

                    if (unit.ValidTo != e.Date.PlusDays(-1))
                    {
                        bag.Error(ProblemCodes.LineageOutsideValidity, where, "Unit '" + id + "' ends with the " + kind + " of " + date + ", so it exists until " + before + (unit.ValidTo is LocalDate to ? ", but its validity ends on " + LocalDatePattern.Iso.Format(to) : ", but its validity has no end") + ". Hint: give the unit \"to\": \"" + before + "\".");
                    }
                    else if (unit.ValidFrom is LocalDate from && from >= e.Date)
                    {
                        bag.Error(ProblemCodes.LineageOutsideValidity, where, "Unit '" + id + "' ends with the " + kind + " of " + date + " but only starts on " + LocalDatePattern.Iso.Format(from) + ".");
                    }
                }
                else if (!unit.IsAliveOn(e.Date) || !unit.IsAliveOn(e.Date.PlusDays(-1)))
                {
                    bag.Error(ProblemCodes.LineageOutsideValidity, where, "The " + kind + " of unit '" + id + "' on " + date + " falls outside its validity (" + Validity(unit) + "): it must exist on " + before + " and on " + date + ".");
                }
            }

            for (int j = 0; j < e.Into.Count; j++)
            {
                string id = e.Into[j];
                string where = ProblemBag.Index(at + ".into", j);
                if (!byId.TryGetValue(id, out var found))
                {
                    bag.Error(ProblemCodes.UnknownUnit, where, "The " + kind + " of " + date + " names unit '" + id + "', which is not declared in 'units'.");
                    continue;
                }

                foreach (string source in e.From)
                {
                    (successors.TryGetValue(source, out var list) ? list : successors[source] = []).Add(id);
                }

                var unit = found.Unit;
                if (e.Kind == LineageEventKind.Absorb)
                {
                    if (!unit.IsAliveOn(e.Date) || !unit.IsAliveOn(e.Date.PlusDays(-1)))
                    {
                        bag.Error(ProblemCodes.LineageOutsideValidity, where, "Unit '" + id + "' absorbs a unit on " + date + " but does not exist on both " + before + " and " + date + " (" + Validity(unit) + ").");
                    }

                    continue;
                }

                if (!createdAt.TryAdd(id, at))
                {
                    bag.Error(ProblemCodes.LineageConflict, where, "Unit '" + id + "' is created twice: by the event at " + createdAt[id] + " and by this " + kind + " of " + date + ".");
                }

                if (unit.ValidFrom != e.Date)
                {
                    bag.Error(ProblemCodes.LineageOutsideValidity, where, "Unit '" + id + "' is created by the " + kind + " of " + date + ", so it exists from that day" + (unit.ValidFrom is LocalDate from ? ", but its validity starts on " + LocalDatePattern.Iso.Format(from) : ", but its validity has no start") + ". Hint: give the unit \"from\": \"" + date + "\".");
                }
            }

            if (e.Kind == LineageEventKind.Move && e.ParentId is string parent && !byId.ContainsKey(parent))
            {
                bag.Error(ProblemCodes.UnknownUnit, at + ".parent", "The move of " + date + " names parent '" + parent + "', which is not declared in 'units'.");
            }

            if (e.Kind == LineageEventKind.Split)
            {
                CheckShares(e, bag, at);
            }
        }

        CheckParents(units, events, byId, bag, unitsPath, i => eventPaths?[i] ?? ProblemBag.Index(path, i));
        CheckPredecessorCycles(successors, byId, bag, unitsPath);
    }

    private static string Validity(Unit unit) =>
        (unit.ValidFrom is LocalDate from ? "from " + LocalDatePattern.Iso.Format(from) : "from always") + " " + (unit.ValidTo is LocalDate to ? "to " + LocalDatePattern.Iso.Format(to) : "with no end");

    private static void CheckShares(LineageEvent e, ProblemBag bag, string at)
    {
        var shares = e.Shares!;
        if (shares.Default is { } byDefault)
        {
            CheckShareSet(e, byDefault, bag, at + ".shares[\"*\"]", "the default shares");
        }

        foreach (var (code, set) in shares.ByIndicator)
        {
            if (set is not null)
            {
                CheckShareSet(e, set, bag, at + ".shares[\"" + code + "\"]", "the shares of '" + code + "'");
            }
        }
    }

    private static void CheckShareSet(LineageEvent e, IReadOnlyDictionary<string, decimal> shares, ProblemBag bag, string at, string what)
    {
        decimal sum = 0;
        foreach (var (unit, share) in shares)
        {
            if (!e.Into.Contains(unit, StringComparer.Ordinal))
            {
                bag.Error(ProblemCodes.LineageInvalidShares, at + "[\"" + unit + "\"]", "In " + what + " of the split of '" + e.From[0] + "', unit '" + unit + "' is not one of the new units (" + string.Join(", ", e.Into) + ").");
            }

            if (share < 0 || share > 1)
            {
                bag.Error(ProblemCodes.LineageInvalidShares, at + "[\"" + unit + "\"]", "In " + what + " of the split of '" + e.From[0] + "', the share of '" + unit + "' is " + Num.Format(share) + "; a share lies from 0 to 1.");
            }

            sum += share;
        }

        foreach (string unit in e.Into)
        {
            if (!shares.ContainsKey(unit))
            {
                bag.Error(ProblemCodes.LineageInvalidShares, at, "In " + what + " of the split of '" + e.From[0] + "', new unit '" + unit + "' has no share; give every new unit a share (0 for none).");
            }
        }

        if (sum != 1)
        {
            bag.Error(ProblemCodes.LineageInvalidShares, at, "In " + what + " of the split of '" + e.From[0] + "', the shares sum to " + Num.Format(sum) + ", not 1: a split divides every figure whole.");
        }
    }

    /// <summary>Every unit's parent exists for every day the unit reports to it (its declared parent until its first move, then each move's parent), and no move makes a cycle.</summary>
    private static void CheckParents(IReadOnlyList<Unit> units, IReadOnlyList<LineageEvent> events, Dictionary<string, (Unit Unit, int Index)> byId, ProblemBag bag, string unitsPath, Func<int, string> path)
    {
        var moves = events.Select((e, i) => (e, i)).Where(p => p.e.Kind == LineageEventKind.Move && p.e.From.Count == 1)
            .OrderBy(p => p.e.Date).ThenBy(p => p.i).ToArray();
        for (int i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            if (byId[unit.Id].Index != i)
            {
                continue;
            }

            // Stretches of the unit's life with one parent: [start, end] and where the parent was set.
            LocalDate? start = unit.ValidFrom;
            string? parent = unit.ParentId;
            string where = ProblemBag.Index(unitsPath, i) + ".parent";
            foreach (var (move, index) in moves)
            {
                if (!string.Equals(move.From[0], unit.Id, StringComparison.Ordinal))
                {
                    continue;
                }

                CheckStretch(unit, parent, start, move.Date.PlusDays(-1), byId, bag, where);
                (start, parent, where) = (move.Date, move.ParentId, path(index) + ".parent");
            }

            CheckStretch(unit, parent, start, unit.ValidTo, byId, bag, where);
        }

        foreach (var (move, index) in moves)
        {
            // The tree on the day of the move: parents as moved until then.
            var parentOn = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var (unit, _) in byId.Values)
            {
                if (unit.IsAliveOn(move.Date))
                {
                    parentOn[unit.Id] = unit.ParentId;
                }
            }

            foreach (var (other, _) in moves)
            {
                if (other.Date <= move.Date && parentOn.ContainsKey(other.From[0]))
                {
                    parentOn[other.From[0]] = other.ParentId;
                }
            }

            var visited = new HashSet<string>(StringComparer.Ordinal) { move.From[0] };
            for (string? p = move.ParentId; p is not null && parentOn.TryGetValue(p, out var next); p = next)
            {
                if (!visited.Add(p))
                {
                    bag.Error(ProblemCodes.UnitCycle, path(index) + ".parent", "The move of '" + move.From[0] + "' to '" + move.ParentId + "' on " + LocalDatePattern.Iso.Format(move.Date) + " makes a reporting cycle.");
                    break;
                }
            }
        }
    }

    private static void CheckStretch(Unit unit, string? parent, LocalDate? start, LocalDate? end, Dictionary<string, (Unit Unit, int Index)> byId, ProblemBag bag, string where)
    {
        if (parent is null || !byId.TryGetValue(parent, out var found) || (start is LocalDate s && end is LocalDate e && e < s))
        {
            return;
        }

        var p = found.Unit;
        bool startsInTime = p.ValidFrom is not LocalDate pf || (start is LocalDate s2 && s2 >= pf);
        bool endsInTime = p.ValidTo is not LocalDate pt || (end is LocalDate e2 && e2 <= pt);
        if (!startsInTime || !endsInTime)
        {
            string from = start is LocalDate a ? LocalDatePattern.Iso.Format(a) : "always";
            string to = end is LocalDate b ? LocalDatePattern.Iso.Format(b) : "no end";
            bag.Error(ProblemCodes.LineageOutsideValidity, where, "Unit '" + unit.Id + "' reports to '" + parent + "' from " + from + " to " + to + ", but '" + parent + "' exists only " + Validity(p) + ". Hint: move the unit (a \"move\" event) when its parent ends.");
        }
    }

    private static void CheckPredecessorCycles(Dictionary<string, List<string>> successors, Dictionary<string, (Unit Unit, int Index)> byId, ProblemBag bag, string unitsPath)
    {
        // Depth-first search over "is succeeded by"; a unit met again on its own path is its own predecessor.
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string root in successors.Keys.Order(StringComparer.Ordinal))
        {
            if (state.ContainsKey(root))
            {
                continue;
            }

            var stack = new Stack<(string Id, int Next)>();
            stack.Push((root, 0));
            state[root] = 1;
            while (stack.Count > 0)
            {
                var (id, next) = stack.Pop();
                var list = successors.GetValueOrDefault(id);
                if (list is null || next >= list.Count)
                {
                    state[id] = 2;
                    continue;
                }

                stack.Push((id, next + 1));
                string child = list[next];
                if (!state.TryGetValue(child, out int s))
                {
                    state[child] = 1;
                    stack.Push((child, 0));
                }
                else if (s == 1)
                {
                    string where = byId.TryGetValue(child, out var found) ? ProblemBag.Index(unitsPath, found.Index) : unitsPath;
                    bag.Error(ProblemCodes.LineageCycle, where, "Unit '" + child + "' is its own predecessor through the lineage events (" + string.Join(" → ", stack.Select(p => p.Id).Reverse()) + " → " + child + ").");
                }
            }
        }
    }
}
