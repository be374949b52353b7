using System;
using NodaTime;

namespace Cchc.Scoring;

/// <summary>
/// A reporting unit: the department (Sở), its office (Văn phòng Sở), a division (phòng) or a subordinate unit
/// (đơn vị trực thuộc).
/// </summary>
public sealed class Unit
{
    /// <summary>Creates a unit, existing always or from <paramref name="validFrom"/> to <paramref name="validTo"/> (both included).</summary>
    /// <param name="id">The unit's identifier, unique in a submission set (for example <c>VP</c>).</param>
    /// <param name="name">The unit's name at its start (a <see cref="LineageEventKind.Rename"/> event changes it later).</param>
    /// <param name="kind">The kind of unit, free text used for grouping (for example <c>division</c>).</param>
    /// <param name="parentId">The identifier of the unit it reports to at its start (a <see cref="LineageEventKind.Move"/> event changes it later), or null for a top unit.</param>
    /// <param name="validFrom">The first day the unit exists, or null when it has always existed.</param>
    /// <param name="validTo">The last day the unit exists, or null when it still exists.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="name"/> or <paramref name="kind"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty or is its own parent, or <paramref name="validTo"/> is before <paramref name="validFrom"/>.</exception>
    public Unit(string id, LocalizedText name, string kind, string? parentId = null, LocalDate? validFrom = null, LocalDate? validTo = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(kind);
        if (string.Equals(id, parentId, StringComparison.Ordinal))
        {
            throw new ArgumentException("A unit cannot be its own parent.", nameof(parentId));
        }

        Id = id;
        Name = name;
        Kind = kind;
        ParentId = parentId;
        if (validFrom is LocalDate from && validTo is LocalDate to && to < from)
        {
            throw new ArgumentException("A unit's validity cannot end before it starts.", nameof(validTo));
        }

        ValidFrom = validFrom;
        ValidTo = validTo;
    }

    /// <summary>The identifier.</summary>
    public string Id { get; }

    /// <summary>The name.</summary>
    public LocalizedText Name { get; }

    /// <summary>The kind of unit.</summary>
    public string Kind { get; }

    /// <summary>The parent's identifier, or null.</summary>
    public string? ParentId { get; }

    /// <summary>The first day the unit exists, or null when it has always existed.</summary>
    public LocalDate? ValidFrom { get; }

    /// <summary>The last day the unit exists, or null when it still exists.</summary>
    public LocalDate? ValidTo { get; }

    /// <summary>True when the unit declares a validity interval (a start, an end or both).</summary>
    public bool HasValidity => ValidFrom is not null || ValidTo is not null;

    /// <summary>True when the unit exists on <paramref name="date"/>.</summary>
    /// <param name="date">The day.</param>
    /// <returns>True when <paramref name="date"/> lies within the validity interval.</returns>
    public bool IsAliveOn(LocalDate date) => (ValidFrom is not LocalDate from || date >= from) && (ValidTo is not LocalDate to || date <= to);

    /// <summary>True when the unit exists on at least one day from <paramref name="start"/> to <paramref name="end"/>.</summary>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day.</param>
    /// <returns>True when the two intervals overlap.</returns>
    public bool IsAliveDuring(LocalDate start, LocalDate end) => (ValidFrom is not LocalDate from || from <= end) && (ValidTo is not LocalDate to || to >= start);

    /// <summary>The part of <paramref name="start"/>–<paramref name="end"/> the unit exists in, or null when it exists on none of its days.</summary>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day.</param>
    /// <returns>The days of the interval the unit exists on.</returns>
    public DateInterval? AliveWithin(LocalDate start, LocalDate end)
    {
        var first = ValidFrom is LocalDate from && from > start ? from : start;
        var last = ValidTo is LocalDate to && to < end ? to : end;
        return first <= last ? new DateInterval(first, last) : null;
    }

    /// <summary>A copy with another name and parent (the unit as a rename or a move leaves it), the same identifier, kind and validity.</summary>
    internal Unit With(LocalizedText name, string? parentId) =>
        ReferenceEquals(name, Name) && string.Equals(parentId, ParentId, StringComparison.Ordinal) ? this : new Unit(Id, name, Kind, parentId, ValidFrom, ValidTo);

    /// <inheritdoc/>
    public override string ToString() => Id;
}
