using System;
using System.Collections.Generic;
using System.Linq;
using Cchc.Scoring;
using NodaTime;

namespace Cchc.Scoring;

/// <summary>Where an indicator stands.</summary>
public enum IndicatorStatus
{
    /// <summary>The target is met.</summary>
    Met,

    /// <summary>The target is not met.</summary>
    NotMet,

    /// <summary>No usable submission (or no baseline for a baseline-relative target): 0 points, the maximum still counts.</summary>
    NoData,

    /// <summary>The indicator does not apply (declared so, or nothing to measure: 0 ÷ 0): its maximum leaves the total.</summary>
    NotApplicable,
}

/// <summary>
/// The score of one indicator for one unit, with everything needed to check it by hand. The numbers are computed when
/// the unit is scored; <see cref="Explanation"/> and <see cref="Trace"/> are written from them when first asked for.
/// </summary>
public sealed class IndicatorScore
{
    private readonly ScoringContext _context;
    private readonly string _unitId;
    private readonly Unit? _unit;
    private readonly bool _isRollUp;
    /// <summary>What is written when first read (the facts found again, the explanations, the trace); null until then, as for most scores.</summary>
    private Written? _written;

    /// <summary>Keeps the numbers; the facts behind them are found again when an explanation, a trace or the sources are asked for.</summary>
    internal IndicatorScore(ScoreFacts facts, IndicatorStatus status, decimal exactPoints, decimal points, decimal maxPoints, bool isRollUp, bool isPartial = false)
    {
        IsPartial = isPartial;
        _context = facts.Context;
        _unitId = facts.UnitId;
        _unit = facts.Unit;
        _isRollUp = isRollUp;
        Indicator = facts.Indicator;
        Status = status;
        Value = facts.Value;
        Target = facts.Target;
        Baseline = status is IndicatorStatus.Met or IndicatorStatus.NotMet ? facts.Baseline : null;
        ComputedPoints = facts.ComputedPoints;
        ExactPoints = exactPoints;
        Points = points;
        MaxPoints = maxPoints;
        _marks = (facts.Imputation, facts.Assessed) switch
        {
            (null, null) => null,
            (Imputation imputation, null) => imputation,
            (null, AssessedPoints assessed) => assessed,
            (Imputation imputation, AssessedPoints assessed) => new ImputedAndAssessed(imputation, assessed),
        };
    }

    /// <summary>
    /// The imputation, the assessment, both, or (the common case) neither: one reference in every score rather than
    /// two, as scores are kept by the million.
    /// </summary>
    private readonly object? _marks;

    /// <summary>
    /// How a missing figure was imputed under the indicator's missing-data policy (<see cref="MissingDataPolicy"/>), or
    /// null when the score rests on the unit's own figure for the period or on no figure at all.
    /// </summary>
    public Imputation? Imputation => _marks switch
    {
        Imputation imputation => imputation,
        ImputedAndAssessed both => both.Imputation,
        _ => null,
    };

    /// <summary>
    /// The points in force of the assessment records and the stage they come from (self-assessment, appraisal round n,
    /// final decision), when they gave <see cref="Points"/>; null when the request has no records or none is in force.
    /// </summary>
    public AssessedPoints? Assessment => _marks switch
    {
        AssessedPoints assessed => assessed,
        ImputedAndAssessed both => both.Assessment,
        _ => null,
    };

    /// <summary>An imputed figure whose points the assessment records then gave.</summary>
    private sealed record ImputedAndAssessed(Imputation Imputation, AssessedPoints Assessment);

    /// <summary>The indicator.</summary>
    public Indicator Indicator { get; }

    /// <summary>The status.</summary>
    public IndicatorStatus Status { get; }

    /// <summary>The value compared with the target (a ratio as a percentage, unrounded), or null.</summary>
    public decimal? Value { get; }

    /// <summary>The baseline value used, or null.</summary>
    public decimal? Baseline { get; }

    /// <summary>The effective target value, or null when it could not be formed.</summary>
    public decimal? Target { get; }

    /// <summary>True when the target is met; null without a value.</summary>
    public bool? Met => Status switch
    {
        IndicatorStatus.Met => true,
        IndicatorStatus.NotMet => false,
        _ => null,
    };

    /// <summary>
    /// The points before rounding, after clamping to [0, maximum]: 4.9983… when 89.97 against ≥ 90 earns
    /// 89.97 × 5 ÷ 90 with a proportional rule, which <see cref="Points"/> shows rounded to 5.00 although the target is not met.
    /// </summary>
    public decimal ExactPoints { get; }

    /// <summary>
    /// True when the figure was rolled up from sub-periods that cover only part of the period (3 of 4 quarters, a
    /// half-year alone), or, for a unit rolled up from its units, when the figure of one of them was: the value stands
    /// for the months submitted, not the whole period.
    /// </summary>
    public bool IsPartial { get; }

