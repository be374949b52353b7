using System;

namespace Cchc.Scoring;

/// <summary>
/// Numbers as people read them in Vietnamese or English, the one implementation the explanations, traces and hosts
/// share: in Vietnamese a comma before the decimals and a dot between thousands (<c>1.510</c>, <c>37,05</c>,
/// <c>87,995338…</c>), in English a point and no grouping (<c>1510</c>, <c>37.05</c>). Written by hand from the
/// invariant text, so it depends on no culture data.
/// </summary>
public static class NumberText
{
    /// <summary>The shortest text of a number, no trailing zeros: 1510.50 → <c>1.510,5</c> (vi), <c>1510.5</c> (en).</summary>
    /// <param name="value">The number.</param>
    /// <param name="language">The language of the reader.</param>
    /// <returns>The text.</returns>
    public static string Format(decimal value, Language language) => Num.Format(value, language);

    /// <summary>Exactly <paramref name="digits"/> decimals, rounded half away from zero: 37.0506 → <c>37,05</c> (vi), <c>37.05</c> (en).</summary>
    /// <param name="value">The number.</param>
    /// <param name="digits">How many decimals, 0 to 28.</param>
    /// <param name="language">The language of the reader.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="digits"/> is outside 0 to 28.</exception>
    public static string Fixed(decimal value, int digits, Language language)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(digits);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(digits, 28);
        return Num.Fixed(Math.Round(value, digits, MidpointRounding.AwayFromZero), digits, language);
    }

    /// <summary>
    /// Turns the invariant text of one number (<c>-1234567.25</c>, as <c>ToString(CultureInfo.InvariantCulture)</c> writes
    /// it, optionally followed by <c>…</c>) into the text of <paramref name="language"/> (<c>-1.234.567,25</c> in
    /// Vietnamese; unchanged in English). "-0" reads as "0" in Vietnamese.
    /// </summary>
    /// <param name="invariant">The invariant text of a number.</param>
    /// <param name="language">The language of the reader.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="invariant"/> is null.</exception>
    public static string Localize(string invariant, Language language)
    {
        ArgumentNullException.ThrowIfNull(invariant);
        return Num.In(invariant, language);
    }
}
