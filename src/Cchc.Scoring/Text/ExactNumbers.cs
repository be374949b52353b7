using System;

namespace Cchc.Scoring;

/// <summary>
/// Whether a number written in a file can be held exactly as a <see cref="decimal"/>: at most 28 significant digits,
/// at most 28 decimals once trailing zeros are dropped (<c>2210.000</c> is 2210), and within decimal's range. A number
/// that cannot is a problem, never rounded silently (<c>docs/formats.md</c>, "Numbers").
/// </summary>
internal static class ExactNumbers
{
    /// <summary>The most significant digits (and the most decimals) a number may have.</summary>
    public const int MaxDigits = 28;

    /// <summary>
    /// Why a JSON number literal cannot be held exactly (a clause to follow the number, with a hint), or null when it
    /// can. The literal is well-formed JSON (the parser has checked it).
    /// </summary>
    public static string? WhyNot(ReadOnlySpan<byte> literal)
    {
        int i = 0;
        if (i < literal.Length && literal[i] == (byte)'-')
        {
            i++;
        }

        int firstSignificant = -1;
        int lastNonZero = -1;
        int digitsSeen = 0;
        int decimals = 0;
        bool inFraction = false;
        for (; i < literal.Length; i++)
        {
            byte b = literal[i];
            if (b == (byte)'.')
            {
                inFraction = true;
                continue;
            }

            if (b is < (byte)'0' or > (byte)'9')
            {
                break;
            }

            if (inFraction)
            {
                decimals++;
            }

            if (b != (byte)'0')
            {
                if (firstSignificant < 0)
                {
                    firstSignificant = digitsSeen;
                }

                lastNonZero = digitsSeen;
            }

            digitsSeen++;
        }

        long exponent = 0;
        if (i < literal.Length && (literal[i] | 0x20) == (byte)'e')
        {
            i++;
            bool negative = false;
            if (i < literal.Length && literal[i] is (byte)'+' or (byte)'-')
            {
                negative = literal[i] == (byte)'-';
                i++;
            }

            for (; i < literal.Length && literal[i] is >= (byte)'0' and <= (byte)'9'; i++)
            {
                exponent = Math.Min((exponent * 10) + (literal[i] - '0'), 1_000_000_000L);
            }

            exponent = negative ? -exponent : exponent;
        }

        if (firstSignificant < 0)
        {
            return null; // zero, however written
        }

        int significant = lastNonZero - firstSignificant + 1;
        int trailingZeros = digitsSeen - 1 - lastNonZero;

        // value = (significant digits) × 10^power
        long power = trailingZeros - decimals + exponent;
        if (significant > MaxDigits)
        {
            return "has " + significant.ToString(System.Globalization.CultureInfo.InvariantCulture) + " significant digits; at most "
                + MaxDigits.ToString(System.Globalization.CultureInfo.InvariantCulture) + " can be held exactly, and it would be rounded. Round it to 28 digits or fewer.";
        }

        if (power < -MaxDigits)
        {
            return "has more than 28 decimals (it is too small to be held: 1e-400 would be read as 0). Write at most 28 decimals.";
        }

        if (power + significant > MaxDigits + 1)
        {
            return "is too large to be held (decimal numbers reach about 7.9e28).";
        }

        return null;
    }

    /// <summary>The same for a literal given as text.</summary>
    public static string? WhyNot(string literal)
    {
        Span<byte> bytes = literal.Length <= 512 ? stackalloc byte[literal.Length] : new byte[literal.Length];
        for (int i = 0; i < literal.Length; i++)
        {
            bytes[i] = literal[i] < 128 ? (byte)literal[i] : (byte)'x';
        }

        return WhyNot(bytes);
    }
}