    /// <summary>True when the target is not met but the points, once rounded, reach the maximum (4.998 shown as 5.00).</summary>
    public bool RoundedToMaximum => Status == IndicatorStatus.NotMet && Points == MaxPoints && ExactPoints < MaxPoints;

    /// <summary>The points as the rounding policy wants them at indicator level.</summary>
    public decimal Points { get; }

    /// <summary>The maximum points counted for this unit: 0 when not applicable.</summary>
    public decimal MaxPoints { get; }

    /// <summary>How the points came about, with every number used, in English (written when first asked for); <see cref="ExplanationIn"/> for Vietnamese.</summary>
    public string Explanation => ExplanationIn(Language.En);

    /// <summary>
    /// How the points came about, with every number used, in <paramref name="language"/>: Vietnamese text writes its
    /// numbers the Vietnamese way (<c>87,995338…</c>, <c>1.510</c>). Written when first asked for, then kept.
    /// </summary>
    /// <param name="language">Vietnamese or English.</param>
    /// <returns>The explanation.</returns>
    public string ExplanationIn(Language language) => language == Language.Vi
        ? WrittenOnce.ExplanationVi ??= Explanations.Of(this, Facts, Language.Vi)
        : WrittenOnce.ExplanationEn ??= Explanations.Of(this, Facts, Language.En);

    /// <summary>The submission revision used, or null.</summary>
    public Submission? Submission => Facts.Source?.Submission;

    /// <summary>Where the value came from: the revision used (k of n), or the sub-period submissions rolled up; null without a submission.</summary>
    public MeasuredValue? Source => Facts.Source;

    /// <summary>True when a submission used was recorded after its deadline (flagged, still scored).</summary>
    public bool IsLate => Source?.IsLate ?? false;

    /// <summary>The structured account of the score: submissions and revisions, baseline, rule, formula, rounding (built when first asked for).</summary>
    public IndicatorTrace Trace => WrittenOnce.Trace ??= new IndicatorTrace(this, Facts);

    /// <summary>The points computed from the figures (before any appraisal), rounded at indicator level.</summary>
    public decimal ComputedPoints { get; }

    private ScoreFacts Facts => WrittenOnce.Facts ??= Scorer.Facts(_context, _unitId, _unit, _isRollUp, Indicator);

    private Written WrittenOnce => _written ??= new Written();

    /// <summary>
    /// The facts, explanations and trace of one score, written when first read. Scoring is a pure function, so two
    /// threads reading at once write the same text; one of them is kept.
    /// </summary>
    private sealed class Written
    {
        public ScoreFacts? Facts;
        public string? ExplanationVi;
        public string? ExplanationEn;
        public IndicatorTrace? Trace;
    }

    /// <summary>The unit's self-assessed points, or null. They never count.</summary>
    public decimal? SelfAssessedPoints => Assessment is { SelfAssessment: { } self } ? self.Points : Facts.SelfAssessment?.SelfAssessedPoints;

    /// <summary>The appraised points when they replaced the computed ones, or null.</summary>
    public decimal? AppraisedPoints => Facts.AppraisalUsed ? Facts.Appraisal!.AppraisedPoints : null;

    /// <summary>The points that count less the self-assessed points (negative when the unit over-assessed itself), or null.</summary>
    public decimal? SelfAssessmentDifference => SelfAssessedPoints is decimal self ? Points - self : null;
}

/// <summary>An area's points for one unit.</summary>
public sealed class AreaScore
{
    internal AreaScore(Area area, IReadOnlyList<IndicatorScore> indicators, decimal points, decimal maxPoints)
    {
        Area = area;
        Indicators = indicators;
        Points = points;
        MaxPoints = maxPoints;
    }

    /// <summary>The area.</summary>
    public Area Area { get; }

    /// <summary>Its indicators' scores, in framework order.</summary>
    public IReadOnlyList<IndicatorScore> Indicators { get; }

    /// <summary>The points (rounded when the policy rounds at area level or below).</summary>
    public decimal Points { get; }

    /// <summary>The applicable maximum.</summary>
    public decimal MaxPoints { get; }
}

/// <summary>One unit's result for one period: indicators, areas, total, index and class.</summary>
public sealed class Scorecard
{
    internal Scorecard(string unitId, Unit? unit, ReportingPeriod period, Instant? asOf, IReadOnlyList<AreaScore> areas, decimal points, decimal maxPoints, decimal? index, ClassBand? band, CardExtras? extras = null)
    {
        UnitId = unitId;
        Unit = unit;
        Period = period;
        AsOf = asOf;
        Areas = areas;
        Points = points;
        MaxPoints = maxPoints;
        Index = index;
        Class = band;
        _extras = extras ?? CardExtras.None;
        Coverage = ScorecardCoverage.Of(areas);
    }

