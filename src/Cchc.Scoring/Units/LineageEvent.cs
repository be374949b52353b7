using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using NodaTime.Text;

namespace Cchc.Scoring;

/// <summary>What happens to units in a <see cref="LineageEvent"/>. Written in files by the names in brackets.</summary>
public enum LineageEventKind
{
    /// <summary>(<c>rename</c>) A unit takes a new name; its identifier, figures and history stay.</summary>
    Rename,

    /// <summary>(<c>move</c>) A unit reports to another parent (or to none).</summary>
    Move,

    /// <summary>(<c>merge</c>) Two or more units end and one new unit takes their place (A + B → C).</summary>
    Merge,

    /// <summary>(<c>split</c>) A unit ends and two or more new units take its place (A → B + C), its figures divided by declared shares.</summary>
    Split,

    /// <summary>(<c>absorb</c>) A unit ends and an existing unit takes over its work (A into B).</summary>
    Absorb,

    /// <summary>(<c>dissolve</c>) A unit ends and nobody takes its place.</summary>
    Dissolve,
}

/// <summary>
/// One change of the organisation, effective on <see cref="Date"/>: the first day of the new state. The units that end
/// in it (<see cref="From"/> of a merge, split, absorb or dissolve) exist until the day before; the units it creates
/// (<see cref="Into"/> of a merge or split) exist from that day. Immutable; whether a history of events is possible is
/// checked by <see cref="UnitHierarchy.Create(IEnumerable{Unit}, IEnumerable{LineageEvent})"/>.
/// </summary>
public sealed class LineageEvent
{
    private LineageEvent(LineageEventKind kind, LocalDate date, string[] from, string[] into, LocalizedText? name, string? parentId, SplitShares? shares)
    {
        Kind = kind;
        Date = date;
        From = from;
        Into = into;
        Name = name;
        ParentId = parentId;
        Shares = shares;
    }

    /// <summary>What happens.</summary>
    public LineageEventKind Kind { get; }

    /// <summary>The effective date: the first day of the new state.</summary>
    public LocalDate Date { get; }

    /// <summary>
    /// The units the event is about: the renamed, moved or dissolved unit, the units merged, the unit split, the unit
    /// absorbed (in the order given).
    /// </summary>
    public IReadOnlyList<string> From { get; }

    /// <summary>The units that take over: the merged unit, the units of a split, the absorbing unit; empty for a rename, a move or a dissolution.</summary>
    public IReadOnlyList<string> Into { get; }

    /// <summary>The new name of a rename, otherwise null.</summary>
    public LocalizedText? Name { get; }

    /// <summary>The new parent of a move (null for a move to the top), otherwise null.</summary>
    public string? ParentId { get; }

    /// <summary>The shares of a split, otherwise null.</summary>
    public SplitShares? Shares { get; }

    /// <summary>True when the units in <see cref="From"/> end with this event (a merge, split, absorb or dissolve).</summary>
    public bool EndsUnits => Kind is LineageEventKind.Merge or LineageEventKind.Split or LineageEventKind.Absorb or LineageEventKind.Dissolve;

    /// <summary>True when the units in <see cref="Into"/> take over figures from the units in <see cref="From"/> (a merge, split or absorb).</summary>
    public bool PassesFigures => Kind is LineageEventKind.Merge or LineageEventKind.Split or LineageEventKind.Absorb;

    /// <summary>A rename: <paramref name="unitId"/> is called <paramref name="name"/> from <paramref name="date"/>.</summary>
    /// <param name="date">The effective date.</param>
    /// <param name="unitId">The unit.</param>
    /// <param name="name">The new name.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unitId"/> or <paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="unitId"/> is empty.</exception>
    public static LineageEvent Rename(LocalDate date, string unitId, LocalizedText name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(unitId);
        ArgumentNullException.ThrowIfNull(name);
        return new LineageEvent(LineageEventKind.Rename, date, [unitId], [], name, null, null);
    }

    /// <summary>A move: <paramref name="unitId"/> reports to <paramref name="parentId"/> from <paramref name="date"/>.</summary>
    /// <param name="date">The effective date.</param>
    /// <param name="unitId">The unit.</param>
    /// <param name="parentId">The new parent, or null for a top unit.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unitId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="unitId"/> is empty or is <paramref name="parentId"/>.</exception>
    public static LineageEvent Move(LocalDate date, string unitId, string? parentId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(unitId);
        if (string.Equals(unitId, parentId, StringComparison.Ordinal))
        {
            throw new ArgumentException("A unit cannot be its own parent.", nameof(parentId));
        }

        return new LineageEvent(LineageEventKind.Move, date, [unitId], [], null, parentId, null);
    }

