using System;
using System.Collections.Generic;
using System.Linq;
using Cchc.Scoring;
using Cchc.Scoring.Rules;
using NodaTime;

namespace Cchc.Scoring;

/// <summary>
/// Finds the value of an indicator for a unit and a period: the submission for the whole period when there is one
/// (its latest revision at or before the as-of instant), otherwise the submissions for the periods inside it (half-years,
/// quarters or months: the longest kind present) rolled up by the indicator's <see cref="PeriodRollUpMethod"/>. Pure.
/// </summary>
public static class PeriodRollUp
{
    /// <summary>The method used when an indicator declares none: pool for ratios, last for quantities and yes/no, the count-weighted mean for durations, the mean for percentages.</summary>
    /// <param name="measure">The measure kind.</param>
    /// <returns>The method.</returns>
    public static PeriodRollUpMethod DefaultFor(MeasureKind measure) => measure switch
    {
        MeasureKind.Ratio => PeriodRollUpMethod.Pool,
        MeasureKind.Quantity => PeriodRollUpMethod.Last,
        MeasureKind.Duration => PeriodRollUpMethod.WeightedMean,
        MeasureKind.YesNo => PeriodRollUpMethod.Last,
        _ => PeriodRollUpMethod.Mean,
    };

    /// <summary>
    /// True when <paramref name="method"/> makes sense for <paramref name="measure"/>: ratios pool or take the last;
    /// quantities sum, take the last, the mean or the max; durations the weighted mean, mean, last or max; percentages the
    /// mean, last or max; yes/no the last or all.
    /// </summary>
    /// <param name="method">The method.</param>
    /// <param name="measure">The measure kind.</param>
    /// <returns>True when they go together.</returns>
    public static bool Fits(PeriodRollUpMethod method, MeasureKind measure) => measure switch
    {
        MeasureKind.Ratio => method is PeriodRollUpMethod.Pool or PeriodRollUpMethod.Last,
        MeasureKind.Quantity => method is PeriodRollUpMethod.Sum or PeriodRollUpMethod.Last or PeriodRollUpMethod.Mean or PeriodRollUpMethod.Max,
        MeasureKind.Duration => method is PeriodRollUpMethod.WeightedMean or PeriodRollUpMethod.Mean or PeriodRollUpMethod.Last or PeriodRollUpMethod.Max,
        MeasureKind.Percentage => method is PeriodRollUpMethod.Mean or PeriodRollUpMethod.Last or PeriodRollUpMethod.Max,
        _ => method is PeriodRollUpMethod.Last or PeriodRollUpMethod.All,
    };

    /// <summary>The name written in framework files: <c>pool</c>, <c>sum</c>, <c>last</c>, <c>mean</c>, <c>max</c>, <c>weightedMean</c> or <c>all</c>.</summary>
    /// <param name="method">The method.</param>
    /// <returns>The name.</returns>
    public static string Name(PeriodRollUpMethod method) => method switch
    {
        PeriodRollUpMethod.Pool => "pool",
        PeriodRollUpMethod.Sum => "sum",
        PeriodRollUpMethod.Last => "last",
        PeriodRollUpMethod.Mean => "mean",
        PeriodRollUpMethod.Max => "max",
        PeriodRollUpMethod.WeightedMean => "weightedMean",
        _ => "all",
    };

    /// <summary>Parses a name written by <see cref="Name"/>.</summary>
    /// <param name="name">The name.</param>
    /// <param name="method">The method, when known.</param>
    /// <returns>True when the name is known.</returns>
    public static bool TryParse(string? name, out PeriodRollUpMethod method)
    {
        foreach (var candidate in Enum.GetValues<PeriodRollUpMethod>())
        {
            if (string.Equals(Name(candidate), name, StringComparison.Ordinal))
            {
                method = candidate;
                return true;
            }
        }

        method = PeriodRollUpMethod.Pool;
        return false;
    }

