using System;
using System.Collections.Generic;
using System.Linq;
using Cchc.Scoring.Serialization;
using NodaTime;

namespace Cchc.Scoring;

/// <summary>
/// The figure of an indicator for a unit and a period: the submission for the whole period when there is one (its
/// latest revision at or before the as-of instant), otherwise the best cover of the period by the named sub-periods
/// submitted (half-years, quarters, months), rolled up by the indicator's <see cref="PeriodRollUpMethod"/>. The cover
/// takes each sub-period submitted that no longer sub-period submitted contains: for each half of a year, the
/// half-year if present, else its quarters, and for each quarter, the quarter if present, else its months. Named
/// periods nest, so the cover never counts a day twice. Submissions not used are named with the reason
/// (<see cref="LeftOutSubmission"/>): inside a longer sub-period used, a custom range (never rolled up), or reaching
/// outside the period. Numbers first: one pass over the unit's history of the indicator, no text; the sentences are
/// written by <see cref="Describe"/>, <see cref="LateNote"/> and <see cref="LeftOutNote"/> only when an explanation is
/// asked for.
/// </summary>
internal static class PeriodRollUp
{
    /// <summary>
    /// The value of <paramref name="indicator"/> for <paramref name="unitId"/> and <paramref name="period"/> as known at
    /// <paramref name="asOf"/>; null when nothing usable was submitted by then (see <see cref="LeftOut(SubmissionSet, string, Indicator, ReportingPeriod, Instant?)"/> for what was).
    /// </summary>
    public static MeasuredValue? Find(Framework framework, SubmissionSet submissions, string unitId, Indicator indicator, ReportingPeriod period, Instant? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(submissions);
        ArgumentNullException.ThrowIfNull(unitId);
        ArgumentNullException.ThrowIfNull(indicator);
        var history = submissions.HistoryOf(unitId, indicator.Code);
        if (history.IsEmpty)
        {
            return null;
        }

        var deadline = framework.Deadline;

        // The whole period: its revisions are contiguous and oldest first.
        int first = -1, chosen = -1, known = 0;
        for (int i = 0; i < history.Length; i++)
        {
            var s = history[i];
            if (s.Period != period)
            {
                continue;
            }

            first = first < 0 ? i : first;
            if (asOf is not Instant at || s.RecordedAt <= at)
            {
                chosen = i;
                known++;
            }
        }

        if (chosen >= 0)
        {
            var whole = history[chosen];
            Submission[] late = deadline is not null && deadline.IsLate(whole.Period, whole.RecordedAt) ? [whole] : [];
            return new MeasuredValue(whole.Measurement, whole, chosen - first + 1, known, [], null, 0, late, [], deadline, indicator.Measure);
        }

        if (!CanRollUp(period))
        {
            return null;
        }

        var parts = new List<Submission>();
        for (int i = 0; i < history.Length; i++)
        {
            if (IsPart(history, i, period, asOf))
            {
                parts.Add(history[i]);
            }
        }

        if (parts.Count == 0)
        {
            return null;
        }

        return Combine(indicator, period, parts.ToArray(), LeftOut(history, period, asOf), deadline);
    }

    /// <summary>
    /// The submissions that touch <paramref name="period"/> but cannot be rolled up into it (as known at
    /// <paramref name="asOf"/>; only the revision in force of each), each with the reason; empty when the whole period
    /// was submitted.
    /// </summary>
    public static IReadOnlyList<LeftOutSubmission> LeftOut(SubmissionSet submissions, string unitId, Indicator indicator, ReportingPeriod period, Instant? asOf)
    {
        var history = submissions.HistoryOf(unitId, indicator.Code);
        for (int i = 0; i < history.Length; i++)
        {
            if (history[i].Period == period && Known(history[i], asOf))
            {
                return [];
            }
        }

        return LeftOut(history, period, asOf);
    }

