using System;

namespace Cchc.Scoring;

/// <summary>The languages in which names and explanations are given.</summary>
public enum Language
{
    /// <summary>Vietnamese (tiếng Việt), the language of the official texts.</summary>
    Vi,

    /// <summary>English.</summary>
    En,
}

/// <summary>A name given in Vietnamese and in English.</summary>
public sealed class LocalizedText : IEquatable<LocalizedText>
{
    /// <summary>Creates a name.</summary>
    /// <param name="vi">The Vietnamese text, the authoritative one.</param>
    /// <param name="en">The English text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="vi"/> or <paramref name="en"/> is null.</exception>
    public LocalizedText(string vi, string en)
    {
        ArgumentNullException.ThrowIfNull(vi);
        ArgumentNullException.ThrowIfNull(en);
        Vi = vi;
        En = en;
    }

    /// <summary>The Vietnamese text.</summary>
    public string Vi { get; }

    /// <summary>The English text.</summary>
    public string En { get; }

    /// <summary>The text in <paramref name="language"/>.</summary>
    /// <param name="language">The language wanted.</param>
    /// <returns>The text in that language.</returns>
    public string Get(Language language) => language == Language.Vi ? Vi : En;

    /// <inheritdoc/>
    public bool Equals(LocalizedText? other) =>
        other is not null && string.Equals(Vi, other.Vi, StringComparison.Ordinal) && string.Equals(En, other.En, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as LocalizedText);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Vi), StringComparer.Ordinal.GetHashCode(En));

    /// <summary>The English text followed by the Vietnamese one.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => En + " (" + Vi + ")";
}