    /// <summary>
    /// The value of <paramref name="indicator"/> for <paramref name="unitId"/> and <paramref name="period"/> as known at
    /// <paramref name="asOf"/>: from the whole-period submission when one was recorded by then, otherwise rolled up from
    /// the sub-period submissions recorded by then (only for a year, half-year or quarter).
    /// </summary>
    /// <param name="framework">The framework (its deadline flags late submissions).</param>
    /// <param name="submissions">Every submission revision.</param>
    /// <param name="unitId">The unit.</param>
    /// <param name="indicator">The indicator.</param>
    /// <param name="period">The period.</param>
    /// <param name="asOf">The as-of instant, or null for the latest revisions.</param>
    /// <returns>The value and where it came from, or null when nothing was submitted.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    public static MeasuredValue? Find(Framework framework, SubmissionSet submissions, string unitId, Indicator indicator, ReportingPeriod period, Instant? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(submissions);
        ArgumentNullException.ThrowIfNull(unitId);
        ArgumentNullException.ThrowIfNull(indicator);
        var deadline = framework.Deadline;
        var whole = submissions.Select(unitId, period, indicator.Code, asOf);
        if (whole is not null)
        {
            var revisions = submissions.Revisions(unitId, period, indicator.Code);
            int known = revisions.Count(r => asOf is not Instant at || r.RecordedAt <= at);
            int revision = 1 + IndexOf(revisions, whole);
            Submission[] late = deadline is not null && deadline.IsLate(whole) ? [whole] : [];
            return new MeasuredValue(whole.Measurement, whole, revision, known, [], null, 0, late, deadline?.DueDate(period), [], string.Empty, LateNote(late, deadline));
        }

        if (period.Kind is not (PeriodKind.Year or PeriodKind.HalfYear or PeriodKind.Quarter))
        {
            return null;
        }

        var inside = submissions.History(unitId, indicator.Code)
            .Where(s => s.Period.Kind > period.Kind && s.Period.Kind <= PeriodKind.Month && period.Contains(s.Period) && (asOf is not Instant at || s.RecordedAt <= at))
            .Select(s => s.Period)
            .Distinct()
            .ToArray();
        if (inside.Length == 0)
        {
            return null;
        }

