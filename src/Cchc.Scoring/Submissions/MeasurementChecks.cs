using Cchc.Scoring.Serialization;

namespace Cchc.Scoring;

/// <summary>The one rule for whether a measurement's own figures are valid, shared by the readers, validation and scoring.</summary>
internal static class MeasurementChecks
{
    /// <summary>The largest magnitude accepted for any figure: far above any real count, far below decimal overflow.</summary>
    public const decimal MaxMagnitude = 1_000_000_000_000_000m;

    /// <summary>True when the measurement's own figures can be scored: see <see cref="Check"/>.</summary>
    public static bool IsUsable(Measurement m) => Check(m, null, null);

    /// <summary>
    /// Checks a measurement's own figures (no framework needed): magnitudes, counts, negative values, a numerator beyond its
    /// denominator less the excluded cases, a percentage outside 0–100. Reports into <paramref name="bag"/> when given;
    /// without one nothing is built, so scoring can ask cheaply. A measurement declared not applicable passes.
    /// </summary>
    /// <returns>True when no error was found.</returns>
    public static bool Check(Measurement m, string? path, ProblemBag? bag)
    {
        if (!m.IsApplicable)
        {
            return true;
        }

        if (TooLarge(m.Value, "value", path, bag) || TooLarge(m.Numerator, "numerator", path, bag)
            || TooLarge(m.Denominator, "denominator", path, bag) || TooLarge(m.Excluded, "excluded", path, bag))
        {
            return false;
        }

        bool ok = true;
        if (m.Count is decimal count && (count < 0 || count > MaxMagnitude))
        {
            Fail(ref ok, bag)?.Error(count < 0 ? ProblemCodes.NegativeCount : ProblemCodes.OutOfRange, path + ".count", "The count " + Num.Format(count) + " is not a number of cases (0 to " + Num.Format(MaxMagnitude) + ").");
        }

        switch (m.Kind)
        {
            case MeasureKind.Ratio:
                bool negative = Negative(m.Numerator, "numerator", path, bag) | Negative(m.Denominator, "denominator", path, bag) | Negative(m.Excluded, "excluded", path, bag);
                if (negative)
                {
                    return false;
                }

                if (m.Excluded > m.Denominator)
                {
                    Fail(ref ok, bag)?.Error(ProblemCodes.ExcludedExceedsDenominator, path + ".excluded", "The excluded count " + Num.Format(m.Excluded) + " exceeds the denominator " + Num.Format(m.Denominator) + ".");
                }
                else if (m.Numerator > m.Denominator - m.Excluded)
                {
                    Fail(ref ok, bag)?.Error(
                        ProblemCodes.NumeratorExceedsDenominator,
                        path + ".numerator",
                        "The numerator " + Num.Format(m.Numerator) + " exceeds the denominator " + Num.Format(m.Denominator)
                        + (m.Excluded != 0 ? " less " + Num.Format(m.Excluded) + " excluded" : string.Empty) + ".");
                }

                break;
            case MeasureKind.Quantity or MeasureKind.Duration when m.Value < 0:
                Fail(ref ok, bag)?.Error(ProblemCodes.NegativeCount, path + ".value", "A " + FileNames.Of(m.Kind) + " cannot be negative (" + Num.Format(m.Value) + ").");
                break;
            case MeasureKind.Percentage when m.Value is < 0 or > 100:
                Fail(ref ok, bag)?.Error(ProblemCodes.OutOfRange, path + ".value", "A percentage lies between 0 and 100 (" + Num.Format(m.Value) + ").");
                break;
        }

        return ok;
    }

    private static bool TooLarge(decimal value, string field, string? path, ProblemBag? bag)
    {
        if (value <= MaxMagnitude && value >= -MaxMagnitude)
        {
            return false;
        }

        bag?.Error(ProblemCodes.OutOfRange, path + "." + field, "The number " + Num.Format(value) + " is too large (at most " + Num.Format(MaxMagnitude) + ").");
        return true;
    }

    private static bool Negative(decimal value, string field, string? path, ProblemBag? bag)
    {
        if (value >= 0)
        {
            return false;
        }

        bag?.Error(ProblemCodes.NegativeCount, path + "." + field, "The " + field + " cannot be negative (" + Num.Format(value) + ").");
        return true;
    }

    /// <summary>Marks the measurement as failing and gives the bag to report into, or null when only the answer is wanted.</summary>
    private static ProblemBag? Fail(ref bool ok, ProblemBag? bag)
    {
        ok = false;
        return bag;
    }
}