    private readonly CardExtras _extras;

    /// <summary>The unit's identifier.</summary>
    public string UnitId { get; }

    /// <summary>The declared unit, or null when the unit only appears in submissions.</summary>
    public Unit? Unit { get; }

    /// <summary>The period scored.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>The as-of instant, or null for the latest revisions.</summary>
    public Instant? AsOf { get; }

    /// <summary>The areas, in framework order.</summary>
    public IReadOnlyList<AreaScore> Areas { get; }

    /// <summary>Every indicator's score, area by area.</summary>
    public IEnumerable<IndicatorScore> Indicators => Areas.SelectMany(a => a.Indicators);

    /// <summary>The total points (rounded).</summary>
    public decimal Points { get; }

    /// <summary>The applicable maximum.</summary>
    public decimal MaxPoints { get; }

    /// <summary>Points ÷ applicable maximum × 100, rounded; null when nothing applies.</summary>
    public decimal? Index { get; }

    /// <summary>The class band of the index, or null.</summary>
    public ClassBand? Class { get; }

    /// <summary>
    /// How complete the data behind the card is: how many indicators were scored on data, had no data, do not apply,
    /// and were rolled up from sub-periods covering only part of the period.
    /// </summary>
    public ScorecardCoverage Coverage { get; }

    /// <summary>True when the unit was scored as a roll-up of its units.</summary>
    public bool IsRollUp => _extras.IsRollUp;

    /// <summary>The bonus points counted, after the framework's cap (already in <see cref="Points"/>).</summary>
    public decimal Bonus => _extras.Bonus;

    /// <summary>The points deducted, after the framework's cap, as a positive number (already taken from <see cref="Points"/>).</summary>
    public decimal Deduction => _extras.Deduction;

    /// <summary>The bonus and deduction items considered, in canonical order.</summary>
    public IReadOnlyList<Adjustment> Adjustments => _extras.Adjustments;

    /// <summary>
    /// SHA-256 (lowercase hex) over a canonical form of the framework, the request, the unit, the units it draws on,
    /// the submission revisions used and the adjustments considered: the same inputs give the same fingerprint on any
    /// machine and in any culture; a change to any of them changes it (<c>docs/aggregation.md</c>).
    /// </summary>
    public string Fingerprint => _extras.Fingerprint(this);
}

/// <summary>The scorecards of a request and every problem met while scoring (nothing is dropped silently).</summary>
public sealed class ScoringResult
{
    internal ScoringResult(Framework framework, ScoringRequest request, IReadOnlyList<Scorecard> scorecards, IReadOnlyList<Problem> problems)
    {
        Framework = framework;
        Request = request;
        Scorecards = scorecards;
        Problems = problems;
    }

    private string? _fingerprint;

    /// <summary>SHA-256 (lowercase hex) over the framework, the whole request and every scorecard's fingerprint.</summary>
    public string Fingerprint => _fingerprint ??= Fingerprints.OfResult(this);

    /// <summary>The framework scored against.</summary>
    public Framework Framework { get; }

    /// <summary>The request.</summary>
    public ScoringRequest Request { get; }

    /// <summary>One scorecard per unit, ordered by unit identifier (ordinal).</summary>
    public IReadOnlyList<Scorecard> Scorecards { get; }

    /// <summary>Problems found in the submissions used (unusable figures, unknown units asked for).</summary>
    public IReadOnlyList<Problem> Problems { get; }

    /// <summary>
    /// The declared units that existed during the period but are not scored under the request's
    /// <see cref="ScoringRequest.Selection"/>, ordered by identifier, each with what became of it ("merged into C on
    /// 2025-07-01"): not missing, but ended (or, selecting the units of the period's start, created) during it.
    /// </summary>
    public IReadOnlyList<UnitNotCounted> UnitsNotScored { get; internal init; } = [];

    /// <summary>True when the period scored lies within the framework's plan years (<see cref="PlanCheck.IsWithinPlan"/>).</summary>
    public bool IsWithinPlan => PlanCheck.IsWithinPlan(Framework, Request.Period);

    /// <summary>Finds a unit's scorecard.</summary>
    /// <param name="unitId">The unit.</param>
    /// <returns>The scorecard, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unitId"/> is null.</exception>
    public Scorecard? Find(string unitId)
    {
        ArgumentNullException.ThrowIfNull(unitId);
        return Scorecards.FirstOrDefault(s => string.Equals(s.UnitId, unitId, StringComparison.Ordinal));
    }
}

