using System;
using System.Globalization;
using System.Text;

namespace Cchc.Scoring.Reports;

/// <summary>
/// Numbers as Vietnamese readers write them (vi-VN): ',' before the decimals, '.' between thousands, a space before
/// '%': 1.234,5 and 89,46 %. Formatted by hand from the invariant text, so the result does not depend on the
/// machine's culture data (which invariant globalization leaves out).
/// </summary>
internal static class ViNumber
{
    /// <summary>Exactly <paramref name="digits"/> decimals, rounded half away from zero: 1234.5 → 1.234,50.</summary>
    public static string Fixed(decimal value, int digits)
    {
        decimal rounded = Math.Round(value, digits, MidpointRounding.AwayFromZero);
        return Localize(rounded.ToString("F" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
    }

    /// <summary>At most <paramref name="digits"/> decimals, without trailing zeros: 57.798 → 57,8; 100 → 100; 1234567 → 1.234.567.</summary>
    public static string Short(decimal value, int digits = 2)
    {
        decimal rounded = Math.Round(value, digits, MidpointRounding.AwayFromZero);
        string pattern = digits == 0 ? "0" : "0." + new string('#', digits);
        return Localize(rounded.ToString(pattern, CultureInfo.InvariantCulture));
    }

    /// <summary>A percentage with exactly <paramref name="digits"/> decimals: 89.456 → 89,46 %.</summary>
    public static string Percent(decimal value, int digits = 2) => Fixed(value, digits) + " %";

    /// <summary>A whole number with thousands separated: 21050 → 21.050.</summary>
    public static string Integer(long value) => Localize(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Turns invariant text (<c>-1234567.25</c>) into vi-VN text (<c>-1.234.567,25</c>).</summary>
    internal static string Localize(string invariant)
    {
        int start = invariant.StartsWith('-') ? 1 : 0;
        int dot = invariant.IndexOf('.', StringComparison.Ordinal);
        int end = dot < 0 ? invariant.Length : dot;
        var sb = new StringBuilder(invariant.Length + 8);
        sb.Append(invariant, 0, start);
        int digits = end - start;
        for (int i = 0; i < digits; i++)
        {
            if (i > 0 && (digits - i) % 3 == 0)
            {
                sb.Append('.');
            }

            sb.Append(invariant[start + i]);
        }

        if (dot >= 0)
        {
            sb.Append(',').Append(invariant, dot + 1, invariant.Length - dot - 1);
        }

        // "-0" after rounding a tiny negative number reads as plain 0.
        string text = sb.ToString();
        return text.TrimStart('-').Trim('0', ',', '.').Length == 0 ? text.TrimStart('-') : text;
    }

    /// <summary>Invariant text for data attributes and files: shortest form, '.' before decimals, no grouping.</summary>
    public static string Invariant(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    /// <summary>Invariant text of a whole number.</summary>
    public static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
