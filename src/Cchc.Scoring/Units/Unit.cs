using System;

namespace Cchc.Scoring;

/// <summary>
/// A reporting unit: the department (Sở), its office (Văn phòng Sở), a division (phòng) or a subordinate unit
/// (đơn vị trực thuộc).
/// </summary>
public sealed class Unit
{
    /// <summary>Creates a unit.</summary>
    /// <param name="id">The unit's identifier, unique in a submission set (for example <c>VP</c>).</param>
    /// <param name="name">The unit's name.</param>
    /// <param name="kind">The kind of unit, free text used for grouping (for example <c>division</c>).</param>
    /// <param name="parentId">The identifier of the unit it reports to, or null for a top unit.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="name"/> or <paramref name="kind"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty or is its own parent.</exception>
    public Unit(string id, LocalizedText name, string kind, string? parentId = null)
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
    }

    /// <summary>The identifier.</summary>
    public string Id { get; }

    /// <summary>The name.</summary>
    public LocalizedText Name { get; }

    /// <summary>The kind of unit.</summary>
    public string Kind { get; }

    /// <summary>The parent's identifier, or null.</summary>
    public string? ParentId { get; }

    /// <inheritdoc/>
    public override string ToString() => Id;
}
