using System;

namespace Cchc.Scoring;

/// <summary>
/// Whether a number written in a file can be held exactly as a <see cref="decimal"/>: its significant digits fit
/// decimal's 96-bit whole number (28 digits, or 29 below 7.9e28), at most 28 decimals once trailing zeros are
/// dropped (<c>2210.000</c> is 2210), and within decimal's range. A number
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
        Span<byte> leading = stackalloc byte[30]; // the first significant digits, enough to compare with decimal's largest
        int kept = 0;
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

            if (firstSignificant >= 0 && kept < leading.Length)
            {
                leading[kept++] = b;
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

        // value = (the significant digits as a whole number) × 10^power
        long power = trailingZeros - decimals + exponent;

        // A decimal is a 96-bit whole number (at most 79228162514264337593543950335, 29 digits) over a power of ten up to 28.
        bool fits = significant < 29 || (significant == 29 && leading[..29].SequenceCompareTo(LargestMantissa) <= 0);
        if (power >= 0 && (!fits || significant + power > 29 || (significant + power == 29 && !FitsScaled(leading[..significant], (int)power))))
        {
            return "is too large to be held (decimal numbers reach about 7.9e28).";
        }

        if (!fits)
        {
            return "has " + significant.ToString(System.Globalization.CultureInfo.InvariantCulture)
                + " significant digits, more than a decimal number holds (28, or 29 below 7.9e28): it would be rounded. Round it to 28 digits or fewer.";
        }

        if (power < -MaxDigits)
        {
            return "has more than 28 decimals (it is too small to be held: 1e-400 would be read as 0). Write at most 28 decimals.";
        }

        return null;
    }

    private static ReadOnlySpan<byte> LargestMantissa => "79228162514264337593543950335"u8;

    /// <summary>Whether the digits followed by <paramref name="zeros"/> zeros (29 digits in all) are at most decimal's largest.</summary>
    private static bool FitsScaled(ReadOnlySpan<byte> digits, int zeros)
    {
        Span<byte> whole = stackalloc byte[29];
        digits.CopyTo(whole);
        whole[digits.Length..].Fill((byte)'0');
        _ = zeros;
        return whole.SequenceCompareTo(LargestMantissa) <= 0;
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