    private static LeftOutSubmission[] LeftOut(ReadOnlySpan<Submission> history, ReportingPeriod period, Instant? asOf)
    {
        List<LeftOutSubmission>? list = null;
        for (int i = 0; i < history.Length; i++)
        {
            var s = history[i];
            if (!IsLatestKnown(history, i, asOf) || s.Period == period || s.Period.Start > period.End || s.Period.End < period.Start)
            {
                continue;
            }

            if (!period.Contains(s.Period))
            {
                (list ??= []).Add(new LeftOutSubmission(s, LeftOutReason.NotInsidePeriod, null));
            }
            else if (s.Period.Kind == PeriodKind.Custom)
            {
                (list ??= []).Add(new LeftOutSubmission(s, LeftOutReason.CustomRange, null));
            }
            else if (!CanRollUp(period))
            {
                (list ??= []).Add(new LeftOutSubmission(s, LeftOutReason.PeriodNotRolledUp, null));
            }
            else if (Covering(history, i, period, asOf) is ReportingPeriod longer)
            {
                (list ??= []).Add(new LeftOutSubmission(s, LeftOutReason.InsideLongerPart, longer));
            }
        }

        return list is null ? [] : list.ToArray();
    }

    /// <summary>
    /// The same figure as <see cref="Find"/>, numbers only: nothing is allocated. <c>Found</c> is false when nothing was
    /// submitted by then; <c>Measurement</c> is null when a part of a roll-up cannot be used; <c>Whole</c> is the
    /// whole-period revision used, or null for a roll-up; <c>Partial</c> is true when a roll-up's parts cover only part
    /// of the period.
    /// </summary>
    public static (bool Found, Measurement? Measurement, Submission? Whole, bool Partial) FindFigure(SubmissionSet submissions, string unitId, Indicator indicator, ReportingPeriod period, Instant? asOf)
    {
        var history = submissions.HistoryOf(unitId, indicator.Code);
        for (int i = history.Length - 1; i >= 0; i--)
        {
            if (history[i].Period == period && Known(history[i], asOf))
            {
                return (true, history[i].Measurement, history[i], false);
            }
        }

        if (history.IsEmpty || !CanRollUp(period))
        {
            return (false, null, null, false);
        }

        var sums = default(PartSums);
        int months = 0;
        bool any = false, unusable = false;
        for (int i = 0; i < history.Length; i++)
        {
            if (IsPart(history, i, period, asOf))
            {
                any = true;
                months += Months(history[i].Period.Kind);
                var m = history[i].Measurement;
                if (m.IsApplicable && (m.Kind != indicator.Measure || !MeasurementChecks.IsUsable(m)))
                {
                    unusable = true;
                }

                sums.Add(m);
            }
        }

        bool partial = months < Months(period.Kind);
        return !any ? (false, null, null, false)
            : unusable ? (true, null, null, partial)
            : (true, sums.Result(indicator.EffectivePeriodRollUp, indicator.Measure), null, partial);
    }

    /// <summary>Years, half-years and quarters are rolled up from the sub-periods inside them; months and custom ranges are not.</summary>
    private static bool CanRollUp(ReportingPeriod period) => period.Kind is PeriodKind.Year or PeriodKind.HalfYear or PeriodKind.Quarter;

    /// <summary>
    /// True when history[i] is a part of the cover: the latest revision known by then of a named sub-period of
    /// <paramref name="period"/> that no longer sub-period with a revision known by then contains.
    /// </summary>
    private static bool IsPart(ReadOnlySpan<Submission> history, int i, ReportingPeriod period, Instant? asOf) =>
        IsSubPeriod(history[i].Period, period) && IsLatestKnown(history, i, asOf) && Covering(history, i, period, asOf) is null;

