using System;
using System.Collections.Generic;
using System.Linq;
using Cchc.Scoring;

namespace Cchc.Scoring;

/// <summary>A scorecard's place in a ranking.</summary>
public sealed class RankedScorecard
{
    internal RankedScorecard(Scorecard scorecard, string group, int? rank)
    {
        Scorecard = scorecard;
        Group = group;
        Rank = rank;
    }

    /// <summary>The scorecard.</summary>
    public Scorecard Scorecard { get; }

    /// <summary>The group ranked within (empty when the ranking has no groups).</summary>
    public string Group { get; }

    /// <summary>The rank within the group, 1 for the best; equal indices share a rank (1, 2, 2, 4). Null without an index.</summary>
    public int? Rank { get; }

    /// <summary>The index ranked by (as published: rounded by the framework's policy), or null.</summary>
    public decimal? Index => Scorecard.Index;

    /// <summary>The class of the index, or null.</summary>
    public ClassBand? Class => Scorecard.Class;
}

/// <summary>
/// Ranks scorecards by index. Indices are compared as published, after the framework's rounding: 89.444 and 89.4449
/// both round to 89.44 and share a rank. Equal indices share the best rank of their tie and the next rank skips
/// (competition ranking: 1, 2, 2, 4). Order: group (ordinal), index from highest, then unit identifier (ordinal) so
/// ties always list the same way; scorecards without an index (nothing applies) come last in their group, unranked.
/// </summary>
public static class Ranking
{
    /// <summary>Groups by the unit's kind (empty for undeclared units).</summary>
    public static Func<Scorecard, string> ByKind { get; } = card => card.Unit?.Kind ?? string.Empty;

    /// <summary>Ranks scorecards, within groups when <paramref name="groupBy"/> is given.</summary>
    /// <param name="scorecards">The scorecards (for example <see cref="ScoringResult.Scorecards"/>).</param>
    /// <param name="groupBy">The group of a scorecard (for example <see cref="ByKind"/>), or null for one ranking of all.</param>
    /// <returns>The ranking, in the documented order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scorecards"/> or one of its items is null.</exception>
    public static IReadOnlyList<RankedScorecard> Rank(IEnumerable<Scorecard> scorecards, Func<Scorecard, string>? groupBy = null)
    {
        ArgumentNullException.ThrowIfNull(scorecards);
        var cards = scorecards.ToArray();
        foreach (var card in cards)
        {
            ArgumentNullException.ThrowIfNull(card, nameof(scorecards));
        }

        var ranked = new List<RankedScorecard>(cards.Length);
        foreach (var group in cards.GroupBy(c => groupBy?.Invoke(c) ?? string.Empty, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var ordered = group
                .OrderBy(c => c.Index is null ? 1 : 0)
                .ThenByDescending(c => c.Index ?? 0)
                .ThenBy(c => c.UnitId, StringComparer.Ordinal)
                .ToArray();
            for (int i = 0; i < ordered.Length; i++)
            {
                int? rank = null;
                if (ordered[i].Index is decimal index)
                {
                    // The first of a tie sets the rank; the rest share it.
                    rank = i > 0 && ordered[i - 1].Index == index ? ranked[^1].Rank : i + 1;
                }

                ranked.Add(new RankedScorecard(ordered[i], group.Key, rank));
            }
        }

        return ranked;
    }
}
