using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Cchc.Scoring;
using Cchc.Scoring.Rules;
using NodaTime;
using NodaTime.Text;

namespace Cchc.Scoring;

/// <summary>
/// Renders traces in Vietnamese and English. Numbers are written the way the language writes them (a comma before the
/// decimals and a dot between thousands in Vietnamese); periods, dates and instants keep their ISO form.
/// </summary>
internal static class TraceText
{
    public static string Render(IndicatorTrace t, Language lang)
    {
        bool vi = lang == Language.Vi;
        var sb = new StringBuilder();
        void Line(string text) => sb.Append(text).Append('\n');

        string asOf = t.AsOf is Instant at ? (vi ? ", tính đến " : ", as of ") + Instant(at) : string.Empty;
        Line(t.Indicator.Code + " " + t.Indicator.Name.Get(lang) + " — " + (vi ? "đơn vị " : "unit ") + t.UnitId + (vi ? ", kỳ " : ", period ") + t.Period.ToString() + asOf);

        if (t.RollUp is RollUpTrace rollUp)
        {
            Line((vi ? "Tổng hợp từ các đơn vị trực thuộc (" : "Rolled up from the units (") + MethodName(rollUp.Method, lang) + "): " + rollUp.FormulaIn(lang));
            foreach (var part in rollUp.Parts)
            {
                Line("  " + part.UnitId + ": " + Figure(part.Figure, lang) + (part.IsRollUp ? (vi ? " (tổng hợp)" : " (rolled up)") : string.Empty));
            }

            if (rollUp.NotApplicableUnits.Count > 0)
            {
                Line((vi ? "Không áp dụng, không tính: " : "Not applicable, left out: ") + string.Join(", ", rollUp.NotApplicableUnits));
            }

            if (rollUp.MissingUnits.Count > 0)
            {
                Line((vi ? "Không có số liệu dùng được, không tính: " : "No usable figures, left out: ") + string.Join(", ", rollUp.MissingUnits));
            }
        }

        foreach (var source in t.Sources)
        {
            Line((vi ? "Số liệu: " : "Submission: ") + Source(source, lang));
        }

        foreach (var left in t.LeftOut)
        {
            var source = new TraceSource(left.Submission, t.SubmissionSet, t.AsOf);
            Line((vi ? "Không dùng: " : "Not used: ") + Source(source, lang) + " (" + PeriodRollUp.ReasonWords(left.Reason, t.Period, lang)
                + (left.CoveredBy is ReportingPeriod longer ? ": " + longer.ToString() : string.Empty) + ")");
        }

        if (t.IgnoredSubmission is TraceSource ignored)
        {
            string why = t.Outcome == TraceOutcome.NotApplicableToKind
                ? (vi ? " (không dùng: chỉ tiêu không áp dụng cho loại đơn vị này)" : " (not used: the indicator does not apply to this kind of unit)")
                : (vi ? " (không dùng: chỉ tiêu được tổng hợp từ các đơn vị trực thuộc)" : " (not used: the indicator is rolled up from the units)");
            Line((vi ? "Số liệu riêng: " : "Own submission: ") + Source(ignored, lang) + why);
        }

        string? outcome = t.Imputation is Imputation imputation ? ImputationLine(t, imputation, lang) : Outcome(t, lang);
        if (outcome is not null)
        {
            Line(outcome);
        }

        if (t.Lineage is LineageTrace lineage)
        {
            Line((vi ? "Qua sắp xếp đơn vị: " : "Across the reorganisation: ") + lineage.Describe(lang));
        }

        if (t.Indicator.Measure == MeasureKind.YesNo && t.Figure is Measurement figure && t.RuleFormula is not null && t.RollUp is null)
        {
            Line((vi ? "Giá trị: " : "Value: ") + Figure(figure, lang));
        }
        else if (t.ValueFormulaIn(lang) is string valueFormula && t.RollUp is null)
        {
            Line((vi ? "Giá trị: " : "Value: ") + valueFormula);
        }

        if (t.Indicator.Target.IsBaselineRelative)
        {
            var spec = t.Indicator.Target.Baseline!;
            string value = t.Baseline is decimal b ? Num.Cut(b, lang) : (vi ? "thiếu" : "missing");
            Line((vi ? "Giá trị gốc (" : "Baseline (") + Explanations.BaselineText(spec, lang) + "): " + value);
            if (t.BaselineLineage is LineageTrace baselineLineage)
            {
                Line("  " + (vi ? "Qua sắp xếp đơn vị: " : "Across the reorganisation: ") + baselineLineage.Describe(lang));
            }

            if (t.BaselineRollUp is RollUpTrace baselineRollUp)
            {
                Line("  " + MethodName(baselineRollUp.Method, lang) + ": " + baselineRollUp.FormulaIn(lang));
            }

            foreach (var source in t.BaselineSources)
            {
                Line("  " + (vi ? "Số liệu gốc: " : "Baseline submission: ") + Source(source, lang));
            }
        }

        string target = Explanations.TargetText(t.Indicator.Target, lang) + (t.Indicator.Target.IsBaselineRelative && t.Target is decimal eff ? " = " + Num.Cut(eff, lang) : string.Empty);
        Line((vi ? "Mục tiêu: " : "Target: ") + target + (t.Indicator.Target.Due is LocalDate due ? (vi ? ", hạn " : ", due ") + LocalDatePattern.Iso.Format(due) : string.Empty));
        Line((vi ? "Quy tắc: " : "Rule: ") + RuleDescriptions.Of(t.Indicator.Rule).Get(lang));
        if (t.RuleFormula is string formula)
        {
            Line((vi ? "Tính điểm: " : "Calculation: ") + RuleText.Localized(formula, lang));
            if (t.RulePoints is decimal rp && rp != t.ExactPoints)
            {
                Line((vi ? "Giới hạn trong [0; " : "Clamped to [0, ") + Num.Format(t.Indicator.MaxPoints, lang) + "]: " + Num.Cut(t.ExactPoints, lang));
            }

            bool roundedToMaximum = t.Met == false && t.ComputedPoints == t.Indicator.MaxPoints && t.ExactPoints != t.ComputedPoints;
            Line((vi ? "Làm tròn (" : "Rounding (") + Policy(t.Rounding, lang) + "): " + Num.Cut(t.ExactPoints, lang) + " → "
                + (roundedToMaximum ? Num.Fixed(t.ComputedPoints, t.Rounding.Digits, lang) : Num.Format(t.ComputedPoints, lang))
                + (t.ExactPoints == t.ComputedPoints ? (vi ? " (không đổi)" : " (unchanged)") : string.Empty)
                + (roundedToMaximum ? (vi ? " (chưa đạt mục tiêu)" : " (the target is not met)") : string.Empty));
        }

        if (t.SelfAssessment is TraceSource self)
        {
            decimal s = self.Submission.SelfAssessedPoints!.Value;
            Line((vi ? "Điểm tự đánh giá: " : "Self-assessed points: ") + Num.Format(s, lang) + " (" + Recorded(self, lang) + ")");
        }

        if (t.Appraisal is TraceSource appraisal)
        {
            decimal a = appraisal.Submission.AppraisedPoints!.Value;
            string note = t.AppraisalUsed
                ? (vi ? " — thay cho điểm tính từ số liệu " : " — replaces the points computed from the figures, ") + Num.Format(t.ComputedPoints, lang)
                : t.Outcome == TraceOutcome.Scored
                    ? (vi ? " — không dùng: số liệu đã được sửa sau lần thẩm định" : " — not used: the figures were revised after the appraisal")
                    : (vi ? " — không dùng: không có số liệu dùng được" : " — not used: there is no usable figure");
            Line((vi ? "Điểm thẩm định: " : "Appraised points: ") + Num.Format(a, lang) + " (" + Recorded(appraisal, lang) + ")" + note);
        }

        if (t.Assessment is AssessedPoints assessed)
        {
            Line(AssessmentText.TraceLine(assessed, t.ComputedPoints, t.Outcome == TraceOutcome.Scored, lang));
        }

        if (t.SurveyNotHeld)
        {
            Line(AssessmentText.SurveyNotHeld(t.Indicator, lang));
        }

        Line((vi ? "Điểm: " : "Points: ") + Num.Format(t.Points, lang) + (vi ? "/" : " of ") + Num.Format(t.MaxPoints, lang)
            + (t.SelfAssessment is TraceSource sa ? (vi ? "; chênh lệch so với tự đánh giá: " : "; difference from the self-assessment: ") + Signed(t.Points - sa.Submission.SelfAssessedPoints!.Value, lang) : string.Empty));
        return sb.ToString();
    }