    /// <summary>
    /// The longest named sub-period of <paramref name="period"/> with a revision known by then that strictly contains
    /// history[i]'s period, or null. The history is in period order (end date, then start date, the longer first), so a
    /// containing period ends at or after it and no later than the period: only that stretch is looked at.
    /// </summary>
    private static ReportingPeriod? Covering(ReadOnlySpan<Submission> history, int i, ReportingPeriod period, Instant? asOf)
    {
        var sub = history[i].Period;
        int from = i;
        while (from > 0 && history[from - 1].Period.End >= sub.End)
        {
            from--;
        }

        ReportingPeriod? longest = null;
        for (int j = from; j < history.Length && history[j].Period.End <= period.End; j++)
        {
            var p = history[j].Period;
            if (p.Kind < sub.Kind && p != sub && IsSubPeriod(p, period) && p.Contains(sub) && Known(history[j], asOf) && (longest is not ReportingPeriod l || p.Kind < l.Kind))
            {
                longest = p;
            }
        }

        return longest;
    }

    /// <summary>True when history[i] was known by then and is the latest such revision of its period (runs of one period are contiguous, oldest first).</summary>
    private static bool IsLatestKnown(ReadOnlySpan<Submission> history, int i, Instant? asOf) =>
        Known(history[i], asOf) && (i + 1 == history.Length || history[i + 1].Period != history[i].Period || !Known(history[i + 1], asOf));

    private static bool Known(Submission s, Instant? asOf) => asOf is not Instant at || s.RecordedAt <= at;

    /// <summary>True when <paramref name="p"/> is a named period shorter than <paramref name="period"/> and inside it.</summary>
    private static bool IsSubPeriod(ReportingPeriod p, ReportingPeriod period) =>
        p.Kind > period.Kind && p.Kind <= PeriodKind.Month && period.Contains(p);

    /// <summary>How many months a named period spans: a year 12, a half-year 6, a quarter 3, a month 1.</summary>
    internal static int Months(PeriodKind kind) => kind switch
    {
        PeriodKind.Year => 12,
        PeriodKind.HalfYear => 6,
        PeriodKind.Quarter => 3,
        _ => 1,
    };

    private static MeasuredValue Combine(Indicator indicator, ReportingPeriod period, Submission[] parts, LeftOutSubmission[] leftOut, SubmissionDeadline? deadline)
    {
        var method = indicator.EffectivePeriodRollUp;
        var measure = indicator.Measure;
        List<Submission>? late = null, unusable = null;
        int applicable = 0, months = 0;
        bool oneKind = true;
        foreach (var p in parts)
        {
            var m = p.Measurement;
            months += Months(p.Period.Kind);
            oneKind &= p.Period.Kind == parts[0].Period.Kind;
            if (deadline is not null && deadline.IsLate(p.Period, p.RecordedAt))
            {
                (late ??= []).Add(p);
            }

            if (m.IsApplicable)
            {
                applicable++;
                if (m.Kind != measure || !MeasurementChecks.IsUsable(m))
                {
                    (unusable ??= []).Add(p);
                }
            }
        }

        int expected = oneKind ? Months(period.Kind) / Months(parts[0].Period.Kind) : 0;
        var coverage = new PartCoverage(months, Months(period.Kind), leftOut);
        IReadOnlyList<Submission> lateParts = late is null ? [] : late.ToArray();
        if (unusable is not null)
        {
            return new MeasuredValue(null, null, 0, 0, parts, method, expected, lateParts, unusable.ToArray(), deadline, measure, coverage);
        }

        var measurement = applicable == 0 ? Measurement.NotApplicable(measure) : Apply(method, measure, parts);
        return new MeasuredValue(measurement, null, 0, 0, parts, method, expected, lateParts, [], deadline, measure, coverage);
    }

    /// <summary>Figures of consecutive parts of a period (in time order) combined by <paramref name="method"/>, as sub-periods are: not applicable when none applies.</summary>
    internal static Measurement CombineInTime(PeriodRollUpMethod method, MeasureKind measure, IEnumerable<Measurement> parts)
    {
        var sums = default(PartSums);
        foreach (var m in parts)
        {
            sums.Add(m);
        }

        return sums.Result(method, measure);
    }

