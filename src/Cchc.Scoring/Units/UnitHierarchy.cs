using System;
using System.Collections.Generic;
using System.Linq;
using Cchc.Scoring;

namespace Cchc.Scoring;

/// <summary>Units and who reports to whom. Built only from a consistent set: unique ids, known parents, no cycles.</summary>
public sealed class UnitHierarchy
{
    private readonly Dictionary<string, Unit> _byId;
    private readonly Dictionary<string, Unit[]> _children;

    private UnitHierarchy(Unit[] units)
    {
        Units = units;
        _byId = units.ToDictionary(u => u.Id, StringComparer.Ordinal);
        _children = units.Where(u => u.ParentId is not null)
            .GroupBy(u => u.ParentId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(u => u.Id, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>An empty hierarchy.</summary>
    public static UnitHierarchy Empty { get; } = new([]);

    /// <summary>Every unit, ordered by identifier (ordinal).</summary>
    public IReadOnlyList<Unit> Units { get; }

    /// <summary>Builds a hierarchy, reporting every duplicate id, unknown parent and cycle.</summary>
    /// <param name="units">The units.</param>
    /// <returns>The hierarchy, or the problems.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="units"/> or one of its items is null.</exception>
    public static ValidationResult<UnitHierarchy> Create(IEnumerable<Unit> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        var list = units.ToArray();
        var bag = new ProblemBag();
        Check(list, bag, "$.units");
        return bag.HasErrors
            ? new ValidationResult<UnitHierarchy>(null, bag.Problems)
            : new ValidationResult<UnitHierarchy>(new UnitHierarchy(list.OrderBy(u => u.Id, StringComparer.Ordinal).ToArray()), bag.Problems);
    }

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
}
