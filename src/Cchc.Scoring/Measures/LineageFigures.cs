using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using NodaTime.Text;

namespace Cchc.Scoring;

/// <summary>What became of one contribution to a figure formed across lineage events.</summary>
public enum LineagePartStatus
{
    /// <summary>The figure was used.</summary>
    Used,

    /// <summary>No figure was submitted for the part: left out.</summary>
    Missing,

    /// <summary>The submitted figures cannot be used for the indicator: left out.</summary>
    Unusable,

    /// <summary>The split that passed the part on declares the indicator's figures not divisible: left out.</summary>
    NotDivisible,

    /// <summary>A stock absorbed by a unit that existed all along: the absorbing unit's figure at the end already counts it.</summary>
    CountedBySuccessor,
}

/// <summary>One unit's contribution to a figure formed across lineage events: whose figure, for which days, through which event, with which share.</summary>
public sealed class LineagePart
{
    internal LineagePart(string unitId, DateInterval days, ReportingPeriod period, LineageEvent? via, decimal share, Measurement? figure, LineagePartStatus status)
    {
        UnitId = unitId;
        Days = days;
        Period = period;
        Via = via;
        Share = share;
        Figure = figure;
        Status = status;
    }

    /// <summary>The unit whose figures these are.</summary>
    public string UnitId { get; }

    /// <summary>The days of the period the contribution covers.</summary>
    public DateInterval Days { get; }

    /// <summary>Those days as the period whose submissions were looked up (a half-year, quarter or month when the days are one, otherwise a custom range).</summary>
    public ReportingPeriod Period { get; }

    /// <summary>The event through which the figures passed to the unit scored (the last one on the way), or null for the unit's own figures.</summary>
    public LineageEvent? Via { get; }

    /// <summary>The share of the figures taken (1 except through splits).</summary>
    public decimal Share { get; }

    /// <summary>The figure taken (already multiplied by the share), or null when left out.</summary>
    public Measurement? Figure { get; }

    /// <summary>Whether the figure was used, and why not.</summary>
    public LineagePartStatus Status { get; }
}

/// <summary>How a unit's figure for a period was formed from its own figures and its predecessors'.</summary>
public sealed class LineageTrace
{
    private readonly List<LineagePart> _parts = [];

    internal LineageTrace(string unitId, ReportingPeriod period, bool collect)
    {
        UnitId = unitId;
        Period = period;
        Collect = collect;
    }

    /// <summary>The unit scored.</summary>
    public string UnitId { get; }

    /// <summary>The period.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Every contribution: the unit's own part and each predecessor's, in the order met.</summary>
    public IReadOnlyList<LineagePart> Parts => _parts;

    /// <summary>The combined figure, or null when no part gave one.</summary>
    public Measurement? Figure { get; internal set; }

    /// <summary>The combined comparable value, or null.</summary>
    public decimal? Value => Figure?.ComparableValue;

    /// <summary>True when some contribution was left out (missing, unusable or not divisible).</summary>
    public bool IsIncomplete => _parts.Any(p => p.Status is LineagePartStatus.Missing or LineagePartStatus.Unusable or LineagePartStatus.NotDivisible);

    internal bool Collect { get; }

    /// <summary>The provenance of every figure looked at, when collected.</summary>
    internal List<MeasuredValue> Measured { get; } = [];

    internal void Add(LineagePart part) => _parts.Add(part);

    /// <summary>The contributions in words: <c>C 2025-H2: 45/50; A (merged into C on 2025-07-01) 2025-H1: 30/40</c>.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The words.</returns>
    public string Describe(Language language = Language.En)
    {
        bool vi = language == Language.Vi;
        return string.Join("; ", _parts.Select(p =>
        {
            string head = p.UnitId + (p.Via is LineageEvent e && !string.Equals(p.UnitId, UnitId, StringComparison.Ordinal) ? " (" + e.Describe(p.UnitId, language) + (p.Share != 1 ? (vi ? ", tỷ lệ " : ", share ") + Num.Cut(p.Share, language) : string.Empty) + ")" : string.Empty) + " " + p.Period.ToString() + ": ";
            return head + p.Status switch
            {
                LineagePartStatus.Used => FigureText.Of(p.Figure!.Value, language),
                LineagePartStatus.Missing => vi ? "không có số liệu, không tính" : "no submission, left out",
                LineagePartStatus.Unusable => vi ? "số liệu không dùng được, không tính" : "unusable figures, left out",
                LineagePartStatus.NotDivisible => vi ? "không chia được theo tỷ lệ, không tính" : "not divisible, left out",
                _ => vi ? "đã tính trong số liệu cuối kỳ của đơn vị tiếp nhận" : "counted in the absorbing unit's figure at the end",
            };
        }));
    }
}

