using System;

namespace Cchc.Scoring.Serialization;

/// <summary>
/// The names of enumeration values as written in files and messages: the member's name with its first letter in lower
/// case (<c>MeasureKind.YesNo</c> is <c>yesNo</c>, <c>PeriodRollUpMethod.WeightedMean</c> is <c>weightedMean</c>).
/// One rule for every enumeration of the formats, so no table of names is kept anywhere.
/// </summary>
public static class FileNames
{
    /// <summary>The name of <paramref name="value"/> as written in files.</summary>
    /// <typeparam name="T">The enumeration.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The name, e.g. <c>weightedMean</c>.</returns>
    public static string Of<T>(T value)
        where T : struct, Enum
    {
        string name = value.ToString();
        return name.Length == 0 || !char.IsAsciiLetterUpper(name[0]) ? name : string.Concat(char.ToLowerInvariant(name[0]).ToString(), name.AsSpan(1));
    }

    /// <summary>Parses a name written by <see cref="Of{T}"/> (exactly, case included).</summary>
    /// <typeparam name="T">The enumeration.</typeparam>
    /// <param name="name">The name, or null.</param>
    /// <param name="value">The value, when the name is known; otherwise the default.</param>
    /// <returns>True when the name is known.</returns>
    public static bool TryParse<T>(string? name, out T value)
        where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(Of(candidate), name, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}