        var kind = inside.Min(p => p.Kind);
        var parts = inside.Where(p => p.Kind == kind).Order().Select(p => submissions.Select(unitId, p, indicator.Code, asOf)!).ToArray();
        return Combine(indicator, period, kind, parts, deadline);
    }

    private static string LateNote(IReadOnlyList<Submission> late, SubmissionDeadline? deadline) =>
        late.Count == 0 || deadline is null ? string.Empty
        : " Late: " + string.Join("; ", late.Select(s => s.Period.ToString() + " recorded " + NodaTime.Text.InstantPattern.ExtendedIso.Format(s.RecordedAt)
            + ", due by the end of " + NodaTime.Text.LocalDatePattern.Iso.Format(deadline.DueDate(s.Period)) + " (UTC" + NodaTime.Text.OffsetPattern.CreateWithInvariantCulture("+HH:mm").Format(deadline.UtcOffset) + ")")) + ".";

    private static int IndexOf(IReadOnlyList<Submission> revisions, Submission chosen)
    {
        for (int i = 0; i < revisions.Count; i++)
        {
            if (ReferenceEquals(revisions[i], chosen))
            {
                return i;
            }
        }

        return revisions.Count - 1;
    }

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

    private static MeasuredValue Combine(Indicator indicator, ReportingPeriod period, PeriodKind kind, Submission[] parts, SubmissionDeadline? deadline)
    {
        var method = indicator.EffectivePeriodRollUp;
        int expected = Expected(period.Kind, kind);
        var late = deadline is null ? [] : parts.Where(deadline.IsLate).ToArray();
        string note = LateNote(late, deadline);
        string head = Name(method) + " of " + Num.Format(parts.Length) + " of " + Num.Format(expected) + " " + KindWord(kind, expected)
            + " (" + string.Join(", ", parts.Select(p => p.Period.ToString() + ": " + p.Measurement)) + ")";
        var applicable = parts.Where(p => p.Measurement.IsApplicable).ToArray();
        var unusable = applicable.Where(p => p.Measurement.Kind != indicator.Measure || !Scorer.Usable(p.Measurement)).ToArray();
        if (unusable.Length > 0)
        {
            return new MeasuredValue(null, null, 0, 0, parts, method, expected, late, null, unusable, head, note);
        }

        if (applicable.Length == 0)
        {
            return new MeasuredValue(Measurement.NotApplicable(indicator.Measure), null, 0, 0, parts, method, expected, late, null, [], head + ", none applicable", note);
        }

        string skipped = applicable.Length < parts.Length ? " (" + Num.Format(parts.Length - applicable.Length) + " not applicable left out)" : string.Empty;
        (var measurement, string formula) = Apply(method, indicator.Measure, applicable);
        return new MeasuredValue(measurement, null, 0, 0, parts, method, expected, late, null, [], head + skipped + ": " + formula, note);
    }

    private static (Measurement Measurement, string Formula) Apply(PeriodRollUpMethod method, MeasureKind measure, Submission[] parts)
    {
        var ms = parts.Select(p => p.Measurement).ToArray();
        string Sum(Func<Measurement, string> term) => string.Join(" + ", ms.Select(term));
        switch (method)
        {
            case PeriodRollUpMethod.Pool:
            {
                decimal n = ms.Sum(m => m.Numerator), d = ms.Sum(m => m.Denominator), x = ms.Sum(m => m.Excluded);
                var pooled = Measurement.Ratio(n, d, x);
                return (pooled, "numerators " + Sum(m => Num.Format(m.Numerator)) + " = " + Num.Format(n) + ", denominators " + Sum(m => Num.Format(m.Denominator)) + " = " + Num.Format(d)
                    + (x != 0 ? ", excluded " + Sum(m => Num.Format(m.Excluded)) + " = " + Num.Format(x) : string.Empty));
            }

            case PeriodRollUpMethod.Last:
                return (ms[^1], "the last, " + parts[^1].Period.ToString());
            case PeriodRollUpMethod.All:
            {
                bool all = ms.All(m => m.Answer);
                return (Measurement.YesNo(all), all ? "every part yes → yes" : "not every part yes → no");
            }

            case PeriodRollUpMethod.Sum:
            {
                decimal sum = ms.Sum(m => m.Value);
                return (Make(measure, sum, null), Sum(m => Num.Format(m.Value)) + " = " + RuleText.N(sum));
            }

            case PeriodRollUpMethod.Max:
            {
                var max = ms.MaxBy(m => m.Value);
                return (max, "max(" + string.Join(", ", ms.Select(m => Num.Format(m.Value))) + ") = " + Num.Format(max.Value));
            }

            case PeriodRollUpMethod.WeightedMean when ms.All(m => m.Count is not null) && ms.Sum(m => m.Count!.Value) > 0:
            {
                decimal weight = ms.Sum(m => m.Count!.Value);
                decimal mean = ms.Sum(m => m.Value * m.Count!.Value) / weight;
                return (Measurement.Duration(mean, weight), "(" + Sum(m => Num.Format(m.Value) + " × " + Num.Format(m.Count!.Value)) + ") ÷ (" + Sum(m => Num.Format(m.Count!.Value)) + ") = " + RuleText.N(mean));
            }

            default:
            {
                decimal mean = ms.Sum(m => m.Value) / ms.Length;
                string unweighted = method == PeriodRollUpMethod.WeightedMean ? "unweighted, not every part gives a count: " : string.Empty;
                return (Make(measure, mean, null), unweighted + "(" + Sum(m => Num.Format(m.Value)) + ") ÷ " + Num.Format(ms.Length) + " = " + RuleText.N(mean));
            }
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