    /// <summary>The rolled-up figure of the applicable parts (at least one), numbers only.</summary>
    private static Measurement Apply(PeriodRollUpMethod method, MeasureKind measure, Submission[] parts)
    {
        var sums = default(PartSums);
        foreach (var p in parts)
        {
            sums.Add(p.Measurement);
        }

        return sums.Result(method, measure);
    }

    /// <summary>The running sums of a period roll-up's parts, in period order; parts declared not applicable are left out.</summary>
    private struct PartSums
    {
        private decimal _n;
        private decimal _d;
        private decimal _x;
        private decimal _sum;
        private decimal _weighted;
        private decimal _weight;
        private int _count;
        private bool _someNo;
        private bool _uncounted;
        private Measurement _last;
        private Measurement _max;

        public void Add(Measurement m)
        {
            if (!m.IsApplicable)
            {
                return;
            }

            _n += m.Numerator;
            _d += m.Denominator;
            _x += m.Excluded;
            _sum += m.Value;
            _someNo |= !m.Answer;
            _last = m;
            if (_count == 0 || m.Value > _max.Value)
            {
                _max = m;
            }

            _count++;
            if (m.Count is decimal c)
            {
                _weighted += m.Value * c;
                _weight += c;
            }
            else
            {
                _uncounted = true;
            }
        }

        /// <summary>The figure: not applicable when no part applies.</summary>
        public readonly Measurement Result(PeriodRollUpMethod method, MeasureKind measure) => _count == 0 ? Measurement.NotApplicable(measure) : method switch
        {
            PeriodRollUpMethod.Pool => Measurement.Ratio(_n, _d, _x),
            PeriodRollUpMethod.Last => _last,
            PeriodRollUpMethod.All => Measurement.YesNo(!_someNo),
            PeriodRollUpMethod.Sum => Make(measure, _sum, null),
            PeriodRollUpMethod.Max => _max,
            PeriodRollUpMethod.WeightedMean when !_uncounted && _weight > 0 => Measurement.Duration(_weighted / _weight, _weight),
            _ => Make(measure, _sum / _count, null),
        };
    }

    /// <summary>How a rolled-up value was formed, in words: the parts, the method and its arithmetic.</summary>
    internal static string Describe(PeriodRollUpMethod method, MeasureKind measure, int expected, int months, int periodMonths, IReadOnlyList<Submission> parts, bool unusable, Language lang)
    {
        bool vi = lang == Language.Vi;
        var kind = parts[0].Period.Kind;
        string list = " (" + string.Join(", ", parts.Select(p => p.Period.ToString() + ": " + FigureText.Of(p.Measurement, lang))) + ")";
        string head = expected > 0
            ? MethodName(method, lang) + (vi ? " " + Num.Format(parts.Count, lang) + "/" + Num.Format(expected, lang) + " " + KindWord(kind, expected, lang)
                : " of " + Num.Format(parts.Count) + " of " + Num.Format(expected) + " " + KindWord(kind, expected, lang))
            : MethodName(method, lang) + (vi ? " " + Num.Format(parts.Count, lang) + " kỳ, phủ " + Num.Format(months, lang) + "/" + Num.Format(periodMonths, lang) + " tháng"
                : " of " + Num.Format(parts.Count) + " parts covering " + Num.Format(months) + " of " + Num.Format(periodMonths) + " months");
        head += list;
        if (unusable)
        {
            return head;
        }

        var applicable = parts.Where(p => p.Measurement.IsApplicable).ToArray();
        if (applicable.Length == 0)
        {
            return head + (vi ? ", không kỳ nào áp dụng" : ", none applicable");
        }

        int skippedCount = parts.Count - applicable.Length;
        string skipped = skippedCount > 0
            ? (vi ? " (" + Num.Format(skippedCount, lang) + " kỳ không áp dụng, không tính)" : " (" + Num.Format(skippedCount) + " not applicable left out)")
            : string.Empty;
        return head + skipped + ": " + Formula(method, measure, applicable, lang);
    }

