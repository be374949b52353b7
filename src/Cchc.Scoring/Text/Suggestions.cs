using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Cchc.Scoring;

/// <summary>
/// Hints for a name that is not known — a unit id, an indicator code, a command — the closest known name, and the
/// list of names when it is short. The readers use them in their messages; applications can use them in theirs.
/// </summary>
public static class Suggestions
{
    /// <summary>The most names listed in a hint.</summary>
    public const int MaxListed = 20;

    /// <summary>
    /// A hint to append to a message about the unknown <paramref name="wrong"/>: " Did you mean 'I1'?" when one known
    /// name is close (same letters but for case, or one or two edits away), and " The known … are A, B, C." when there
    /// are at most <see cref="MaxListed"/> of them; empty when neither helps.
    /// </summary>
    /// <param name="wrong">The name that is not known.</param>
    /// <param name="known">The names that are.</param>
    /// <param name="what">What the names are, in the plural, for the list: <c>indicators</c>.</param>
    /// <returns>The hint, starting with a space, or empty.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string Hint(string wrong, IReadOnlyCollection<string> known, string what)
    {
        ArgumentNullException.ThrowIfNull(wrong);
        ArgumentNullException.ThrowIfNull(known);
        ArgumentNullException.ThrowIfNull(what);
        var sb = new StringBuilder();
        string? closest = Closest(wrong, known);
        if (closest is not null)
        {
            sb.Append(" Did you mean '").Append(closest).Append("'?");
        }

        if (known.Count > 0 && known.Count <= MaxListed)
        {
            sb.Append(" The ").Append(what).Append(" are ").Append(string.Join(", ", known.Order(StringComparer.Ordinal))).Append('.');
        }

        return sb.ToString();
    }

    /// <summary>
    /// The known name closest to <paramref name="wrong"/>: the same letters in another case first, else the one at the
    /// smallest edit distance (characters that look alike — l/I/1, O/0 — cost nothing) when that is at most a third of
    /// the length, between <paramref name="least"/> and 2; ties go to the first in ordinal order; else the only name
    /// that begins with it (from two characters on: <c>index766</c> for <c>index766-2022</c>). Null when none is close.
    /// </summary>
    /// <param name="wrong">The name that is not known.</param>
    /// <param name="known">The names that are.</param>
    /// <param name="least">The edit distance always allowed, however short the name (1 or 2).</param>
    /// <returns>The closest name, or null.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string? Closest(string wrong, IEnumerable<string> known, int least = 1)
    {
        ArgumentNullException.ThrowIfNull(wrong);
        ArgumentNullException.ThrowIfNull(known);
        string? best = null;
        int bestDistance = int.MaxValue;
        int allowed = Math.Max(Math.Clamp(least, 1, 2), Math.Min(wrong.Length / 3, 2));
        var names = known.Order(StringComparer.Ordinal).ToArray();
        foreach (string name in names)
        {
            int d = string.Equals(name, wrong, StringComparison.OrdinalIgnoreCase) ? 0 : Distance(wrong.ToUpperInvariant(), name.ToUpperInvariant(), allowed);
            if (d < bestDistance && d <= allowed)
            {
                (best, bestDistance) = (name, d);
            }
        }

        if (best is null && wrong.Length >= 2)
        {
            var starting = names.Where(name => name.StartsWith(wrong, StringComparison.OrdinalIgnoreCase)).Take(2).ToArray();
            best = starting.Length == 1 ? starting[0] : null;
        }

        return best;
    }

    /// <summary>The edit distance, where confusable characters cost nothing; stops early beyond <paramref name="limit"/>.</summary>
    private static int Distance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit || a.Length > 64 || b.Length > 64)
        {
            return int.MaxValue;
        }

        int[] previous = new int[b.Length + 1];
        int[] current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = Same(a[i - 1], b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    private static bool Same(char x, char y) =>
        x == y || (Look(x) != '\0' && Look(x) == Look(y));

    private static char Look(char c) => c switch
    {
        'L' or 'I' or '1' => '1',
        'O' or '0' => '0',
        _ => '\0',
    };
}