    /// <summary>A merge: the units <paramref name="from"/> end on the day before <paramref name="date"/> and <paramref name="into"/> starts on it.</summary>
    /// <param name="date">The effective date.</param>
    /// <param name="from">The units merged (at least two).</param>
    /// <param name="into">The new unit.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="from"/>, one of its items or <paramref name="into"/> is null.</exception>
    /// <exception cref="ArgumentException">Fewer than two units are merged, one is named twice, or <paramref name="into"/> is among them.</exception>
    public static LineageEvent Merge(LocalDate date, IEnumerable<string> from, string into)
    {
        var sources = Ids(from, nameof(from));
        ArgumentException.ThrowIfNullOrWhiteSpace(into);
        if (sources.Length < 2)
        {
            throw new ArgumentException("A merge needs at least two units.", nameof(from));
        }

        Distinct([.. sources, into], nameof(into));
        return new LineageEvent(LineageEventKind.Merge, date, sources, [into], null, null, null);
    }

    /// <summary>A split: <paramref name="from"/> ends on the day before <paramref name="date"/> and the units <paramref name="into"/> start on it.</summary>
    /// <param name="date">The effective date.</param>
    /// <param name="from">The unit split.</param>
    /// <param name="into">The new units (at least two).</param>
    /// <param name="shares">The share of <paramref name="from"/>'s figures each new unit takes, or null when no figure is divisible.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="from"/>, <paramref name="into"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">Fewer than two new units, one named twice, or <paramref name="from"/> among them.</exception>
    public static LineageEvent Split(LocalDate date, string from, IEnumerable<string> into, SplitShares? shares = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(from);
        var targets = Ids(into, nameof(into));
        if (targets.Length < 2)
        {
            throw new ArgumentException("A split needs at least two new units.", nameof(into));
        }

        Distinct([from, .. targets], nameof(into));
        return new LineageEvent(LineageEventKind.Split, date, [from], targets, null, null, shares ?? SplitShares.NotDivisible);
    }

    /// <summary>An absorption: <paramref name="from"/> ends on the day before <paramref name="date"/> and the existing unit <paramref name="into"/> takes over its work.</summary>
    /// <param name="date">The effective date.</param>
    /// <param name="from">The unit absorbed.</param>
    /// <param name="into">The unit that absorbs it.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="from"/> or <paramref name="into"/> is null.</exception>
    /// <exception cref="ArgumentException">An identifier is empty, or the two are the same.</exception>
    public static LineageEvent Absorb(LocalDate date, string from, string into)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(from);
        ArgumentException.ThrowIfNullOrWhiteSpace(into);
        Distinct([from, into], nameof(into));
        return new LineageEvent(LineageEventKind.Absorb, date, [from], [into], null, null, null);
    }

    /// <summary>A dissolution: <paramref name="unitId"/> ends on the day before <paramref name="date"/>; nobody takes its place.</summary>
    /// <param name="date">The effective date.</param>
    /// <param name="unitId">The unit.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unitId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="unitId"/> is empty.</exception>
    public static LineageEvent Dissolve(LocalDate date, string unitId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(unitId);
        return new LineageEvent(LineageEventKind.Dissolve, date, [unitId], [], null, null, null);
    }

    /// <summary>The name of <paramref name="kind"/> in files: <c>rename</c>, <c>move</c>, <c>merge</c>, <c>split</c>, <c>absorb</c>, <c>dissolve</c>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The name.</returns>
    public static string NameOf(LineageEventKind kind) => kind switch
    {
        LineageEventKind.Rename => "rename",
        LineageEventKind.Move => "move",
        LineageEventKind.Merge => "merge",
        LineageEventKind.Split => "split",
        LineageEventKind.Absorb => "absorb",
        _ => "dissolve",
    };

    /// <summary>
    /// What the event did to <paramref name="unitId"/>, in a few words: <c>merged into C on 2025-07-01</c>,
    /// <c>split into B, C on 2025-07-01</c>, <c>absorbed into B on …</c>, <c>dissolved on …</c>, <c>renamed on …</c>,
    /// <c>moved to P on …</c>.
    /// </summary>
    /// <param name="unitId">A unit of <see cref="From"/>.</param>
    /// <param name="language">The language.</param>
    /// <returns>The words.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unitId"/> is null.</exception>
    public string Describe(string unitId, Language language = Language.En)
    {
        ArgumentNullException.ThrowIfNull(unitId);
        bool vi = language == Language.Vi;
        string on = (vi ? " từ ngày " : " on ") + LocalDatePattern.Iso.Format(Date);
        string into = string.Join(", ", Into);
        return Kind switch
        {
            LineageEventKind.Merge => (vi ? "hợp nhất vào " : "merged into ") + into + on,
            LineageEventKind.Split => (vi ? "chia tách thành " : "split into ") + into + on,
            LineageEventKind.Absorb => (vi ? "sáp nhập vào " : "absorbed into ") + into + on,
            LineageEventKind.Dissolve => (vi ? "giải thể" : "dissolved") + on,
            LineageEventKind.Rename => (vi ? "đổi tên thành " + Name!.Vi : "renamed " + Name!.En) + on,
            _ => (vi ? "chuyển về " : "moved to ") + (ParentId ?? (vi ? "cấp cao nhất" : "the top")) + on,
        };
    }

    /// <inheritdoc/>
    public override string ToString() => NameOf(Kind) + " " + LocalDatePattern.Iso.Format(Date) + ": " + string.Join(" + ", From) + (Into.Count > 0 ? " → " + string.Join(" + ", Into) : string.Empty);

    private static string[] Ids(IEnumerable<string> ids, string name)
    {
        ArgumentNullException.ThrowIfNull(ids, name);
        var list = ids.ToArray();
        foreach (string id in list)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(id, name);
        }

        return list;
    }

    private static void Distinct(string[] ids, string name)
    {
        if (ids.Distinct(StringComparer.Ordinal).Count() != ids.Length)
        {
            throw new ArgumentException("A unit is named twice in one event.", name);
        }
    }
}

