namespace Cchc.Scoring;

/// <summary>
/// A counter-based generator: every number is a pure function of (seed, sample index, draw index), the SplitMix64
/// finaliser (Steele, Lea and Flood 2014) applied to each part in turn. There is no state to share between threads or
/// to advance, so sample k draws the same numbers whatever the sample count and the order samples are computed in.
/// </summary>
internal static class CounterRandom
{
    private const ulong Golden = 0x9E3779B97F4A7C15UL;

    /// <summary>2^53: the 53 high bits of a draw give a fraction with as many bits as a double's mantissa.</summary>
    private const decimal TwoPow53 = 9007199254740992m;

    /// <summary>The 64 random bits of draw <paramref name="draw"/> of sample <paramref name="sample"/>.</summary>
    public static ulong Bits(ulong seed, int sample, int draw)
    {
        unchecked
        {
            ulong h = Mix(seed + Golden);
            h = Mix((h ^ (ulong)(uint)sample) + Golden);
            return Mix((h ^ (ulong)(uint)draw) + Golden);
        }
    }

    /// <summary>A fraction in [0, 1) with 53 random bits, as an exact decimal.</summary>
    public static decimal Fraction(ulong seed, int sample, int draw) => (Bits(seed, sample, draw) >> 11) / TwoPow53;

    /// <summary>An index in [0, <paramref name="count"/>): the high 32 bits scaled (Lemire's multiply-shift).</summary>
    public static int Choice(ulong seed, int sample, int draw, int count)
    {
        unchecked
        {
            return (int)(((Bits(seed, sample, draw) >> 32) * (ulong)(uint)count) >> 32);
        }
    }

    /// <summary>The SplitMix64 finaliser: a bijection of 64-bit words with full avalanche.</summary>
    public static ulong Mix(ulong z)
    {
        unchecked
        {
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
