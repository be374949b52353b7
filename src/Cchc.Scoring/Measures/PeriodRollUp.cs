using System;
using System.Collections.Generic;
using System.Linq;
using Cchc.Scoring.Rules;
using Cchc.Scoring.Serialization;
using NodaTime;

namespace Cchc.Scoring;

/// <summary>
/// The figure of an indicator for a unit and a period: the submission for the whole period when there is one (its
/// latest revision at or before the as-of instant), otherwise the submissions for the periods inside it (half-years,
/// quarters or months: the longest kind present) rolled up by the indicator's <see cref="PeriodRollUpMethod"/>.
/// Numbers first: one pass over the unit's history of the indicator, no text; the sentences are written by
/// <see cref="Describe"/> and <see cref="LateNote"/> only when an explanation is asked for.
/// </summary>
internal static class PeriodRollUp
{
    /// <summary>
    /// The value of <paramref name="indicator"/> for <paramref name="unitId"/> and <paramref name="period"/> as known at
    /// <paramref name="asOf"/>; null when nothing was submitted by then.
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

        if (period.Kind is not (PeriodKind.Year or PeriodKind.HalfYear or PeriodKind.Quarter))
        {
            return null;
        }

        if (LongestKind(history, period, asOf) is not PeriodKind kind)
        {
            return null;
        }

        int count = 0;
        for (int i = 0; i < history.Length; i++)
        {
            count += IsPart(history, i, period, kind, asOf) ? 1 : 0;
        }

        var parts = new Submission[count];
        count = 0;
        for (int i = 0; i < history.Length; i++)
        {
            if (IsPart(history, i, period, kind, asOf))
            {
                parts[count++] = history[i];
            }
        }

