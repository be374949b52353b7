using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Cchc.Scoring;

/// <summary>Hints for a name that is not known: the closest known name, and the list of names when it is short.</summary>
internal static class Suggestions
{
    /// <summary>The most names listed in a hint.</summary>
    public const int MaxListed = 20;

    /// <summary>
    /// A hint to append to a message about the unknown <paramref name="wrong"/>: " Did you mean 'I1'?" when one known
    /// name is close (same letters but for case, or one or two edits away), and " The known … are A, B, C." when there
    /// are at most <see cref="MaxListed"/> of them; empty when neither helps.
    /// </summary>
    public static string Hint(string wrong, IReadOnlyCollection<string> known, string what)
    {
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

    /// <summary>The known name closest to <paramref name="wrong"/>, or null when none is close.</summary>
    public static string? Closest(string wrong, IEnumerable<string> known)
    {
        string? best = null;
        int bestDistance = int.MaxValue;
        int allowed = Math.Clamp(wrong.Length / 3, 1, 2);
        foreach (string name in known.Order(StringComparer.Ordinal))
        {
            int d = string.Equals(name, wrong, StringComparison.OrdinalIgnoreCase) ? 0 : Distance(wrong.ToUpperInvariant(), name.ToUpperInvariant(), allowed);
            // A name that differs only by case, or by a letter that looks like another (l/I/1, O/0), comes first.
            if (d < bestDistance && d <= allowed)
            {
                (best, bestDistance) = (name, d);
            }
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
