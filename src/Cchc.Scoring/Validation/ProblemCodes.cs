namespace Cchc.Scoring;

/// <summary>The stable codes of the problems the library reports. <c>docs/errors.md</c> explains each.</summary>
public static class ProblemCodes
{
    /// <summary>The text is not well-formed JSON.</summary>
    public const string InvalidJson = "invalid-json";

    /// <summary>A required field is missing.</summary>
    public const string MissingField = "missing-field";

    /// <summary>A field that the format does not have (often a misspelt name).</summary>
    public const string UnknownField = "unknown-field";

    /// <summary>A field has a value of the wrong type or form.</summary>
    public const string InvalidValue = "invalid-value";

    /// <summary>A period does not parse (expected <c>2025</c>, <c>2025-H1</c>, <c>2025-Q3</c>, <c>2025-07</c> or <c>2025-01-01..2025-03-31</c>).</summary>
    public const string InvalidPeriod = "invalid-period";

    /// <summary>Two items share an identifier that must be unique.</summary>
    public const string Duplicate = "duplicate";

    /// <summary>A submission names an indicator the framework does not have.</summary>
    public const string UnknownIndicator = "unknown-indicator";

    /// <summary>A unit names a parent that does not exist, or a submission names an undeclared unit.</summary>
    public const string UnknownUnit = "unknown-unit";

    /// <summary>The unit hierarchy has a cycle.</summary>
    public const string UnitCycle = "unit-cycle";

    /// <summary>A count is negative.</summary>
    public const string NegativeCount = "negative-count";

    /// <summary>A ratio's numerator exceeds its denominator less the excluded items.</summary>
    public const string NumeratorExceedsDenominator = "numerator-exceeds-denominator";

    /// <summary>A ratio's excluded count exceeds its denominator.</summary>
    public const string ExcludedExceedsDenominator = "excluded-exceeds-denominator";

    /// <summary>A measurement is not of the kind the indicator measures.</summary>
    public const string MeasureMismatch = "measure-mismatch";

    /// <summary>A number lies outside the range the library accepts.</summary>
    public const string OutOfRange = "out-of-range";

    /// <summary>A rule kind is not registered.</summary>
    public const string UnknownRule = "unknown-rule";

    /// <summary>A rule parameter is missing or invalid.</summary>
    public const string InvalidRuleParameter = "invalid-rule-parameter";

    /// <summary>A rule does not fit its indicator (for example a yes/no rule on a ratio).</summary>
    public const string RuleMismatch = "rule-mismatch";

    /// <summary>The indicators' points do not add up to the framework's declared total.</summary>
    public const string PointsTotalMismatch = "points-total-mismatch";

    /// <summary>Classification bands are missing, overlapping or do not start at 0.</summary>
    public const string InvalidBands = "invalid-bands";

    /// <summary>A target is inconsistent (for example a baseline change without a baseline).</summary>
    public const string InvalidTarget = "invalid-target";

    /// <summary>A scoring rule gives full points at a boundary where the target is not met.</summary>
    public const string StrictBoundary = "strict-boundary";

    /// <summary>A baseline value needed by a target is missing.</summary>
    public const string MissingBaseline = "missing-baseline";

    /// <summary>A built-in framework with that identifier does not exist.</summary>
    public const string UnknownFramework = "unknown-framework";

    /// <summary>A period roll-up method does not fit the indicator's measure (for example <c>sum</c> for a ratio).</summary>
    public const string RollUpMismatch = "roll-up-mismatch";
    /// <summary>A bonus or deduction the framework does not allow (its cap is 0).</summary>
    public const string AdjustmentNotAllowed = "adjustment-not-allowed";

    /// <summary>Bonus or deduction points beyond the framework's cap: the excess is not counted.</summary>
    public const string AdjustmentCapped = "adjustment-capped";

    /// <summary>A parent unit's roll-up lacks figures from some of its units (they are left out and listed).</summary>
    public const string RollUpIncomplete = "roll-up-incomplete";

    /// <summary>A unit submitted for an indicator that the framework declares not applicable to its kind; the submission is not used.</summary>
    public const string NotApplicableToKind = "not-applicable-to-kind";

    /// <summary>An input goes beyond a limit of <see cref="Serialization.ReadLimits"/>: too large, too deep, too many submissions, or a text too long.</summary>
    public const string LimitExceeded = "limit-exceeded";

    /// <summary>Two lineage events end the same unit (a unit merged twice, merged and dissolved), or create the same unit.</summary>
    public const string LineageConflict = "lineage-conflict";

    /// <summary>A lineage event falls outside the validity of a unit it names, or a unit reports to a parent that does not exist at the time.</summary>
    public const string LineageOutsideValidity = "lineage-outside-validity";

    /// <summary>Units are their own predecessors through lineage events (or an event names the same unit on both sides).</summary>
    public const string LineageCycle = "lineage-cycle";

    /// <summary>The shares of a split are not a share for each new unit between 0 and 1 summing to 1.</summary>
    public const string LineageInvalidShares = "lineage-invalid-shares";
}