/// <summary>
/// The shares of a split unit's figures that each new unit takes: a default share per new unit, and per indicator a
/// share per new unit or "not divisible". Counts (ratio numerators and denominators, quantities) are multiplied by the
/// share; a figure that is not divisible is not passed on, and what needs it says so.
/// </summary>
public sealed class SplitShares
{
    /// <summary>Creates shares.</summary>
    /// <param name="byDefault">The share of each new unit for indicators not listed in <paramref name="byIndicator"/>, or null when they are not divisible.</param>
    /// <param name="byIndicator">Per indicator code: the share of each new unit, or null when that indicator's figures are not divisible.</param>
    /// <exception cref="ArgumentNullException">A key is null.</exception>
    public SplitShares(IEnumerable<KeyValuePair<string, decimal>>? byDefault, IEnumerable<KeyValuePair<string, IEnumerable<KeyValuePair<string, decimal>>?>>? byIndicator = null)
    {
        Default = byDefault is null ? null : Copy(byDefault);
        var map = new SortedDictionary<string, IReadOnlyDictionary<string, decimal>?>(StringComparer.Ordinal);
        foreach (var (code, shares) in byIndicator ?? [])
        {
            ArgumentNullException.ThrowIfNull(code, nameof(byIndicator));
            map[code] = shares is null ? null : Copy(shares);
        }

        ByIndicator = map;
    }

    /// <summary>No figure is divisible.</summary>
    public static SplitShares NotDivisible { get; } = new(null);

    /// <summary>The share of each new unit for indicators not listed, or null when they are not divisible.</summary>
    public IReadOnlyDictionary<string, decimal>? Default { get; }

    /// <summary>Per indicator code (ordinal order): the share of each new unit, or null when not divisible.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, decimal>?> ByIndicator { get; }

    /// <summary>The shares that apply to <paramref name="indicatorCode"/>, or null when its figures are not divisible.</summary>
    /// <param name="indicatorCode">The indicator.</param>
    /// <returns>The share of each new unit, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicatorCode"/> is null.</exception>
    public IReadOnlyDictionary<string, decimal>? For(string indicatorCode)
    {
        ArgumentNullException.ThrowIfNull(indicatorCode);
        return ByIndicator.TryGetValue(indicatorCode, out var shares) ? shares : Default;
    }

    /// <summary>The share of <paramref name="indicatorCode"/>'s figures that <paramref name="unitId"/> takes, or null when they are not divisible.</summary>
    /// <param name="indicatorCode">The indicator.</param>
    /// <param name="unitId">A new unit of the split.</param>
    /// <returns>The share (0 to 1), or null.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public decimal? ShareOf(string indicatorCode, string unitId)
    {
        ArgumentNullException.ThrowIfNull(unitId);
        return For(indicatorCode) is { } shares ? shares.GetValueOrDefault(unitId) : null;
    }

    private static SortedDictionary<string, decimal> Copy(IEnumerable<KeyValuePair<string, decimal>> shares)
    {
        var copy = new SortedDictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var (unit, share) in shares)
        {
            ArgumentNullException.ThrowIfNull(unit, nameof(shares));
            copy[unit] = share;
        }

        return copy;
    }
}

/// <summary>Which units a period is about when units come and go during it.</summary>
public enum UnitSelection
{
    /// <summary>The units that exist on the period's last day (the default): a unit created during the period is scored with its predecessors' figures for the part before; a unit that ended is listed with what happened to it.</summary>
    End,

    /// <summary>The units that exist on the period's first day.</summary>
    Start,

    /// <summary>Every unit that exists on at least one day of the period.</summary>
    Alive,
}
