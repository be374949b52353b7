using System.Linq;
using Cchc.Scoring.Rules;
using NodaTime;

namespace Cchc.Scoring;

/// <summary>The one-paragraph English explanation of an indicator score, written from its facts when first asked for.</summary>
internal static class Explanations
{
    public static string Of(IndicatorScore score, ScoreFacts f)
    {
        var indicator = f.Indicator;
        string max = Num.Format(indicator.MaxPoints);
        string noPoints = " 0 of " + max + " points.";
        if (f.Outcome == TraceOutcome.NotApplicableToKind)
        {
            return "Not applicable to units of kind '" + f.UnitKind + "' (declared by the framework); the maximum leaves the total.";
        }

        if (f.RollUp is RollUpTrace rollUp)
        {
            string method = TraceText.MethodName(rollUp.Method, Language.En);
            switch (f.Outcome)
            {
                case TraceOutcome.NoApplicableUnits:
                    return "Rolled up (" + method + "): the indicator applies to none of the units; the maximum leaves the total.";
                case TraceOutcome.NoUnitFigures:
                    return "Rolled up (" + method + "): no unit has a usable figure (" + string.Join(", ", rollUp.MissingUnits) + ")." + noPoints;
            }

            string rolled = "value " + method + " from " + Num.Format(rollUp.Parts.Count) + (rollUp.Parts.Count == 1 ? " unit: " : " units: ") + rollUp.Formula;
            return f.Outcome == TraceOutcome.MissingBaseline
                ? rolled + "; the target needs the baseline " + indicator.Target.Baseline + ", which is missing." + noPoints
                : Scored(score, f, rolled, string.Empty);
        }

        var period = f.Context.Period;
        string when = period.ToString() + (f.Context.AsOf is Instant at ? " as of " + NodaTime.Text.InstantPattern.ExtendedIso.Format(at) : string.Empty);
        var source = f.Source;
        if (source is null)
        {
            return "No submission for " + when + "." + noPoints;
        }

        string from = source.IsRollUp ? source.Description + "; " : string.Empty;
        string late = source.LateNote;
        if (source.Measurement is not Measurement measurement)
        {
            return from + "some parts cannot be used (see the problems); scored as no data." + noPoints + late;
        }

        switch (f.Outcome)
        {
            case TraceOutcome.DeclaredNotApplicable:
                return from + "Declared not applicable for " + when + "; the maximum leaves the total." + late;
            case TraceOutcome.Unusable:
                return from + "The submission " + measurement + " cannot be used (see the problems); scored as no data." + noPoints + late;
            case TraceOutcome.NothingToMeasure:
                return from + measurement + ": nothing to measure (0 after exclusions); the maximum leaves the total." + late;
        }

        string valueText = from + Describe(measurement, f.Value!.Value);
        return f.Outcome == TraceOutcome.MissingBaseline
            ? valueText + "; the target needs the baseline " + indicator.Target.Baseline + ", which is missing." + noPoints + late
            : Scored(score, f, valueText, late);
    }

    private static string Scored(IndicatorScore score, ScoreFacts f, string valueText, string late)
    {
        var indicator = f.Indicator;
        var target = indicator.Target;
        var input = f.RuleInput!.Value;
        decimal exact = f.ClampedPoints;
        string targetText = "target " + target + (target.IsBaselineRelative ? " = " + RuleText.N(input.Target) + " (baseline " + RuleText.N(f.Baseline!.Value) + ")" : string.Empty);
        string clampText = exact != f.RulePoints ? "; clamped to [0, " + Num.Format(indicator.MaxPoints) + "] = " + RuleText.N(exact) : string.Empty;
        string roundText = f.ComputedPoints != exact ? "; rounded (" + f.Context.Rounding + ") to " + Num.Format(f.ComputedPoints) : string.Empty;
        string text = valueText + "; " + targetText + "; " + indicator.Rule.Kind + ": " + indicator.Rule.Explain(input) + clampText + roundText + "." + late;
        return f.AppraisalUsed ? text + " Appraised points " + Num.Format(score.Points) + " replace them." : text;
    }

    /// <summary>The figure in words: <c>value 905 ÷ (1005 − 5) × 100 = 90.5 %</c>, <c>value yes</c>, <c>value 12</c>.</summary>
    internal static string Describe(Measurement m, decimal value) => m.Kind switch
    {
        MeasureKind.Ratio => "value " + ValueFormula(m, value),
        MeasureKind.YesNo => "value " + (m.Answer ? "yes" : "no"),
        _ => "value " + Num.Format(value),
    };

    /// <summary>The value's arithmetic, language-neutral: <c>905 ÷ (1005 − 5) × 100 = 90.5 %</c>, or the number itself; null for yes/no.</summary>
    internal static string? ValueFormula(Measurement m, decimal value) => m.Kind switch
    {
        MeasureKind.Ratio => Num.Format(m.Numerator) + " ÷ " + (m.Excluded != 0 ? "(" + Num.Format(m.Denominator) + " − " + Num.Format(m.Excluded) + ")" : Num.Format(m.Denominator)) + " × 100 = " + RuleText.N(value) + " %",
        MeasureKind.YesNo => null,
        _ => RuleText.N(value),
    };
}
