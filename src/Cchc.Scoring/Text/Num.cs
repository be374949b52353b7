using System;
using System.Globalization;
using System.Text;

namespace Cchc.Scoring;

/// <summary>
/// Number text for explanations and tables. The invariant forms (a point before the decimals, no grouping) are for
/// files and formulas that machines read; the forms with a <see cref="Language"/> are for people: in Vietnamese a comma
/// before the decimals and a dot between thousands (<c>1.510</c>, <c>87,995338…</c>), in English a point and no
/// grouping (<c>1510</c>, <c>87.995338…</c>). Written by hand from the invariant text, so the result depends on no
/// culture data.
/// </summary>
internal static class Num
{
    /// <summary>The shortest invariant text of a decimal: no trailing zeros, no grouping (87.500 → 87.5).</summary>
    public static string Format(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    public static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A decimal shown with exactly <paramref name="digits"/> decimals, already rounded by the caller.</summary>
    public static string Fixed(decimal value, int digits) => value.ToString("F" + Format(digits), CultureInfo.InvariantCulture);

    /// <summary>The shortest text of a decimal in <paramref name="language"/>: 1510.25 → <c>1.510,25</c> (vi), <c>1510.25</c> (en).</summary>
    public static string Format(decimal value, Language language) => In(Format(value), language);

    /// <summary>A whole number in <paramref name="language"/>: 16680 → <c>16.680</c> (vi), <c>16680</c> (en).</summary>
    public static string Format(int value, Language language) => In(Format(value), language);

    /// <summary>Exactly <paramref name="digits"/> decimals, already rounded by the caller, in <paramref name="language"/>.</summary>
    public static string Fixed(decimal value, int digits, Language language) => In(Fixed(value, digits), language);

    /// <summary>A number as written in a formula: at most 6 decimals, "…" when more were cut (invariant).</summary>
    public static string Cut(decimal value)
    {
        decimal shown = Math.Round(value, 6, MidpointRounding.AwayFromZero);
        return Format(shown) + (shown != value ? "…" : string.Empty);
    }

    /// <summary>A number as written in a formula, in <paramref name="language"/>: <c>87,995338…</c> (vi).</summary>
    public static string Cut(decimal value, Language language) => In(Cut(value), language);

    /// <summary>Invariant number text in <paramref name="language"/>: unchanged in English, <see cref="Vietnamese"/> otherwise.</summary>
    public static string In(string invariant, Language language) => language == Language.Vi ? Vietnamese(invariant) : invariant;

    /// <summary>
    /// Turns one invariant number (<c>-1234567.25</c>, optionally followed by <c>…</c>) into vi-VN text
    /// (<c>-1.234.567,25</c>); "-0" reads as "0".
    /// </summary>
    public static string Vietnamese(string invariant)
    {
        ArgumentNullException.ThrowIfNull(invariant);
        int start = invariant.StartsWith('-') ? 1 : 0;
        int dot = invariant.IndexOf('.', StringComparison.Ordinal);
        int end = start;
        while (end < invariant.Length && char.IsAsciiDigit(invariant[end]))
        {
            end++;
        }

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

        if (dot == end)
        {
            sb.Append(',').Append(invariant, dot + 1, invariant.Length - dot - 1);
        }
        else
        {
            sb.Append(invariant, end, invariant.Length - end);
        }

        // "-0" after rounding a tiny negative number reads as plain 0.
        string text = sb.ToString();
        bool zero = true;
        foreach (char d in text)
        {
            zero &= !char.IsAsciiDigit(d) || d == '0';
        }

        return start == 1 && zero ? text[1..] : text;
    }

    /// <summary>
    /// Writes every number of a language-neutral formula (<c>1510 ÷ 1716 × 100 = 87.995338… %</c>) in
    /// <paramref name="language"/> (<c>1.510 ÷ 1.716 × 100 = 87,995338… %</c>). A number is a run of digits, with
    /// decimals after a point, that is not part of a word, a date or a name (a letter, a digit, '_', or a '-', '.' or ':'
    /// joining it to one, leaves it as it is), so periods such as <c>2025-Q3</c>, dates and instants are not changed.
    /// </summary>
    public static string Numbers(string formula, Language language)
    {
        ArgumentNullException.ThrowIfNull(formula);
        if (language != Language.Vi)
        {
            return formula;
        }

        var sb = new StringBuilder(formula.Length + 8);
        int i = 0;
        while (i < formula.Length)
        {
            char c = formula[i];
            if (!char.IsAsciiDigit(c) || JoinedBefore(formula, i))
            {
                sb.Append(c);
                i++;
                continue;
            }

            int j = i;
            while (j < formula.Length && char.IsAsciiDigit(formula[j]))
            {
                j++;
            }

            if (j + 1 < formula.Length && formula[j] == '.' && char.IsAsciiDigit(formula[j + 1]))
            {
                j++;
                while (j < formula.Length && char.IsAsciiDigit(formula[j]))
                {
                    j++;
                }
            }

            if (JoinedAt(formula, j))
            {
                // Part of a name or a date (2025-Q3, 2025-01-01, 1.2.3): copied as it is, up to the end of that word.
                while (JoinedAt(formula, j))
                {
                    j++;
                }

                sb.Append(formula, i, j - i);
            }
            else
            {
                sb.Append(Vietnamese(formula[i..j]));
            }

            i = j;
        }

        return sb.ToString();
    }

    /// <summary>True when the character at <paramref name="j"/> continues a word: a letter, a digit, '_' or '-', or a '.' or ':' followed by one.</summary>
    private static bool JoinedAt(string text, int j) =>
        j < text.Length && (char.IsLetterOrDigit(text[j]) || text[j] is '_' or '-'
            || (text[j] is '.' or ':' && j + 1 < text.Length && char.IsLetterOrDigit(text[j + 1])));

    /// <summary>True when the digit at <paramref name="i"/> continues a word; a '-' after a space or an operator is a sign.</summary>
    private static bool JoinedBefore(string text, int i)
    {
        if (i == 0)
        {
            return false;
        }

        char p = text[i - 1];
        return char.IsLetterOrDigit(p) || p is '_' or '.' or ':' || (p == '-' && i >= 2 && char.IsLetterOrDigit(text[i - 2]));
    }
}