    public static string MethodName(UnitRollUpMethod method, Language lang) => (method, lang) switch
    {
        (UnitRollUpMethod.Pool, Language.Vi) => "cộng dồn số liệu",
        (UnitRollUpMethod.Pool, _) => "pooled",
        (UnitRollUpMethod.Mean, Language.Vi) => "bình quân giá trị",
        (UnitRollUpMethod.Mean, _) => "mean of values",
        (_, Language.Vi) => "số liệu riêng",
        _ => "own figure",
    };

    public static string Figure(Measurement m, Language lang)
    {
        bool vi = lang == Language.Vi;
        if (!m.IsApplicable)
        {
            return vi ? "không áp dụng" : "not applicable";
        }

        return m.Kind switch
        {
            MeasureKind.Ratio => Num.Format(m.Numerator, lang) + "/" + Num.Format(m.Denominator, lang)
                + (m.Excluded != 0 ? " (" + (vi ? "loại trừ " : "excluded ") + Num.Format(m.Excluded, lang) + ")" : string.Empty),
            MeasureKind.YesNo => m.Answer ? (vi ? "có" : "yes") : (vi ? "không" : "no"),
            _ => Num.Format(m.Value, lang),
        };
    }

    private static string ImputationLine(IndicatorTrace t, Imputation imputation, Language lang)
    {
        bool vi = lang == Language.Vi;
        string missing = vi ? "Không có số liệu dùng được cho kỳ này; " : "No usable figure for the period; ";
        return missing + imputation.Method switch
        {
            MissingDataMethod.NotApplicable => vi
                ? "theo quy định về thiếu số liệu, chỉ tiêu coi như không áp dụng: điểm tối đa không tính vào tổng."
                : "under the missing-data policy the indicator counts as not applicable: its maximum leaves the total.",
            MissingDataMethod.CarryForward => vi
                ? "theo quy định về thiếu số liệu, dùng số liệu của kỳ " + imputation.FromPeriod?.ToString() + " (ước tính)."
                : "under the missing-data policy the figure of " + imputation.FromPeriod?.ToString() + " is carried forward (imputed).",
            _ => (vi
                ? "theo quy định về thiếu số liệu, dùng trung bình của " + Num.Format(imputation.Peers, lang) + " đơn vị cùng loại (ước tính): "
                : "under the missing-data policy the mean of " + Num.Format(imputation.Peers) + " units of the same kind is used (imputed): ") + string.Join(", ", t.Peers) + ".",
        };
    }

