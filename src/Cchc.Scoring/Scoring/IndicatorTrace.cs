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

/// <summary>
/// The structured account of one indicator score, for an appraiser to check by hand: the submissions and revisions
/// used, the baseline, the rule and its parameters, the formula with the numbers, the rounding, and self-assessed and
/// appraised points. <see cref="Render"/> gives it as text in Vietnamese or English.
/// </summary>
public sealed class IndicatorTrace
{
    internal IndicatorTrace(IndicatorScore score, ScoreFacts f)
    {
        var set = f.Context.Submissions;
        var asOf = f.Context.AsOf;
        TraceSource Source(Submission s) => new(s, set, asOf);
        TraceSource[] All(IEnumerable<Submission> used) => used.Select(Source).ToArray();
        SubmissionSet = set;
        UnitId = f.UnitId;
        UnitKind = f.UnitKind;
        Period = f.Context.Period;
        AsOf = asOf;
        Indicator = f.Indicator;
        Outcome = f.Outcome;
        RollUp = f.RollUp;
        Sources = f.RollUp is RollUpTrace rollUp ? All(rollUp.Measured.SelectMany(m => m.Used))
            : f.Lineage is LineageTrace lineage ? All(lineage.Measured.SelectMany(m => m.Used))
            : f.Source is MeasuredValue source ? All(source.Used) : [];
        Lineage = f.Lineage;
        BaselineLineage = f.BaselineLineage;
        IgnoredSubmission = f.Ignored is Submission ignored ? Source(ignored) : null;
        LeftOut = f.RollUp is RollUpTrace unitRollUp ? unitRollUp.Measured.SelectMany(m => m.LeftOut).ToArray() : f.LeftOut;
        Figure = f.Figure;
        Value = f.Value;
        Baseline = f.Baseline;
        BaselineRollUp = f.BaselineRollUp;
        BaselineSources = f.BaselineRollUp is RollUpTrace baselineRollUp ? All(baselineRollUp.Measured.SelectMany(m => m.Used))
            : f.BaselineLineage is LineageTrace baselineLineage ? All(baselineLineage.Measured.SelectMany(m => m.Used))
            : f.BaselineSource is MeasuredValue baselineSource ? All(baselineSource.Used) : [];
        Target = f.Target;
        _ruleInput = f.RuleInput;
        RulePoints = f.RulePoints;
        ExactPoints = f.ClampedPoints;
        Rounding = f.Context.Rounding;
        ComputedPoints = f.ComputedPoints;
        SelfAssessment = f.SelfAssessment is Submission self ? Source(self) : null;
        Appraisal = f.Appraisal is Submission appraisal ? Source(appraisal) : null;
        AppraisalUsed = f.AppraisalUsed;
        Assessment = f.Assessed;
        SurveyNotHeld = f.SurveyNotHeld;
        Points = score.Points;
        MaxPoints = score.MaxPoints;
        Imputation = f.Imputation;
        Peers = f.Peers ?? [];
        PeerSources = f.PeerSources is { } peerSources ? All(peerSources) : [];
    }

    /// <summary>How a missing figure was imputed under the missing-data policy, or null (<see cref="IndicatorScore.Imputation"/>).</summary>
    public Imputation? Imputation { get; }

    /// <summary>For a peer mean, the units whose values were averaged (ordinal order); otherwise empty.</summary>
    public IReadOnlyList<string> Peers { get; }

    /// <summary>For a peer mean, the peers' submission revisions whose figures were averaged; otherwise empty.</summary>
    public IReadOnlyList<TraceSource> PeerSources { get; }

    private readonly Rules.RuleInput? _ruleInput;
    private string? _ruleFormula;

    /// <summary>The submissions scored, to number the revisions of those named.</summary>
    internal SubmissionSet SubmissionSet { get; }

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

    /// <summary>How the figure was formed from the unit's own figures and its predecessors' (merged, split or absorbed units), or null when it took over none during the period.</summary>
    public LineageTrace? Lineage { get; }

    /// <summary>How the baseline was formed from the predecessors' figures, or null.</summary>
    public LineageTrace? BaselineLineage { get; }

    /// <summary>A submission that exists but was not used (a parent's own figure in a roll-up, or one for an inapplicable kind), or null.</summary>
    public TraceSource? IgnoredSubmission { get; }

    /// <summary>
    /// The submissions that touch the period but were not used for it, each with the reason: a sub-period inside a
    /// longer one used, a custom range (never rolled up), a period reaching outside the one scored. For a roll-up
    /// across units, those of every unit.
    /// </summary>
    public IReadOnlyList<LeftOutSubmission> LeftOut { get; }

    /// <summary>How the figure was formed from the units, for a roll-up; otherwise null.</summary>
    public RollUpTrace? RollUp { get; }

    /// <summary>The figure used, or null.</summary>
    public Measurement? Figure { get; }

    /// <summary>The comparable value, unrounded, or null.</summary>
    public decimal? Value { get; }

    /// <summary>How the value was formed, language-neutral (e.g. <c>905 ÷ (1005 − 5) × 100 = 90.5 %</c>), or null.</summary>
    public string? ValueFormula => ValueFormulaIn(Language.En);

    /// <summary>The value's arithmetic with the numbers written as <paramref name="language"/> writes them.</summary>
    internal string? ValueFormulaIn(Language language) =>
        RollUp?.FormulaIn(language) ?? (Figure is Measurement m && Value is decimal v ? Explanations.ValueFormula(m, v, language) : null);

    /// <summary>Whether the rule's input met the target; null when no rule was applied.</summary>
    internal bool? Met => _ruleInput?.Met;

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
    public string RuleParameters => Rules.RuleParameters.Write(Indicator.Rule);

    /// <summary>The rule's arithmetic with the numbers, language-neutral, or null when no rule was applied.</summary>
    public string? RuleFormula => _ruleFormula ??= _ruleInput is Rules.RuleInput input ? Indicator.Rule.Explain(input) : null;

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

    /// <summary>The points in force of the assessment records and their stage, when they gave the points; null otherwise.</summary>
    public AssessedPoints? Assessment { get; }

    /// <summary>True when the criterion is survey-only and the optional survey was not held for the unit: its points leave the maximum (rescaling).</summary>
    public bool SurveyNotHeld { get; }

    /// <summary>The points that count.</summary>
    public decimal Points { get; }

    /// <summary>The maximum counted for the unit (0 when not applicable).</summary>
    public decimal MaxPoints { get; }

    /// <summary>Renders the trace as text, one step a line, in <paramref name="language"/>.</summary>
    /// <param name="language">Vietnamese or English.</param>
    /// <returns>The text, lines ending with <c>\n</c>.</returns>
    public string Render(Language language) => TraceText.Render(this, language);
}
