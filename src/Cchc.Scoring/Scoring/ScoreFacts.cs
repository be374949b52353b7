using Cchc.Scoring.Rules;

namespace Cchc.Scoring;

/// <summary>
/// What the scorer found for one indicator of one unit, as numbers and references: the figure and where it came from,
/// the baseline, the target, the rule's points, the assessments. Filled while scoring, then only read: explanations and
/// traces are written from it on demand.
/// </summary>
internal sealed class ScoreFacts(ScoringContext context, string unitId, Unit? unit, Indicator indicator, TraceOutcome outcome)
{
    public ScoringContext Context { get; } = context;

    public string UnitId { get; } = unitId;

    public Unit? Unit { get; } = unit;

    public string? UnitKind => Unit?.Kind;

    public Indicator Indicator { get; } = indicator;

    public TraceOutcome Outcome { get; set; } = outcome;

    public MeasuredValue? Source { get; set; }

    public RollUpTrace? RollUp { get; set; }

    /// <summary>How the figure was formed from the unit's own figures and its predecessors', when it took over other units.</summary>
    public LineageTrace? Lineage
    {
        get => _rare?.Lineage;
        set => Set(value)?.Lineage = value;
    }

    /// <summary>How the baseline was formed from the predecessors' figures, when the unit did not exist (all of) the baseline period.</summary>
    public LineageTrace? BaselineLineage
    {
        get => _rare?.BaselineLineage;
        set => Set(value)?.BaselineLineage = value;
    }

    public Submission? Ignored { get; set; }

    /// <summary>True when the figure was rolled up from sub-periods covering only part of the period.</summary>
    public bool IsPartial { get; set; }

    /// <summary>The submissions that touch the period but were not used (from the roll-up, or found when nothing was used).</summary>
    public System.Collections.Generic.IReadOnlyList<LeftOutSubmission> LeftOut
    {
        get => _rare?.LeftOut ?? Source?.LeftOut ?? [];
        set => Set(value)?.LeftOut = value;
    }

    public Measurement? Figure { get; set; }

    public decimal? Value { get; set; }

    public decimal? Baseline { get; set; }

    public MeasuredValue? BaselineSource { get; set; }

    public RollUpTrace? BaselineRollUp { get; set; }

    public decimal? Target { get; set; }

    public decimal? RulePoints { get; set; }

    public decimal ComputedPoints { get; set; }

    public Submission? SelfAssessment { get; set; }

    public Submission? Appraisal { get; set; }

    public bool AppraisalUsed { get; set; }

    /// <summary>How a missing figure was imputed, or null.</summary>
    public Imputation? Imputation
    {
        get => _rare?.Imputation;
        set => Set(value)?.Imputation = value;
    }

    /// <summary>For a peer mean found again for an explanation, the peers whose figures were averaged (ordinal order).</summary>
    public System.Collections.Generic.IReadOnlyList<string>? Peers
    {
        get => _rare?.Peers;
        set => Set(value)?.Peers = value;
    }

    /// <summary>For a peer mean found again for an explanation, the peers' submissions used.</summary>
    public System.Collections.Generic.IReadOnlyList<Submission>? PeerSources
    {
        get => _rare?.PeerSources;
        set => Set(value)?.PeerSources = value;
    }

    /// <summary>The points in force of the assessment records, when they replaced the points (<c>docs/appraisal.md</c>).</summary>
    public AssessedPoints? Assessed
    {
        get => _rare?.Assessed;
        set => Set(value)?.Assessed = value;
    }

    /// <summary>True when the indicator is survey-only, the framework's survey is optional and it was not held for the unit: its maximum leaves the total.</summary>
    public bool SurveyNotHeld
    {
        get => _rare?.SurveyNotHeld ?? false;
        set => Set(value ? this : null)?.SurveyNotHeld = value;
    }

    /// <summary>
    /// The facts only lineage, a missing-data policy, assessment records or an optional survey give, or null when none
    /// did: the common case (a unit's own figure, no records) carries one reference for them, not seven (the submissions left
    /// out, found only for an explanation, among them).
    /// </summary>
    private RareFacts? _rare;

    /// <summary>The rare facts to set a value in: null when the value is null and none were set (nothing to clear).</summary>
    private RareFacts? Set(object? value) => value is null ? _rare : (_rare ??= new RareFacts());

    /// <summary>The facts of lineage, imputation, assessment records and the survey.</summary>
    private sealed class RareFacts
    {
        public System.Collections.Generic.IReadOnlyList<LeftOutSubmission>? LeftOut;
        public LineageTrace? Lineage;
        public LineageTrace? BaselineLineage;
        public Imputation? Imputation;
        public System.Collections.Generic.IReadOnlyList<string>? Peers;
        public System.Collections.Generic.IReadOnlyList<Submission>? PeerSources;
        public AssessedPoints? Assessed;
        public bool SurveyNotHeld;
    }

    /// <summary>The rule's input, when a rule was applied.</summary>
    public RuleInput? RuleInput => RulePoints is null ? null : new RuleInput(Figure!.Value, Value!.Value, Target!.Value, Indicator.Target.Comparison, Baseline, Indicator.MaxPoints);

    /// <summary>The points after clamping, before rounding and before any appraisal (0 when no rule was applied).</summary>
    public decimal ClampedPoints => RulePoints is decimal p ? System.Math.Clamp(p, 0, Indicator.MaxPoints) : 0;
}
