using System;

namespace Cchc.Scoring;

/// <summary>
/// Whether a number written in a file can be held exactly as a <see cref="decimal"/>: its significant digits fit
/// decimal's 96-bit integer (28 digits, 29 up to 79228162514264337593543950335 — the numbers the library itself
/// writes, such as 12.333333333333333333333333333), at most 28 decimals once trailing zeros are dropped
/// (<c>2210.000</c> is 2210), and within decimal's range. A number
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

        // value = M × 10^power, M the significant digits as an integer. A decimal holds N × 10^-s with N < 2^96 and
        // 0 <= s <= 28, so the value is held exactly when M × 10^max(power, 0) < 2^96 and power >= -28.
        long power = trailingZeros - decimals + exponent;
        if (significant > MaxDigits + 1)
        {
            return TooManyDigits(significant);
        }

        if (power < -MaxDigits)
        {
            return "has more than 28 decimals (it is too small to be held: 1e-400 would be read as 0). Write at most 28 decimals.";
        }

        if (power >= 0 && power + significant > MaxDigits + 1)
        {
            return TooLarge;
        }

        if (significant <= MaxDigits && power <= 0)
        {
            return null;
        }

        // Near the edge (29 digits, or a large power): build the integer and compare with decimal's largest mantissa.
        UInt128 mantissa = 0;
        int seen = 0;
        for (int k = literal[0] == (byte)'-' ? 1 : 0; k < literal.Length && seen <= lastNonZero; k++)
        {
            byte b = literal[k];
            if (b == (byte)'.')
            {
                continue;
            }

            if (seen >= firstSignificant)
            {
                mantissa = (mantissa * 10) + (uint)(b - '0');
            }

            seen++;
        }

        for (long p = Math.Max(power, 0); p > 0; p--)
        {
            mantissa *= 10;
        }

        if (mantissa <= LargestMantissa)
        {
            return null;
        }

        return power >= 0 ? TooLarge : TooManyDigits(significant);
    }

    private const string TooLarge = "is too large to be held (decimal numbers reach about 7.9e28).";

    /// <summary>2^96 − 1, the largest integer a decimal holds at scale 0.</summary>
    private static readonly UInt128 LargestMantissa = (UInt128.One << 96) - 1;

    private static string TooManyDigits(int significant) =>
        "has " + significant.ToString(System.Globalization.CultureInfo.InvariantCulture)
        + " significant digits and cannot be held exactly (a decimal holds 28 digits, 29 only up to 79228162514264337593543950335); it would be rounded. Round it to 28 digits or fewer.";

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
