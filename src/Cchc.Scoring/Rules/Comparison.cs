namespace Cchc.Scoring.Rules;

/// <summary>How a value is compared with its target. The comparison also fixes the direction: which way is better.</summary>
public enum Comparison
{
    /// <summary>At least (≥): higher is better; the target value itself passes ("tối thiểu 95%").</summary>
    AtLeast,

    /// <summary>Greater than (&gt;): higher is better; the target value itself fails ("đạt trên 95%").</summary>
    GreaterThan,

    /// <summary>At most (≤): lower is better; the target value itself passes ("tối đa 15 phút").</summary>
    AtMost,

    /// <summary>Less than (&lt;): lower is better; the target value itself fails.</summary>
    LessThan,

    /// <summary>Equal (=): for yes/no targets (1 = yes).</summary>
    Equal,
}

/// <summary>Helpers for <see cref="Comparison"/>.</summary>
public static class ComparisonExtensions
{
    /// <summary>True when <paramref name="value"/> meets the target under the comparison. Exact decimal arithmetic, no rounding.</summary>
    /// <param name="comparison">The comparison.</param>
    /// <param name="value">The measured value.</param>
    /// <param name="target">The target value.</param>
    /// <returns>True when met.</returns>
    public static bool IsMet(this Comparison comparison, decimal value, decimal target) => comparison switch
    {
        Comparison.AtLeast => value >= target,
        Comparison.GreaterThan => value > target,
        Comparison.AtMost => value <= target,
        Comparison.LessThan => value < target,
        _ => value == target,
    };

    /// <summary>True when higher values are better (≥ and &gt;).</summary>
    /// <param name="comparison">The comparison.</param>
    /// <returns>True for higher-is-better.</returns>
    public static bool HigherIsBetter(this Comparison comparison) => comparison is Comparison.AtLeast or Comparison.GreaterThan;

    /// <summary>True when lower values are better (≤ and &lt;).</summary>
    /// <param name="comparison">The comparison.</param>
    /// <returns>True for lower-is-better.</returns>
    public static bool LowerIsBetter(this Comparison comparison) => comparison is Comparison.AtMost or Comparison.LessThan;

    /// <summary>True for the strict comparisons (&gt; and &lt;).</summary>
    /// <param name="comparison">The comparison.</param>
    /// <returns>True when strict.</returns>
    public static bool IsStrict(this Comparison comparison) => comparison is Comparison.GreaterThan or Comparison.LessThan;

    /// <summary>The symbol used in files and explanations: <c>&gt;=</c>, <c>&gt;</c>, <c>&lt;=</c>, <c>&lt;</c> or <c>=</c>.</summary>
    /// <param name="comparison">The comparison.</param>
    /// <returns>The symbol.</returns>
    public static string Symbol(this Comparison comparison) => comparison switch
    {
        Comparison.AtLeast => ">=",
        Comparison.GreaterThan => ">",
        Comparison.AtMost => "<=",
        Comparison.LessThan => "<",
        _ => "=",
    };

    /// <summary>Parses a symbol written by <see cref="Symbol"/>.</summary>
    /// <param name="symbol">The symbol.</param>
    /// <param name="comparison">The comparison, when known.</param>
    /// <returns>True when the symbol is known.</returns>
    internal static bool TryParse(string? symbol, out Comparison comparison)
    {
        (bool ok, comparison) = symbol switch
        {
            ">=" => (true, Comparison.AtLeast),
            ">" => (true, Comparison.GreaterThan),
            "<=" => (true, Comparison.AtMost),
            "<" => (true, Comparison.LessThan),
            "=" => (true, Comparison.Equal),
            _ => (false, Comparison.AtLeast),
        };
        return ok;
    }
}