    /// <summary>A sentence naming the late submissions and their deadlines, starting with a space; empty when none was late.</summary>
    internal static string LateNote(IReadOnlyList<Submission> late, SubmissionDeadline? deadline, Language lang)
    {
        if (late.Count == 0 || deadline is null)
        {
            return string.Empty;
        }

        bool vi = lang == Language.Vi;
        string offset = " (UTC" + NodaTime.Text.OffsetPattern.CreateWithInvariantCulture("+HH:mm").Format(deadline.UtcOffset) + ")";
        return (vi ? " Trễ hạn: " : " Late: ") + string.Join("; ", late.Select(s => s.Period.ToString()
            + (vi ? " ghi nhận " : " recorded ") + NodaTime.Text.InstantPattern.ExtendedIso.Format(s.RecordedAt)
            + (vi ? ", hạn cuối là hết ngày " : ", due by the end of ") + NodaTime.Text.LocalDatePattern.Iso.Format(deadline.DueDate(s.Period)) + offset)) + ".";
    }

    /// <summary>
    /// The submissions not used, grouped by reason (<c>custom ranges are not rolled up: 2025-01-01..2025-06-30, …</c>),
    /// the groups joined by "; "; empty when there are none.
    /// </summary>
    internal static string LeftOutGroups(IReadOnlyList<LeftOutSubmission> leftOut, ReportingPeriod period, Language lang)
    {
        if (leftOut.Count == 0)
        {
            return string.Empty;
        }

        var groups = new List<string>();
        foreach (var reason in new[] { LeftOutReason.InsideLongerPart, LeftOutReason.CustomRange, LeftOutReason.NotInsidePeriod, LeftOutReason.PeriodNotRolledUp })
        {
            var items = leftOut.Where(l => l.Reason == reason).ToArray();
            if (items.Length > 0)
            {
                groups.Add(ReasonWords(reason, period, lang) + ": " + string.Join(", ", items.Select(l => l.Submission.Period.ToString()
                    + (l.CoveredBy is ReportingPeriod longer ? (lang == Language.Vi ? " (trong " : " (in ") + longer.ToString() + ")" : string.Empty))));
            }
        }

        return string.Join("; ", groups);
    }

    /// <summary>The sentence naming the submissions not used, starting with a space; empty when there are none.</summary>
    internal static string LeftOutNote(IReadOnlyList<LeftOutSubmission> leftOut, ReportingPeriod period, Language lang) =>
        leftOut.Count == 0 ? string.Empty : (lang == Language.Vi ? " Không dùng — " : " Not used — ") + LeftOutGroups(leftOut, period, lang) + ".";

    /// <summary>Why a submission was not used, in words.</summary>
    internal static string ReasonWords(LeftOutReason reason, ReportingPeriod period, Language lang) => (reason, lang) switch
    {
        (LeftOutReason.InsideLongerPart, Language.Vi) => "nằm trong một kỳ dài hơn đã dùng",
        (LeftOutReason.InsideLongerPart, _) => "inside a longer sub-period used",
        (LeftOutReason.CustomRange, Language.Vi) => "khoảng thời gian tùy chọn không được tổng hợp",
        (LeftOutReason.CustomRange, _) => "custom ranges are not rolled up",
        (LeftOutReason.NotInsidePeriod, Language.Vi) => "không nằm trọn trong kỳ " + period.ToString(),
        (LeftOutReason.NotInsidePeriod, _) => "not inside " + period.ToString(),
        (LeftOutReason.PeriodNotRolledUp, Language.Vi) => "kỳ " + period.ToString() + " không được tổng hợp từ các kỳ nhỏ hơn",
        _ => period.ToString() + " is not rolled up from sub-periods",
    };