        return Combine(indicator, Expected(period.Kind, kind), parts, deadline);
    }

    /// <summary>
    /// The same figure as <see cref="Find"/>, numbers only: nothing is allocated. <c>Found</c> is false when nothing was
    /// submitted by then; <c>Measurement</c> is null when a part of a roll-up cannot be used; <c>Whole</c> is the
    /// whole-period revision used, or null for a roll-up.
    /// </summary>
    public static (bool Found, Measurement? Measurement, Submission? Whole) FindFigure(SubmissionSet submissions, string unitId, Indicator indicator, ReportingPeriod period, Instant? asOf)
    {
        var history = submissions.HistoryOf(unitId, indicator.Code);
        for (int i = history.Length - 1; i >= 0; i--)
        {
            if (history[i].Period == period && Known(history[i], asOf))
            {
                return (true, history[i].Measurement, history[i]);
            }
        }

        if (history.IsEmpty || period.Kind is not (PeriodKind.Year or PeriodKind.HalfYear or PeriodKind.Quarter) || LongestKind(history, period, asOf) is not PeriodKind kind)
        {
            return (false, null, null);
        }

        var sums = default(PartSums);
        for (int i = 0; i < history.Length; i++)
        {
            if (IsPart(history, i, period, kind, asOf))
            {
                var m = history[i].Measurement;
                if (m.IsApplicable && (m.Kind != indicator.Measure || !MeasurementChecks.IsUsable(m)))
                {
                    return (true, null, null);
                }

                sums.Add(m);
            }
        }

        return (true, sums.Result(indicator.EffectivePeriodRollUp, indicator.Measure), null);
    }

    /// <summary>The longest kind of sub-period of <paramref name="period"/> with a revision known by then, or null.</summary>
    private static PeriodKind? LongestKind(ReadOnlySpan<Submission> history, ReportingPeriod period, Instant? asOf)
    {
        PeriodKind? kind = null;
        for (int i = 0; i < history.Length; i++)
        {
            var s = history[i];
            if (Inside(s, period, asOf) && (kind is not PeriodKind k || s.Period.Kind < k))
            {
                kind = s.Period.Kind;
            }
        }

        return kind;
    }

    /// <summary>True when history[i] is the latest revision known by then of a sub-period of that kind (runs of one period are contiguous).</summary>
    private static bool IsPart(ReadOnlySpan<Submission> history, int i, ReportingPeriod period, PeriodKind kind, Instant? asOf) =>
        Inside(history[i], period, asOf) && history[i].Period.Kind == kind
        && (i + 1 == history.Length || history[i + 1].Period != history[i].Period || !Known(history[i + 1], asOf));

    private static bool Known(Submission s, Instant? asOf) => asOf is not Instant at || s.RecordedAt <= at;

    private static bool Inside(Submission s, ReportingPeriod period, Instant? asOf) =>
        s.Period.Kind > period.Kind && s.Period.Kind <= PeriodKind.Month && Known(s, asOf) && period.Contains(s.Period);

    private static MeasuredValue Combine(Indicator indicator, int expected, Submission[] parts, SubmissionDeadline? deadline)
    {
        var method = indicator.EffectivePeriodRollUp;
        var measure = indicator.Measure;
        List<Submission>? late = null, unusable = null;
        int applicable = 0;
        foreach (var p in parts)
        {
            var m = p.Measurement;
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

        IReadOnlyList<Submission> lateParts = late is null ? [] : late.ToArray();
        if (unusable is not null)
        {
            return new MeasuredValue(null, null, 0, 0, parts, method, expected, lateParts, unusable.ToArray(), deadline, measure);
        }

        var measurement = applicable == 0 ? Measurement.NotApplicable(measure) : Apply(method, measure, parts);
        return new MeasuredValue(measurement, null, 0, 0, parts, method, expected, lateParts, [], deadline, measure);
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
    internal static string Describe(PeriodRollUpMethod method, MeasureKind measure, int expected, IReadOnlyList<Submission> parts, bool unusable)
    {
        var kind = parts[0].Period.Kind;
        string head = FileNames.Of(method) + " of " + Num.Format(parts.Count) + " of " + Num.Format(expected) + " " + KindWord(kind, expected)
            + " (" + string.Join(", ", parts.Select(p => p.Period.ToString() + ": " + p.Measurement)) + ")";
        if (unusable)
        {
            return head;
        }

        var applicable = parts.Where(p => p.Measurement.IsApplicable).ToArray();
        if (applicable.Length == 0)
        {
            return head + ", none applicable";
        }

        string skipped = applicable.Length < parts.Count ? " (" + Num.Format(parts.Count - applicable.Length) + " not applicable left out)" : string.Empty;
        return head + skipped + ": " + Formula(method, measure, applicable);
    }

    /// <summary>A sentence naming the late submissions and their deadlines, starting with a space; empty when none was late.</summary>
    internal static string LateNote(IReadOnlyList<Submission> late, SubmissionDeadline? deadline) =>
        late.Count == 0 || deadline is null ? string.Empty
        : " Late: " + string.Join("; ", late.Select(s => s.Period.ToString() + " recorded " + NodaTime.Text.InstantPattern.ExtendedIso.Format(s.RecordedAt)
            + ", due by the end of " + NodaTime.Text.LocalDatePattern.Iso.Format(deadline.DueDate(s.Period)) + " (UTC" + NodaTime.Text.OffsetPattern.CreateWithInvariantCulture("+HH:mm").Format(deadline.UtcOffset) + ")")) + ".";

    private static int Expected(PeriodKind whole, PeriodKind part) => (whole, part) switch
    {
        (PeriodKind.Year, PeriodKind.HalfYear) => 2,
        (PeriodKind.Year, PeriodKind.Quarter) => 4,
        (PeriodKind.Year, _) => 12,
        (PeriodKind.HalfYear, PeriodKind.Quarter) => 2,
        (PeriodKind.HalfYear, _) => 6,
        _ => 3,
    };

    private static string KindWord(PeriodKind kind, int count) => kind switch
    {
        PeriodKind.HalfYear => count == 1 ? "half-year" : "half-years",
        PeriodKind.Quarter => count == 1 ? "quarter" : "quarters",
        _ => count == 1 ? "month" : "months",
    };

    private static string Formula(PeriodRollUpMethod method, MeasureKind measure, Submission[] parts)
    {
        var ms = parts.Select(p => p.Measurement).ToArray();
        string Sum(Func<Measurement, string> term) => string.Join(" + ", ms.Select(term));
        var result = Apply(method, measure, parts);
        switch (method)
        {
            case PeriodRollUpMethod.Pool:
                return "numerators " + Sum(m => Num.Format(m.Numerator)) + " = " + Num.Format(result.Numerator) + ", denominators " + Sum(m => Num.Format(m.Denominator)) + " = " + Num.Format(result.Denominator)
                    + (result.Excluded != 0 ? ", excluded " + Sum(m => Num.Format(m.Excluded)) + " = " + Num.Format(result.Excluded) : string.Empty);
            case PeriodRollUpMethod.Last:
                return "the last, " + parts[^1].Period.ToString();
            case PeriodRollUpMethod.All:
                return result.Answer ? "every part yes → yes" : "not every part yes → no";
            case PeriodRollUpMethod.Sum:
                return Sum(m => Num.Format(m.Value)) + " = " + RuleText.N(result.Value);
            case PeriodRollUpMethod.Max:
                return "max(" + string.Join(", ", ms.Select(m => Num.Format(m.Value))) + ") = " + Num.Format(result.Value);
            case PeriodRollUpMethod.WeightedMean when result.Count is not null:
                return "(" + Sum(m => Num.Format(m.Value) + " × " + Num.Format(m.Count!.Value)) + ") ÷ (" + Sum(m => Num.Format(m.Count!.Value)) + ") = " + RuleText.N(result.Value);
            default:
                string unweighted = method == PeriodRollUpMethod.WeightedMean ? "unweighted, not every part gives a count: " : string.Empty;
                return unweighted + "(" + Sum(m => Num.Format(m.Value)) + ") ÷ " + Num.Format(ms.Length) + " = " + RuleText.N(result.Value);
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
