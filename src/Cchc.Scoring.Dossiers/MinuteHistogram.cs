using System;
using System.Collections.Generic;

namespace Cchc.Scoring.Dossiers;

/// <summary>
/// An exact histogram of whole minutes: counts per minute in pages of 4,096 minutes allocated on first use, so
/// memory depends on the range of values, never on how many were added. Merging adds counts, so any split of the
/// data merges to the histogram of one pass, and the median and percentiles read from it are exact.
/// </summary>
internal sealed class MinuteHistogram
{
    private const int PageBits = 12;
    private const int PageSize = 1 << PageBits;
    private long[]?[] _pages = new long[]?[4];

    /// <summary>How many values.</summary>
    public long Count { get; private set; }

    /// <summary>Their sum.</summary>
    public long Sum { get; private set; }

    /// <summary>Adds a value (negative values are not accepted by the callers).</summary>
    public void Add(int minutes)
    {
        int page = minutes >> PageBits;
        if (page >= _pages.Length)
        {
            Array.Resize(ref _pages, Math.Max(page + 1, _pages.Length * 2));
        }

        var counts = _pages[page] ??= new long[PageSize];
        counts[minutes & (PageSize - 1)]++;
        Count++;
        Sum += minutes;
    }

    /// <summary>Adds <paramref name="count"/> values of <paramref name="minutes"/> (both checked by the callers).</summary>
    public void Add(int minutes, long count)
    {
        int page = minutes >> PageBits;
        if (page >= _pages.Length)
        {
            Array.Resize(ref _pages, Math.Max(page + 1, _pages.Length * 2));
        }

        var counts = _pages[page] ??= new long[PageSize];
        counts[minutes & (PageSize - 1)] += count;
        Count += count;
        Sum += minutes * count;
    }

    /// <summary>The minutes that hold values and how many each, in ascending order of minutes.</summary>
    public List<KeyValuePair<int, long>> Buckets()
    {
        var buckets = new List<KeyValuePair<int, long>>();
        for (int p = 0; p < _pages.Length; p++)
        {
            if (_pages[p] is not { } counts)
            {
                continue;
            }

            for (int i = 0; i < PageSize; i++)
            {
                if (counts[i] != 0)
                {
                    buckets.Add(new KeyValuePair<int, long>((p << PageBits) + i, counts[i]));
                }
            }
        }

        return buckets;
    }

    /// <summary>Adds another histogram's counts.</summary>
    public void Merge(MinuteHistogram other)
    {
        if (other._pages.Length > _pages.Length)
        {
            Array.Resize(ref _pages, other._pages.Length);
        }

        for (int p = 0; p < other._pages.Length; p++)
        {
            if (other._pages[p] is { } source)
            {
                var target = _pages[p] ??= new long[PageSize];
                for (int i = 0; i < PageSize; i++)
                {
                    target[i] += source[i];
                }
            }
        }

        Count += other.Count;
        Sum += other.Sum;
    }

    /// <summary>The value of 1-based rank <paramref name="rank"/> in ascending order.</summary>
    public int ValueAtRank(long rank)
    {
        long seen = 0;
        for (int p = 0; p < _pages.Length; p++)
        {
            if (_pages[p] is not { } counts)
            {
                continue;
            }

            for (int i = 0; i < PageSize; i++)
            {
                seen += counts[i];
                if (seen >= rank)
                {
                    return (p << PageBits) + i;
                }
            }
        }

        throw new InvalidOperationException("The rank is beyond the count.");
    }

    /// <summary>The statistics of the values.</summary>
    public DurationStats ToStats()
    {
        if (Count == 0)
        {
            return default;
        }

        // Median: the middle value, or the mean of the two middle values for an even count.
        decimal median = Count % 2 == 1
            ? ValueAtRank((Count + 1) / 2)
            : (ValueAtRank(Count / 2) + (decimal)ValueAtRank((Count / 2) + 1)) / 2m;

        // 90th percentile by nearest rank: the smallest value with at least 90 % of the values at or below it.
        long rank90 = ((Count * 9) + 9) / 10;
        return new DurationStats(Count, Sum, median, ValueAtRank(rank90));
    }
}
