using System.Linq;
using Cchc.Scoring.Rules;
using NodaTime;

namespace Cchc.Scoring;

/// <summary>
/// The one-paragraph explanation of an indicator score, in Vietnamese or English, written from its facts when first
/// asked for. The numbers are written the way the language writes them (<see cref="Num"/>); periods, dates and instants
/// keep their ISO form.
/// </summary>
internal static class Explanations
{
    public static string Of(IndicatorScore score, ScoreFacts f, Language lang) =>
        f.SurveyNotHeld ? AssessmentText.SurveyNotHeld(f.Indicator, lang)
        : f.Assessed is AssessedPoints assessed ? OfFigures(score, f, lang) + " " + AssessmentText.Sentence(assessed, score, f, lang) : OfFigures(score, f, lang);

    private static string OfFigures(IndicatorScore score, ScoreFacts f, Language lang)
    {
        bool vi = lang == Language.Vi;
        var indicator = f.Indicator;
        string max = Num.Format(indicator.MaxPoints, lang);
        string noPoints = vi ? " 0/" + max + " điểm." : " 0 of " + max + " points.";
        string leavesTotal = vi ? "điểm tối đa không tính vào tổng." : "the maximum leaves the total.";
        string seeProblems = vi ? " không dùng được (xem danh sách vấn đề); tính như không có số liệu." : " cannot be used (see the problems); scored as no data.";
        if (f.Outcome == TraceOutcome.NotApplicableToKind)
        {
            return vi
                ? "Không áp dụng cho đơn vị loại " + Glossary.UnitKind(f.UnitKind ?? string.Empty).Vi + " (khung đánh giá quy định); " + leavesTotal
                : "Not applicable to units of kind '" + f.UnitKind + "' (declared by the framework); " + leavesTotal;
        }

        if (f.RollUp is RollUpTrace rollUp)
        {
            string method = TraceText.MethodName(rollUp.Method, lang);
            switch (f.Outcome)
            {
                case TraceOutcome.NoApplicableUnits:
                    return vi
                        ? "Tổng hợp (" + method + "): chỉ tiêu không áp dụng cho đơn vị trực thuộc nào; " + leavesTotal
                        : "Rolled up (" + method + "): the indicator applies to none of the units; " + leavesTotal;
                case TraceOutcome.NoUnitFigures:
                    return (vi
                        ? "Tổng hợp (" + method + "): không đơn vị trực thuộc nào có số liệu dùng được ("
                        : "Rolled up (" + method + "): no unit has a usable figure (") + string.Join(", ", rollUp.MissingUnits) + ")." + noPoints;
            }

            int n = rollUp.Parts.Count;
            string rolled = vi
                ? "giá trị " + method + " từ " + Num.Format(n, lang) + " đơn vị: " + rollUp.FormulaIn(lang)
                : "value " + method + " from " + Num.Format(n) + (n == 1 ? " unit: " : " units: ") + rollUp.FormulaIn(lang);
            return f.Outcome == TraceOutcome.MissingBaseline
                ? rolled + MissingBaseline(indicator, lang) + noPoints
                : Scored(score, f, rolled, string.Empty, lang);
        }

        if (f.Lineage is LineageTrace lineage)
        {
            string across = (vi ? "Qua sắp xếp đơn vị: " : "Across the reorganisation: ") + lineage.Describe(lang);
            if (f.Figure is not Measurement combined)
            {
                return across + (vi ? "; không có số liệu dùng được." : "; no usable figure.") + noPoints;
            }

            if (f.Outcome is TraceOutcome.DeclaredNotApplicable or TraceOutcome.NothingToMeasure)
            {
                return across + "; " + FigureText.Of(combined, lang) + "; " + leavesTotal;
            }

            string acrossText = across + (vi ? "; gộp: " : "; combined: ") + Describe(combined, f.Value!.Value, lang) + BaselineNote(f, lang);
            return f.Outcome == TraceOutcome.MissingBaseline
                ? acrossText + MissingBaseline(indicator, lang) + noPoints
                : Scored(score, f, acrossText, string.Empty, lang);
        }

        var period = f.Context.Period;
        string when = period.ToString() + (f.Context.AsOf is Instant at ? (vi ? " tính đến " : " as of ") + NodaTime.Text.InstantPattern.ExtendedIso.Format(at) : string.Empty);
        var source = f.Source;
        if (f.Imputation is Imputation imputed)
        {
            string missing = vi ? "Không có số liệu dùng được cho kỳ " + when : "No usable figure for " + when;
            if (imputed.Method == MissingDataMethod.NotApplicable)
            {
                return missing + (vi ? "; theo quy định về thiếu số liệu, chỉ tiêu coi như không áp dụng; " : "; under the missing-data policy the indicator counts as not applicable; ") + leavesTotal;
            }

            string how = imputed.Method == MissingDataMethod.CarryForward
                ? (vi ? "; theo quy định về thiếu số liệu, dùng số liệu của kỳ " + imputed.FromPeriod?.ToString() + " (ước tính): " : "; under the missing-data policy the figure of " + imputed.FromPeriod?.ToString() + " is carried forward (imputed): ")
                : (vi ? "; theo quy định về thiếu số liệu, dùng trung bình của " + Num.Format(imputed.Peers, lang) + " đơn vị cùng loại (ước tính): " : "; under the missing-data policy the mean of " + Num.Format(imputed.Peers) + " units of the same kind is used (imputed): ");
            string imputedValue = missing + how + (imputed.Method == MissingDataMethod.CarryForward && f.Figure is Measurement carried
                ? Describe(carried, f.Value!.Value, lang)
                : (vi ? "giá trị " : "value ") + Num.Cut(f.Value!.Value, lang));
            return f.Outcome == TraceOutcome.MissingBaseline
                ? imputedValue + MissingBaseline(indicator, lang) + noPoints
                : Scored(score, f, imputedValue, string.Empty, lang);
        }

        if (source is null)
        {
            var leftOut = f.LeftOut;
            if (leftOut.Count > 0)
            {
                // Something touches the period but cannot be rolled up into it: say what and why, not "no submission".
                return (vi ? "Không có số liệu dùng được cho kỳ " + when + " (" : "No usable submission for " + when + " (")
                    + PeriodRollUp.LeftOutGroups(leftOut, period, lang) + ")." + noPoints;
            }

            return (vi ? "Không có số liệu cho kỳ " : "No submission for ") + when + "." + noPoints;
        }

        string from = source.IsRollUp ? source.Description(lang) + "; " : string.Empty;
        string late = source.LateNote(lang) + PeriodRollUp.LeftOutNote(source.LeftOut, period, lang);
        if (source.Measurement is not Measurement measurement)
        {
            return from + (vi ? "một số kỳ" : "some parts") + seeProblems + noPoints + late;
        }

        switch (f.Outcome)
        {
            case TraceOutcome.DeclaredNotApplicable:
                return from + (vi ? "Đơn vị khai báo không áp dụng cho kỳ " : "Declared not applicable for ") + when + "; " + leavesTotal + late;
            case TraceOutcome.Unusable:
                return from + (vi ? "Số liệu " : "The submission ") + FigureText.Of(measurement, lang) + seeProblems + noPoints + late;
            case TraceOutcome.NothingToMeasure:
                return from + FigureText.Of(measurement, lang) + (vi ? ": không có gì để đo (mẫu số bằng 0 sau khi loại trừ); " : ": nothing to measure (0 after exclusions); ") + leavesTotal + late;
        }

        string valueText = from + Describe(measurement, f.Value!.Value, lang) + BaselineNote(f, lang);
        return f.Outcome == TraceOutcome.MissingBaseline
            ? valueText + MissingBaseline(indicator, lang) + noPoints + late
            : Scored(score, f, valueText, late, lang);
    }

