using System;
using System.Collections.Generic;
using System.Linq;
using Cchc.Scoring;
using NodaTime;

namespace Cchc.Scoring;

/// <summary>Why an indicator scored as it did, in one word.</summary>
public enum TraceOutcome
{
    /// <summary>A figure was compared with the target and the rule gave points.</summary>
    Scored,

    /// <summary>No submission for the period (as of the instant): 0 points, the maximum still counts.</summary>
    NoSubmission,

    /// <summary>The unit declared the indicator not applicable: the maximum leaves the total.</summary>
    DeclaredNotApplicable,

    /// <summary>The framework declares the indicator (or its area) not applicable to the unit's kind.</summary>
    NotApplicableToKind,

    /// <summary>A ratio with nothing to measure (0 after exclusions): the maximum leaves the total.</summary>
    NothingToMeasure,

    /// <summary>The submission cannot be used (wrong kind of figure, figures out of range): 0 points.</summary>
    Unusable,

    /// <summary>The target needs a baseline that is missing: 0 points.</summary>
    MissingBaseline,

    /// <summary>A roll-up where none of the units has a usable figure: 0 points, the maximum still counts.</summary>
    NoUnitFigures,

    /// <summary>A roll-up where the indicator applies to none of the units: the maximum leaves the total.</summary>
    NoApplicableUnits,
}

/// <summary>One submission revision used, with its place in the revision history as of the scoring instant.</summary>
public sealed class TraceSource
{
    private readonly SubmissionSet? _set;
    private readonly Instant? _asOf;
    private int _revision = -1;
    private int _revisions;

    internal TraceSource(Submission submission, SubmissionSet set, Instant? asOf)
    {
        Submission = submission;
        _set = set;
        _asOf = asOf;
    }

    /// <summary>The revision used.</summary>
    public Submission Submission { get; }

    /// <summary>Its number, 1 for the first revision recorded (counted when first asked for).</summary>
    public int Revision
    {
        get
        {
            Count();
            return _revision;
        }
    }

    /// <summary>How many revisions were recorded by the scoring instant.</summary>
    public int Revisions
    {
        get
        {
            Count();
            return _revisions;
        }
    }

    private void Count()
    {
        if (_revision >= 0 || _set is null)
        {
            return;
        }

        var revisions = _set.Revisions(Submission.UnitId, Submission.Period, Submission.IndicatorCode);
        int number = 0, count = 0;
        for (int i = 0; i < revisions.Count; i++)
        {
            if (_asOf is Instant at && revisions[i].RecordedAt > at)
            {
                continue;
            }

            count++;
            if (ReferenceEquals(revisions[i], Submission))
            {
                number = count;
            }
        }

        _revisions = count;
        _revision = number;
    }
}

/// <summary>One unit's part in a roll-up.</summary>
public sealed class RollUpPart
{
    internal RollUpPart(string unitId, Measurement figure, decimal value, bool isRollUp)
    {
        UnitId = unitId;
        Figure = figure;
        Value = value;
        IsRollUp = isRollUp;
    }

    /// <summary>The unit.</summary>
    public string UnitId { get; }

    /// <summary>Its figure (its own submission, or its roll-up when it has units of its own).</summary>
    public Measurement Figure { get; }

    /// <summary>Its comparable value.</summary>
    public decimal Value { get; }

    /// <summary>True when the unit's figure is itself a roll-up of its units.</summary>
    public bool IsRollUp { get; }
}

/// <summary>How a parent's figure was formed from its units.</summary>
public sealed class RollUpTrace
{
    internal RollUpTrace(UnitRollUpMethod method, IReadOnlyList<RollUpPart> parts, IReadOnlyList<string> missing, IReadOnlyList<string> notApplicable, Measurement? figure, decimal? value, string formula)
    {
        Method = method;
        Parts = parts;
        MissingUnits = missing;
        NotApplicableUnits = notApplicable;
        Figure = figure;
        Value = value;
        Formula = formula;
    }

    /// <summary>The method.</summary>
    public UnitRollUpMethod Method { get; }

    /// <summary>The units whose figures were combined, by identifier.</summary>
    public IReadOnlyList<RollUpPart> Parts { get; }

    /// <summary>Units with no usable figure, left out.</summary>
    public IReadOnlyList<string> MissingUnits { get; }

    /// <summary>Units to which the indicator does not apply, left out.</summary>
    public IReadOnlyList<string> NotApplicableUnits { get; }

    /// <summary>The combined figure, or null when no unit contributed.</summary>
    public Measurement? Figure { get; }

    /// <summary>The combined comparable value, or null.</summary>
    public decimal? Value { get; }

    /// <summary>The arithmetic, language-neutral, e.g. <c>(9 + 1) ÷ (10 + 90) × 100 = 10 %</c>.</summary>
    public string Formula { get; }
}

