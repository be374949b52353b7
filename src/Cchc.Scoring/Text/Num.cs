using System.Globalization;

namespace Cchc.Scoring;

/// <summary>Culture-invariant number text for explanations and tables.</summary>
internal static class Num
{
    /// <summary>The shortest invariant text of a decimal: no trailing zeros, no grouping (87.500 → 87.5).</summary>
    public static string Format(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    public static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A decimal shown with exactly <paramref name="digits"/> decimals, already rounded by the caller.</summary>
    public static string Fixed(decimal value, int digits) => value.ToString("F" + Format(digits), CultureInfo.InvariantCulture);
}
