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

    /// <summary>Turns invariant text (<c>-1234567.25</c>) into vi-VN text (<c>-1.234.567,25</c>): the core's <see cref="NumberText.Localize"/>.</summary>
    internal static string Localize(string invariant) => NumberText.Localize(invariant, Language.Vi);

    /// <summary>Invariant text for data attributes and files: shortest form, '.' before decimals, no grouping.</summary>
    public static string Invariant(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    /// <summary>Invariant text of a whole number.</summary>
    public static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