/// <summary>
/// How complete the data behind a scorecard is, in numbers: of its <see cref="Indicators"/>, how many were scored on
/// data (met or not), had no data, do not apply, and — among those scored on data — were rolled up from sub-periods
/// covering only part of the period. A host warns with it ("no data for 21 of 23 indicators") and marks cards.
/// </summary>
public readonly record struct ScorecardCoverage
{
    /// <summary>Creates a coverage.</summary>
    /// <param name="indicators">Every indicator of the card.</param>
    /// <param name="scored">Indicators scored on data (met or not met).</param>
    /// <param name="noData">Indicators without usable data (0 points, the maximum counts).</param>
    /// <param name="notApplicable">Indicators that do not apply (their maximum leaves the total).</param>
    /// <param name="partial">Indicators scored on data rolled up from sub-periods covering only part of the period.</param>
    public ScorecardCoverage(int indicators, int scored, int noData, int notApplicable, int partial)
        : this(indicators, scored, noData, notApplicable, partial, 0)
    {
    }

    /// <summary>Creates a coverage with a count of imputed figures.</summary>
    /// <param name="indicators">Every indicator of the card.</param>
    /// <param name="scored">Indicators scored on data (met or not met), imputed figures included.</param>
    /// <param name="noData">Indicators without usable data (0 points, the maximum counts).</param>
    /// <param name="notApplicable">Indicators that do not apply (their maximum leaves the total), those made so by the missing-data policy included.</param>
    /// <param name="partial">Indicators scored on data rolled up from sub-periods covering only part of the period.</param>
    /// <param name="imputed">Indicators whose figure or status was imputed under the missing-data policy.</param>
    public ScorecardCoverage(int indicators, int scored, int noData, int notApplicable, int partial, int imputed)
    {
        Indicators = indicators;
        Scored = scored;
        NoData = noData;
        NotApplicable = notApplicable;
        Partial = partial;
        Imputed = imputed;
    }

    /// <summary>
    /// Indicators whose figure or status was imputed under the missing-data policy (<see cref="IndicatorScore.Imputation"/>):
    /// carried forward or a peer mean (counted in <see cref="Scored"/> too), or made not applicable (counted in <see cref="NotApplicable"/> too).
    /// </summary>
    public int Imputed { get; }

    /// <summary>Every indicator of the card.</summary>
    public int Indicators { get; }

    /// <summary>Indicators scored on data (met or not met).</summary>
    public int Scored { get; }

    /// <summary>Indicators without usable data: 0 points, the maximum still counts.</summary>
    public int NoData { get; }

    /// <summary>Indicators that do not apply: their maximum leaves the total.</summary>
    public int NotApplicable { get; }

    /// <summary>Indicators scored on data rolled up from sub-periods covering only part of the period (3 of 4 quarters).</summary>
    public int Partial { get; }

    /// <summary>Indicators that apply to the unit (scored or without data).</summary>
    public int Applicable => Scored + NoData;

    /// <summary>True when no indicator that applies has data.</summary>
    public bool HasNoData => Scored == 0;

    /// <summary>
    /// True when some indicator was scored on partial data (<see cref="Partial"/> above 0): the index then stands for
    /// the sub-periods submitted, and is not comparable with an index on complete data.
    /// </summary>
    public bool IsPartial => Partial > 0;

    internal static ScorecardCoverage Of(IReadOnlyList<AreaScore> areas)
    {
        int all = 0, scored = 0, noData = 0, notApplicable = 0, partial = 0, imputed = 0;
        foreach (var area in areas)
        {
            foreach (var s in area.Indicators)
            {
                all++;
                imputed += s.Imputation is null ? 0 : 1;
                switch (s.Status)
                {
                    case IndicatorStatus.Met or IndicatorStatus.NotMet:
                        scored++;
                        partial += s.IsPartial ? 1 : 0;
                        break;
                    case IndicatorStatus.NoData:
                        noData++;
                        break;
                    default:
                        notApplicable++;
                        break;
                }
            }
        }

        return new ScorecardCoverage(all, scored, noData, notApplicable, partial, imputed);
    }
}

/// <summary>Whether a period lies within a framework's plan, for a host to warn before showing a card of zeros.</summary>
public static class PlanCheck
{
    /// <summary>
    /// True when <paramref name="period"/> lies within the plan years of <paramref name="framework"/>: a named period
    /// (year, half-year, quarter, month) whose year is between the plan's first and last year, whatever the calendar
    /// (under the administrative calendar the year 2021 starts on 15 December 2020 and is still the plan's first year);
    /// a custom range that overlaps the plan's dates.
    /// </summary>
    /// <param name="framework">The framework.</param>
    /// <param name="period">The period.</param>
    /// <returns>True when the period is within the plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="framework"/> is null.</exception>
    public static bool IsWithinPlan(Framework framework, ReportingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(framework);
        var plan = framework.Plan;
        return period.Kind == PeriodKind.Custom
            ? period.Start <= plan.End && period.End >= plan.Start
            : period.Year >= plan.Start.Year && period.Year <= plan.End.Year;
    }
}