    private static string? Outcome(IndicatorTrace t, Language lang)
    {
        bool vi = lang == Language.Vi;
        return t.Outcome switch
        {
            TraceOutcome.NoSubmission => vi ? "Không có số liệu cho kỳ này: 0 điểm, điểm tối đa vẫn được tính." : "No submission for the period: 0 points; the maximum still counts.",
            TraceOutcome.DeclaredNotApplicable => vi ? "Đơn vị khai báo chỉ tiêu không áp dụng: điểm tối đa không tính vào tổng." : "The unit declares the indicator not applicable: its maximum leaves the total.",
            TraceOutcome.NotApplicableToKind => vi
                ? "Khung đánh giá quy định chỉ tiêu không áp dụng cho loại đơn vị " + Glossary.UnitKind(t.UnitKind ?? string.Empty).Vi + ": điểm tối đa không tính vào tổng."
                : "The framework declares the indicator not applicable to units of kind '" + t.UnitKind + "': its maximum leaves the total.",
            TraceOutcome.NothingToMeasure => vi ? "Không có gì để đo (mẫu số sau khi loại trừ bằng 0): điểm tối đa không tính vào tổng." : "Nothing to measure (0 after exclusions): the maximum leaves the total.",
            TraceOutcome.Unusable => vi ? "Số liệu không dùng được (xem danh sách vấn đề): 0 điểm, điểm tối đa vẫn được tính." : "The figures cannot be used (see the problems): 0 points; the maximum still counts.",
            TraceOutcome.MissingBaseline => vi ? "Thiếu giá trị gốc mà mục tiêu cần: 0 điểm, điểm tối đa vẫn được tính." : "The baseline the target needs is missing: 0 points; the maximum still counts.",
            TraceOutcome.NoUnitFigures => vi ? "Không đơn vị trực thuộc nào có số liệu dùng được: 0 điểm, điểm tối đa vẫn được tính." : "None of the units has a usable figure: 0 points; the maximum still counts.",
            TraceOutcome.NoApplicableUnits => vi ? "Chỉ tiêu không áp dụng cho đơn vị trực thuộc nào: điểm tối đa không tính vào tổng." : "The indicator applies to none of the units: its maximum leaves the total.",
            _ => null,
        };
    }

