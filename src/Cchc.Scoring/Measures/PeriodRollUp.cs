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

        // The longest kind of sub-period with a revision known by then.
        var kind = PeriodKind.Custom;
        bool any = false;
        for (int i = 0; i < history.Length; i++)
        {
            var s = history[i];
            if (Inside(s, period, asOf) && (!any || s.Period.Kind < kind))
            {
                kind = s.Period.Kind;
                any = true;
            }
        }

        if (!any)
        {
            return null;
        }

        // One part per sub-period of that kind: its latest revision known by then (runs of one period are contiguous).
        int count = 0;
        for (int i = 0; i < history.Length; i++)
        {
            if (Inside(history[i], period, asOf) && history[i].Period.Kind == kind && (i + 1 == history.Length || history[i + 1].Period != history[i].Period || !Known(history[i + 1], asOf)))
            {
                count++;
            }
        }

        var parts = new Submission[count];
        count = 0;
        for (int i = 0; i < history.Length; i++)
        {
            if (Inside(history[i], period, asOf) && history[i].Period.Kind == kind && (i + 1 == history.Length || history[i + 1].Period != history[i].Period || !Known(history[i + 1], asOf)))
            {
                parts[count++] = history[i];
            }
        }

        return Combine(indicator, Expected(period.Kind, kind), parts, deadline);
    }

    private static bool Known(Submission s, Instant? asOf) => asOf is not Instant at || s.RecordedAt <= at;

    private static bool Inside(Submission s, ReportingPeriod period, Instant? asOf) =>
        s.Period.Kind > period.Kind && s.Period.Kind <= PeriodKind.Month && Known(s, asOf) && period.Contains(s.Period);

    private static MeasuredValue Combine(Indicator indicator, int expected, Submission[] parts, SubmissionDeadline? deadline)
    {
        var method = indicator.EffectivePeriodRollUp;
        var measure = indicator.Measure;
        IReadOnlyList<Submission> late = deadline is null ? [] : Where(parts, s => deadline.IsLate(s.Period, s.RecordedAt));
        IReadOnlyList<Submission> unusable = Where(parts, s => s.Measurement.IsApplicable && (s.Measurement.Kind != measure || !MeasurementChecks.IsUsable(s.Measurement)));
        if (unusable.Count > 0)
        {
            return new MeasuredValue(null, null, 0, 0, parts, method, expected, late, unusable, deadline, measure);
        }

        int applicable = 0;
        foreach (var p in parts)
        {
            applicable += p.Measurement.IsApplicable ? 1 : 0;
        }

        var measurement = applicable == 0 ? Measurement.NotApplicable(measure) : Apply(method, measure, parts);
        return new MeasuredValue(measurement, null, 0, 0, parts, method, expected, late, [], deadline, measure);
    }

    private static Submission[] Where(Submission[] parts, Func<Submission, bool> keep)
    {
        int n = 0;
        foreach (var p in parts)
        {
            n += keep(p) ? 1 : 0;
        }

        if (n == 0)
        {
            return [];
        }

        var kept = new Submission[n];
        n = 0;
        foreach (var p in parts)
        {
            if (keep(p))
            {
                kept[n++] = p;
            }
        }

        return kept;
    }

    /// <summary>The rolled-up figure of the applicable parts (at least one), numbers only.</summary>
    private static Measurement Apply(PeriodRollUpMethod method, MeasureKind measure, Submission[] parts)
    {
        decimal n = 0, d = 0, x = 0, sum = 0, weighted = 0, weight = 0;
        int count = 0;
        bool allYes = true, allCounted = true;
        Measurement? last = null, max = null;
        foreach (var p in parts)
        {
            var m = p.Measurement;
            if (!m.IsApplicable)
            {
                continue;
            }

            count++;
            n += m.Numerator;
            d += m.Denominator;
            x += m.Excluded;
            sum += m.Value;
            allYes &= m.Answer;
            last = m;
            if (max is not Measurement mx || m.Value > mx.Value)
            {
                max = m;
            }

            if (m.Count is decimal c)
            {
                weighted += m.Value * c;
                weight += c;
            }
            else
            {
                allCounted = false;
            }
        }

        return method switch
        {
            PeriodRollUpMethod.Pool => Measurement.Ratio(n, d, x),
            PeriodRollUpMethod.Last => last!.Value,
            PeriodRollUpMethod.All => Measurement.YesNo(allYes),
            PeriodRollUpMethod.Sum => Make(measure, sum, null),
            PeriodRollUpMethod.Max => max!.Value,
            PeriodRollUpMethod.WeightedMean when allCounted && weight > 0 => Measurement.Duration(weighted / weight, weight),
            _ => Make(measure, sum / count, null),
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
