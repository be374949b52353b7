using System;
using System.Collections.Generic;

namespace Cchc.Scoring.Dossiers;

/// <summary>
/// An exact histogram of whole minutes. Minutes below <see cref="DenseMinutes"/> (182 days) are counted in pages of
/// 4,096 minutes allocated on first use (at most 64 pages, 2 MiB); longer durations, which real dossiers rarely have,
/// are counted per distinct minute in a dictionary. Memory is therefore bounded by the pages plus a few tens of bytes
/// per distinct long duration, never by how many values were added. Merging adds counts, so any split of the data
/// merges to the histogram of one pass, and the median and percentiles read from it are exact.
/// </summary>
internal sealed class MinuteHistogram
{
    /// <summary>The minutes counted in pages: 0 to 262,143.</summary>
    public const int DenseMinutes = PageCount << PageBits;

    private const int PageBits = 12;
    private const int PageSize = 1 << PageBits;
    private const int PageCount = 64;

    private long[]?[] _pages = [];
    private Dictionary<int, long>? _sparse;

    /// <summary>How many values.</summary>
    public long Count { get; private set; }

    /// <summary>Their sum.</summary>
    public long Sum { get; private set; }

    /// <summary>Bytes held by the counters (pages and distinct long durations), for tests of the memory bound.</summary>
    public long Footprint
    {
        get
        {
            long bytes = _pages.Length * 8L;
            foreach (var page in _pages)
            {
                bytes += page is null ? 0 : PageSize * 8L;
            }

            return bytes + ((_sparse?.Count ?? 0) * 24L);
        }
    }

    /// <summary>Adds a value (negative values are not accepted by the callers).</summary>
    public void Add(int minutes) => Add(minutes, 1);

    /// <summary>Adds <paramref name="count"/> values of <paramref name="minutes"/> (both checked by the callers).</summary>
    public void Add(int minutes, long count)
    {
        if (minutes < DenseMinutes)
        {
            int page = minutes >> PageBits;
            if (page >= _pages.Length)
            {
                Array.Resize(ref _pages, Math.Min(PageCount, Math.Max(page + 1, _pages.Length * 2)));
            }

            var counts = _pages[page] ??= new long[PageSize];
            counts[minutes & (PageSize - 1)] += count;
        }
        else
        {
            _sparse ??= [];
            _sparse[minutes] = _sparse.GetValueOrDefault(minutes) + count;
        }

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

        foreach (int minute in SparseMinutes())
        {
            buckets.Add(new KeyValuePair<int, long>(minute, _sparse![minute]));
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

        if (other._sparse is { } sparse)
        {
            _sparse ??= [];
            foreach (var (minute, count) in sparse)
            {
                _sparse[minute] = _sparse.GetValueOrDefault(minute) + count;
            }
        }

        Count += other.Count;
        Sum += other.Sum;
    }

    /// <summary>The value of 1-based rank <paramref name="rank"/> in ascending order.</summary>
    public int ValueAtRank(long rank) => ValueAtRank(rank, SparseMinutes());

    /// <summary>The statistics of the values.</summary>
    public DurationStats ToStats()
    {
        if (Count == 0)
        {
            return default;
        }

        int[] sparse = SparseMinutes();

        // Median: the middle value, or the mean of the two middle values for an even count.
        decimal median = Count % 2 == 1
            ? ValueAtRank((Count + 1) / 2, sparse)
            : (ValueAtRank(Count / 2, sparse) + (decimal)ValueAtRank((Count / 2) + 1, sparse)) / 2m;

        // 90th percentile by nearest rank: the smallest value with at least 90 % of the values at or below it.
        long rank90 = ((Count * 9) + 9) / 10;
        return new DurationStats(Count, Sum, median, ValueAtRank(rank90, sparse));
    }

    private int[] SparseMinutes()
    {
        if (_sparse is null)
        {
            return [];
        }

        var minutes = new int[_sparse.Count];
        _sparse.Keys.CopyTo(minutes, 0);
        Array.Sort(minutes);
        return minutes;
    }

    private int ValueAtRank(long rank, int[] sparse)
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

        foreach (int minute in sparse)
        {
            seen += _sparse![minute];
            if (seen >= rank)
            {
                return minute;
            }
        }

        throw new InvalidOperationException("The rank is beyond the count.");
    }
}
