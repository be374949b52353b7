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
    private ScoreFacts? _facts;
    private string? _explanation;
    private IndicatorTrace? _trace;

    /// <summary>Keeps the numbers; the facts behind them are found again when an explanation, a trace or the sources are asked for.</summary>
    internal IndicatorScore(ScoreFacts facts, IndicatorStatus status, decimal exactPoints, decimal points, decimal maxPoints, bool isRollUp)
    {
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
    }

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

    /// <summary>The points before rounding, after clamping to [0, maximum].</summary>
    public decimal ExactPoints { get; }

    /// <summary>The points as the rounding policy wants them at indicator level.</summary>
    public decimal Points { get; }

    /// <summary>The maximum points counted for this unit: 0 when not applicable.</summary>
    public decimal MaxPoints { get; }

    /// <summary>How the points came about, with every number used (in English; written when first asked for).</summary>
    public string Explanation => _explanation ??= Explanations.Of(this, Facts);

    /// <summary>The submission revision used, or null.</summary>
    public Submission? Submission => Facts.Source?.Submission;

    /// <summary>Where the value came from: the revision used (k of n), or the sub-period submissions rolled up; null without a submission.</summary>
    public MeasuredValue? Source => Facts.Source;

    /// <summary>True when a submission used was recorded after its deadline (flagged, still scored).</summary>
    public bool IsLate => Source?.IsLate ?? false;

    /// <summary>The structured account of the score: submissions and revisions, baseline, rule, formula, rounding (built when first asked for).</summary>
    public IndicatorTrace Trace => _trace ??= new IndicatorTrace(this, Facts);

    /// <summary>The points computed from the figures (before any appraisal), rounded at indicator level.</summary>
    public decimal ComputedPoints { get; }

    private ScoreFacts Facts => _facts ??= Scorer.Facts(_context, _unitId, _unit, _isRollUp, Indicator);

    /// <summary>The unit's self-assessed points, or null. They never count.</summary>
    public decimal? SelfAssessedPoints => Facts.SelfAssessment?.SelfAssessedPoints;

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