    /// <summary>How a baseline was formed from predecessors' figures, starting with "; "; empty when it was not.</summary>
    private static string BaselineNote(ScoreFacts f, Language lang) => f.BaselineLineage is LineageTrace b
        ? (lang == Language.Vi ? "; giá trị gốc " + b.Period.ToString() + " qua sắp xếp đơn vị: " : "; baseline " + b.Period.ToString() + " across the reorganisation: ") + b.Describe(lang)
        : string.Empty;

    private static string MissingBaseline(Indicator indicator, Language lang) => lang == Language.Vi
        ? "; mục tiêu cần giá trị gốc " + BaselineText(indicator.Target.Baseline!, lang) + " nhưng không có."
        : "; the target needs the baseline " + indicator.Target.Baseline + ", which is missing.";

    private static string Scored(IndicatorScore score, ScoreFacts f, string valueText, string late, Language lang)
    {
        bool vi = lang == Language.Vi;
        var indicator = f.Indicator;
        var target = indicator.Target;
        var input = f.RuleInput!.Value;
        decimal exact = f.ClampedPoints;
        var rounding = f.Context.Rounding;
        string targetText = (vi ? "mục tiêu " : "target ") + TargetText(target, lang)
            + (target.IsBaselineRelative ? " = " + Num.Cut(input.Target, lang) + (vi ? " (giá trị gốc " : " (baseline ") + Num.Cut(f.Baseline!.Value, lang) + ")" : string.Empty);
        string clampText = exact != f.RulePoints
            ? (vi ? "; giới hạn trong [0; " + Num.Format(indicator.MaxPoints, lang) + "] = " : "; clamped to [0, " + Num.Format(indicator.MaxPoints) + "] = ") + Num.Cut(exact, lang)
            : string.Empty;
        string roundText;
        if (f.ComputedPoints == exact)
        {
            roundText = string.Empty;
        }
        else if (!input.Met && f.ComputedPoints == indicator.MaxPoints)
        {
            // The rounding reaches the maximum of a target that is not met: say so, or "not met" next to full points puzzles.
            string shown = Num.Fixed(f.ComputedPoints, rounding.Digits, lang);
            roundText = vi
                ? "; làm tròn (" + TraceText.Policy(rounding, lang) + "): " + Num.Cut(exact, lang) + " làm tròn thành " + shown + " (chưa đạt mục tiêu)"
                : "; rounded (" + rounding + "): " + Num.Cut(exact) + " rounded to " + shown + " (the target is not met)";
        }
        else
        {
            roundText = (vi ? "; làm tròn (" + TraceText.Policy(rounding, lang) + ") thành " : "; rounded (" + rounding + ") to ") + Num.Format(f.ComputedPoints, lang);
        }

        string text = valueText + "; " + targetText + "; " + RuleDescriptions.ShortName(indicator.Rule, lang) + ": " + RuleText.Localized(indicator.Rule.Explain(input), lang)
            + clampText + roundText + "." + late;
        return f.AppraisalUsed
            ? text + (vi ? " Điểm thẩm định " + Num.Format(score.Points, lang) + " được dùng thay." : " Appraised points " + Num.Format(score.Points) + " replace them.")
            : text;
    }