/// <summary>
/// Figures across lineage events. A unit's figure for a period in which it took over other units (a merge or a
/// split that created it, an absorption into it) is formed from its own figures for the days it existed and its
/// predecessors' figures for the days before the event: the units of the same days combined by the indicator's unit
/// roll-up method (pooled: counts added, ratios pooled; <c>own</c> pools too), the consecutive parts of the period by
/// its period roll-up method, as sub-periods are (sum or last for quantities, pooled ratios, the count-weighted mean
/// of durations, all or last for yes/no). A split passes its declared share of the counts; an absorbed stock (a
/// quantity whose period roll-up is <c>last</c>) is counted by the absorbing unit at the end. Numbers only; the words
/// are written by <see cref="LineageTrace.Describe"/> when asked for.
/// </summary>
internal static class LineageFigures
{
    /// <summary>True when <paramref name="unitId"/> takes over other units' figures during <paramref name="period"/> (an event after its first day, up to its last).</summary>
    public static bool Applies(UnitHierarchy units, string unitId, ReportingPeriod period)
    {
        if (!units.HasLineage)
        {
            return false;
        }

        foreach (var e in units.PredecessorEvents(unitId))
        {
            if (Counts(e, period.Start, period.End))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when event <paramref name="e"/> passes its units' figures for days from <paramref name="start"/> to
    /// <paramref name="end"/>: it comes after the first day, and, for an absorption (whose absorbing unit has figures of
    /// its own before it), no later than the last day. A unit a merge or split created after the days has its
    /// predecessors' figures for all of them: its line (a baseline, a trajectory) runs across the change.
    /// </summary>
    private static bool Counts(LineageEvent e, LocalDate start, LocalDate end) => e.Date > start && (e.Date <= end || e.Kind != LineageEventKind.Absorb);

    /// <summary>The unit's figure for the period with its predecessors' figures for the days before each event; parts and provenance kept when <paramref name="collect"/>.</summary>
    public static LineageTrace Resolve(Framework framework, SubmissionSet set, string unitId, Indicator indicator, ReportingPeriod period, Instant? asOf, bool collect)
    {
        var trace = new LineageTrace(unitId, period, collect);
        trace.Figure = Figure(new Call(framework, set, indicator, asOf, trace), unitId, period.Start, period.End, 1m, null, 0);
        return trace;
    }

    /// <summary>A named period with exactly these days (year, half-year, quarter or month under the calendar), else the custom range.</summary>
    public static ReportingPeriod NamedPart(LocalDate start, LocalDate end, ReportingCalendar calendar)
    {
        foreach (int year in new[] { start.Year, start.Year + 1, start.Year - 1 })
        {
            if (year < ReportingPeriod.MinYear || year > ReportingPeriod.MaxYear)
            {
                continue;
            }

            var candidates = new List<ReportingPeriod> { ReportingPeriod.ForYear(year, calendar) };
            for (int n = 1; n <= 12; n++)
            {
                if (n <= 2)
                {
                    candidates.Add(ReportingPeriod.ForHalfYear(year, n, calendar));
                }

                if (n <= 4)
                {
                    candidates.Add(ReportingPeriod.ForQuarter(year, n, calendar));
                }

                candidates.Add(ReportingPeriod.ForMonth(year, n, calendar));
            }

            foreach (var p in candidates)
            {
                if (p.Start == start && p.End == end)
                {
                    return p;
                }
            }
        }

        return ReportingPeriod.Custom(start, end);
    }

    private sealed record Call(Framework Framework, SubmissionSet Set, Indicator Indicator, Instant? AsOf, LineageTrace Trace)
    {
        public UnitRollUpMethod Method { get; } = Framework.UnitRollUpOf(Indicator);

        public bool Stock { get; } = Indicator.Measure == MeasureKind.Quantity && Indicator.EffectivePeriodRollUp == PeriodRollUpMethod.Last;
    }

    private static Measurement? Figure(Call call, string unitId, LocalDate start, LocalDate end, decimal share, LineageEvent? via, int depth)
    {
        var units = call.Set.Units;
        var indicator = call.Indicator;
        var before = new List<Measurement>();
        var alongside = new List<Measurement>();
        if (depth < 64)
        {
            foreach (var e in units.PredecessorEvents(unitId))
            {
                if (!Counts(e, start, end))
                {
                    continue;
                }

                var last = e.Date.PlusDays(-1) < end ? e.Date.PlusDays(-1) : end;
                var figures = new List<Measurement>();
                foreach (string source in e.From)
                {
                    decimal part = share;
                    if (e.Kind == LineageEventKind.Split)
                    {
                        if (e.Shares!.ShareOf(indicator.Code, unitId) is not decimal declared)
                        {
                            var days = new DateInterval(start, last);
                            call.Trace.Add(new LineagePart(source, days, NamedPart(start, last, call.Framework.Calendar), e, share, null, LineagePartStatus.NotDivisible));
                            continue;
                        }

                        part *= declared;
                    }

                    if (e.Kind == LineageEventKind.Absorb && call.Stock)
                    {
                        call.Trace.Add(new LineagePart(source, new DateInterval(start, last), NamedPart(start, last, call.Framework.Calendar), e, share, null, LineagePartStatus.CountedBySuccessor));
                        continue;
                    }

                    if (Figure(call, source, start, last, part, e, depth + 1) is Measurement m)
                    {
                        figures.Add(m);
                    }
                }

                if ((figures.Count == 1 ? figures[0] : figures.Count > 1 ? UnitRollUp.CombineUnits(call.Method, indicator.Measure, figures).Figure : null) is Measurement combined)
                {
                    (e.Kind == LineageEventKind.Absorb ? alongside : before).Add(combined);
                }
            }
        }

        var unit = units.Find(unitId);
        var own = unit is null ? new DateInterval(start, end) : unit.AliveWithin(start, end);
        if (own is not null && Own(call, unitId, own, share, via) is Measurement mine)
        {
            alongside.Insert(0, mine);
        }

        Measurement? now = alongside.Count switch
        {
            0 => null,
            1 => alongside[0],
            _ => UnitRollUp.CombineUnits(call.Method, indicator.Measure, alongside).Figure,
        };
        if (before.Count == 0)
        {
            return now;
        }

        if (now is Measurement n)
        {
            before.Add(n);
        }

        return before.Count == 1 ? before[0] : PeriodRollUp.CombineInTime(indicator.EffectivePeriodRollUp, indicator.Measure, before);
    }

    private static Measurement? Own(Call call, string unitId, DateInterval days, decimal share, LineageEvent? via)
    {
        var indicator = call.Indicator;
        var period = NamedPart(days.Start, days.End, call.Framework.Calendar);
        Measurement? figure;
        bool found;
        if (call.Trace.Collect)
        {
            var source = PeriodRollUp.Find(call.Framework, call.Set, unitId, indicator, period, call.AsOf);
            if (source is not null)
            {
                call.Trace.Measured.Add(source);
            }

            (found, figure) = (source is not null, source?.Measurement);
        }
        else
        {
            (found, figure, _, _) = PeriodRollUp.FindFigure(call.Set, unitId, indicator, period, call.AsOf);
        }

        if (!found)
        {
            call.Trace.Add(new LineagePart(unitId, days, period, via, share, null, LineagePartStatus.Missing));
            return null;
        }

        if (figure is not Measurement m || (m.IsApplicable && (m.Kind != indicator.Measure || !MeasurementChecks.IsUsable(m))))
        {
            call.Trace.Add(new LineagePart(unitId, days, period, via, share, null, LineagePartStatus.Unusable));
            return null;
        }

        var taken = Scale(m, share);
        call.Trace.Add(new LineagePart(unitId, days, period, via, share, taken, LineagePartStatus.Used));
        return taken;
    }

    /// <summary>A share of a figure: counts multiplied (a ratio's numerator, denominator and excluded items, a quantity); a percentage, a duration or a yes/no whole.</summary>
    internal static Measurement Scale(Measurement m, decimal share)
    {
        if (share == 1 || !m.IsApplicable)
        {
            return m;
        }

        return m.Kind switch
        {
            MeasureKind.Ratio => Measurement.Ratio(m.Numerator * share, m.Denominator * share, m.Excluded * share),
            MeasureKind.Quantity => Measurement.Quantity(m.Value * share),
            MeasureKind.Duration when m.Count is decimal count => Measurement.Duration(m.Value, count * share),
            _ => m,
        };
    }

    /// <summary>The words for a unit that ended during a period: <c>merged into C on 2025-07-01</c>.</summary>
    internal static string Ended(LineageEvent? e, string unitId, LocalDate? last, Language lang) =>
        e is not null ? e.Describe(unitId, lang)
            : (lang == Language.Vi ? "ngừng hoạt động sau ngày " : "ended after ") + (last is LocalDate d ? LocalDatePattern.Iso.Format(d) : "?");
}