    private static string Source(TraceSource source, Language lang)
    {
        bool vi = lang == Language.Vi;
        var s = source.Submission;
        string text = s.UnitId + " " + s.Period.ToString() + " " + s.IndicatorCode + " = " + Figure(s.Measurement, lang) + ", " + Recorded(source, lang);
        if (s.Note is not null)
        {
            text += (vi ? "; ghi chú: " : "; note: ") + s.Note;
        }

        if (s.Evidence is not null)
        {
            text += (vi ? "; minh chứng: " : "; evidence: ") + s.Evidence;
        }

        return text;
    }

    private static string Recorded(TraceSource source, Language lang) => lang == Language.Vi
        ? "ghi nhận " + Instant(source.Submission.RecordedAt) + ", lần " + Num.Format(source.Revision) + "/" + Num.Format(source.Revisions)
        : "recorded " + Instant(source.Submission.RecordedAt) + ", revision " + Num.Format(source.Revision) + " of " + Num.Format(source.Revisions);

    internal static string Policy(RoundingPolicy p, Language lang)
    {
        if (lang != Language.Vi)
        {
            return p.ToString();
        }

        string mode = p.Mode switch
        {
            RoundingMode.HalfToEven => "nửa về số chẵn",
            RoundingMode.Truncate => "cắt bỏ",
            _ => "nửa xa số 0",
        };
        string level = p.Level switch
        {
            RoundingLevel.Area => "lĩnh vực",
            RoundingLevel.Index => "chỉ số",
            _ => "chỉ tiêu",
        };
        return Num.Format(p.Digits) + " chữ số, " + mode + ", từ cấp " + level;
    }

    private static string Signed(decimal value, Language lang) => (value > 0 ? "+" : string.Empty) + Num.Format(value, lang);

    private static string Instant(Instant at) => InstantPattern.ExtendedIso.Format(at);

    public static IEnumerable<TraceSource> AllSources(IndicatorTrace t)
    {
        var all = t.Sources.Concat(t.BaselineSources).Concat(t.PeerSources);
        if (t.SelfAssessment is not null)
        {
            all = all.Append(t.SelfAssessment);
        }

        if (t.Appraisal is not null)
        {
            all = all.Append(t.Appraisal);
        }

        return all;
    }
}