/// <summary>
/// The structured account of one indicator score, for an appraiser to check by hand: the submissions and revisions
/// used, the baseline, the rule and its parameters, the formula with the numbers, the rounding, and self-assessed and
/// appraised points. <see cref="Render"/> gives it as text in Vietnamese or English.
/// </summary>
public sealed class IndicatorTrace
{
    internal IndicatorTrace(TraceBuilder b, TraceOutcome outcome, decimal points, decimal maxPoints)
    {
        UnitId = b.UnitId;
        UnitKind = b.UnitKind;
        Period = b.Period;
        AsOf = b.AsOf;
        Indicator = b.Indicator;
        Outcome = outcome;
        Sources = b.Sources.Count == 0 ? [] : b.Sources.ToArray();
        IgnoredSubmission = b.Ignored;
        RollUp = b.RollUp;
        Figure = b.Figure;
        Value = b.Value;
        _valueFormula = b.ValueFormula;
        Baseline = b.Baseline;
        BaselineSources = b.BaselineSources.Count == 0 ? [] : b.BaselineSources.ToArray();
        BaselineRollUp = b.BaselineRollUp;
        Target = b.Target;
        RuleFormula = b.RuleFormula;
        RulePoints = b.RulePoints;
        ExactPoints = b.ExactPoints;
        Rounding = b.Rounding;
        ComputedPoints = b.ComputedPoints;
        SelfAssessment = b.SelfAssessment;
        Appraisal = b.Appraisal;
        AppraisalUsed = b.AppraisalUsed;
        Points = points;
        MaxPoints = maxPoints;
    }

    /// <summary>A bare trace for a score made without one: the figures of the score, no sources.</summary>
    internal IndicatorTrace(IndicatorScore score)
    {
        UnitId = score.Submission?.UnitId ?? string.Empty;
        Period = score.Submission?.Period ?? default;
        Indicator = score.Indicator;
        Outcome = score.Status switch
        {
            IndicatorStatus.NoData => TraceOutcome.NoSubmission,
            IndicatorStatus.NotApplicable => TraceOutcome.DeclaredNotApplicable,
            _ => TraceOutcome.Scored,
        };
        Sources = [];
        BaselineSources = [];
        Figure = score.Submission?.Measurement;
        Value = score.Value;
        Baseline = score.Baseline;
        Target = score.Target;
        RuleFormula = score.Explanation;
        ExactPoints = score.ExactPoints;
        Rounding = RoundingPolicy.Default;
        ComputedPoints = score.Points;
        Points = score.Points;
        MaxPoints = score.MaxPoints;
    }

    /// <summary>The unit scored.</summary>
    public string UnitId { get; }

    /// <summary>The unit's kind, or null when the unit is not declared.</summary>
    public string? UnitKind { get; }

    /// <summary>The period scored.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>The as-of instant, or null for the latest revisions.</summary>
    public Instant? AsOf { get; }

    /// <summary>The indicator.</summary>
    public Indicator Indicator { get; }

    /// <summary>What happened, in one word.</summary>
    public TraceOutcome Outcome { get; }

    /// <summary>The submission revisions whose figures were used (for a roll-up, every unit's).</summary>
    public IReadOnlyList<TraceSource> Sources { get; }

    /// <summary>A submission that exists but was not used (a parent's own figure in a roll-up, or one for an inapplicable kind), or null.</summary>
    public TraceSource? IgnoredSubmission { get; }

    /// <summary>How the figure was formed from the units, for a roll-up; otherwise null.</summary>
    public RollUpTrace? RollUp { get; }

    /// <summary>The figure used, or null.</summary>
    public Measurement? Figure { get; }

    /// <summary>The comparable value, unrounded, or null.</summary>
    public decimal? Value { get; }

    private readonly string? _valueFormula;

    /// <summary>How the value was formed, language-neutral (e.g. <c>905 ÷ (1005 − 5) × 100 = 90.5 %</c>), or null.</summary>
    public string? ValueFormula => _valueFormula ?? RollUp?.Formula ?? (Figure is Measurement m && Value is decimal v ? Scorer.ValueFormula(m, v) : null);

    /// <summary>The baseline value used, or null.</summary>
    public decimal? Baseline { get; }

    /// <summary>The submissions the baseline came from.</summary>
    public IReadOnlyList<TraceSource> BaselineSources { get; }

    /// <summary>How the baseline was formed from the units, for a roll-up; otherwise null.</summary>
    public RollUpTrace? BaselineRollUp { get; }

    /// <summary>The effective target, or null when it could not be formed.</summary>
    public decimal? Target { get; }

    /// <summary>The rule's kind.</summary>
    public string RuleKind => Indicator.Rule.Kind;

    /// <summary>The rule's parameters as compact JSON, e.g. <c>{"floor":60}</c>; <c>{}</c> for a rule without parameters.</summary>
    public string RuleParameters => TraceText.Parameters(Indicator.Rule);

    /// <summary>The rule's arithmetic with the numbers, language-neutral, or null when no rule was applied.</summary>
    public string? RuleFormula { get; }

    /// <summary>The points the rule gave, before clamping, or null.</summary>
    public decimal? RulePoints { get; }

    /// <summary>The points after clamping to [0, maximum], before rounding.</summary>
    public decimal ExactPoints { get; }

    /// <summary>The rounding policy applied.</summary>
    public RoundingPolicy Rounding { get; }

    /// <summary>The points computed from the figures, rounded as the policy wants at indicator level.</summary>
    public decimal ComputedPoints { get; }

    /// <summary>The revision that carried the self-assessed points, or null.</summary>
    public TraceSource? SelfAssessment { get; }

    /// <summary>The latest revision that carried appraised points, or null.</summary>
    public TraceSource? Appraisal { get; }

    /// <summary>True when the appraised points replaced the computed ones.</summary>
    public bool AppraisalUsed { get; }

    /// <summary>The points that count.</summary>
    public decimal Points { get; }

    /// <summary>The maximum counted for the unit (0 when not applicable).</summary>
    public decimal MaxPoints { get; }

    /// <summary>Renders the trace as text, one step a line, in <paramref name="language"/>.</summary>
    /// <param name="language">Vietnamese or English.</param>
    /// <returns>The text, lines ending with <c>\n</c>.</returns>
    public string Render(Language language) => TraceText.Render(this, language);
}