    /// <summary>The method's name in a sentence: the file name in English (<c>pool</c>), words in Vietnamese.</summary>
    internal static string MethodName(PeriodRollUpMethod method, Language lang) => lang != Language.Vi ? FileNames.Of(method) : method switch
    {
        PeriodRollUpMethod.Pool => "cộng dồn",
        PeriodRollUpMethod.Sum => "tổng",
        PeriodRollUpMethod.Last => "lấy kỳ cuối",
        PeriodRollUpMethod.Mean => "bình quân",
        PeriodRollUpMethod.Max => "lớn nhất",
        PeriodRollUpMethod.WeightedMean => "bình quân gia quyền",
        _ => "tất cả đều có",
    };

    private static string KindWord(PeriodKind kind, int count, Language lang) => (kind, lang) switch
    {
        (PeriodKind.HalfYear, Language.Vi) => "nửa năm",
        (PeriodKind.Quarter, Language.Vi) => "quý",
        (_, Language.Vi) => "tháng",
        (PeriodKind.HalfYear, _) => count == 1 ? "half-year" : "half-years",
        (PeriodKind.Quarter, _) => count == 1 ? "quarter" : "quarters",
        _ => count == 1 ? "month" : "months",
    };

    private static string Formula(PeriodRollUpMethod method, MeasureKind measure, Submission[] parts, Language lang)
    {
        bool vi = lang == Language.Vi;
        var ms = parts.Select(p => p.Measurement).ToArray();
        string F(decimal v) => Num.Format(v, lang);
        string Sum(Func<Measurement, string> term) => string.Join(" + ", ms.Select(term));
        var result = Apply(method, measure, parts);
        switch (method)
        {
            case PeriodRollUpMethod.Pool:
                return (vi ? "tử số " : "numerators ") + Sum(m => F(m.Numerator)) + " = " + F(result.Numerator) + (vi ? ", mẫu số " : ", denominators ") + Sum(m => F(m.Denominator)) + " = " + F(result.Denominator)
                    + (result.Excluded != 0 ? (vi ? ", loại trừ " : ", excluded ") + Sum(m => F(m.Excluded)) + " = " + F(result.Excluded) : string.Empty);
            case PeriodRollUpMethod.Last:
                return (vi ? "kỳ cuối, " : "the last, ") + parts[^1].Period.ToString();
            case PeriodRollUpMethod.All:
                return result.Answer ? (vi ? "mọi kỳ đều có → có" : "every part yes → yes") : (vi ? "không phải mọi kỳ đều có → không" : "not every part yes → no");
            case PeriodRollUpMethod.Sum:
                return Sum(m => F(m.Value)) + " = " + Num.Cut(result.Value, lang);
            case PeriodRollUpMethod.Max:
                return "max(" + string.Join(vi ? "; " : ", ", ms.Select(m => F(m.Value))) + ") = " + F(result.Value);
            case PeriodRollUpMethod.WeightedMean when result.Count is not null:
                return "(" + Sum(m => F(m.Value) + " × " + F(m.Count!.Value)) + ") ÷ (" + Sum(m => F(m.Count!.Value)) + ") = " + Num.Cut(result.Value, lang);
            default:
                string unweighted = method == PeriodRollUpMethod.WeightedMean
                    ? (vi ? "bình quân không trọng số, vì không phải kỳ nào cũng có số trường hợp: " : "unweighted, not every part gives a count: ")
                    : string.Empty;
                return unweighted + "(" + Sum(m => F(m.Value)) + ") ÷ " + Num.Format(ms.Length, lang) + " = " + Num.Cut(result.Value, lang);
        }
    }

    private static Measurement Make(MeasureKind measure, decimal value, decimal? count) => measure switch
    {
        MeasureKind.Duration when count is decimal n => Measurement.Duration(value, n),
        MeasureKind.Duration => Measurement.Duration(value),
        MeasureKind.Percentage => Measurement.Percentage(value),
        _ => Measurement.Quantity(value),
    };
}

/// <summary>How much of the period a roll-up's parts cover, and what was left out.</summary>
internal readonly record struct PartCoverage(int Months, int PeriodMonths, IReadOnlyList<LeftOutSubmission> LeftOut);