    /// <summary>The figure in words: <c>value 905 ÷ (1005 − 5) × 100 = 90.5 %</c>, <c>value yes</c>, <c>value 12</c>.</summary>
    internal static string Describe(Measurement m, decimal value, Language lang = Language.En)
    {
        string word = lang == Language.Vi ? "giá trị " : "value ";
        return m.Kind switch
        {
            MeasureKind.Ratio => word + ValueFormula(m, value, lang),
            MeasureKind.YesNo => word + FigureText.Of(m, lang),
            _ => word + Num.Format(value, lang),
        };
    }

    /// <summary>The value's arithmetic: <c>905 ÷ (1005 − 5) × 100 = 90.5 %</c>, or the number itself; null for yes/no.</summary>
    internal static string? ValueFormula(Measurement m, decimal value, Language lang = Language.En)
    {
        string F(decimal v) => Num.Format(v, lang);
        return m.Kind switch
        {
            MeasureKind.Ratio => F(m.Numerator) + " ÷ " + (m.Excluded != 0 ? "(" + F(m.Denominator) + " − " + F(m.Excluded) + ")" : F(m.Denominator)) + " × 100 = " + Num.Cut(value, lang) + " %",
            MeasureKind.YesNo => null,
            _ => Num.Cut(value, lang),
        };
    }

    /// <summary>A target as written in an explanation: <c>&gt;= 90</c>; in Vietnamese <c>&lt;= giá trị gốc 2021 × (1 − 10 ÷ 100)</c>.</summary>
    internal static string TargetText(Target target, Language lang)
    {
        if (lang != Language.Vi)
        {
            return target.ToString();
        }

        string v = Num.Format(target.Value, lang);
        string b = "giá trị gốc " + (target.Baseline is Baseline baseline ? BaselineText(baseline, lang) : string.Empty);
        return target.Comparison.Symbol() + " " + target.Change switch
        {
            TargetChange.None => v,
            TargetChange.RelativeReduction => b + " × (1 − " + v + " ÷ 100)",
            TargetChange.AbsoluteReduction => b + " − " + v,
            TargetChange.RelativeIncrease => b + " × (1 + " + v + " ÷ 100)",
            _ => b + " + " + v,
        };
    }

    /// <summary>Where a baseline comes from: its period (<c>2021</c>), or its fixed value in the language's numbers.</summary>
    internal static string BaselineText(Baseline baseline, Language lang) =>
        baseline.Period is ReportingPeriod p ? p.ToString() : Num.Format(baseline.Value ?? 0, lang);
}
