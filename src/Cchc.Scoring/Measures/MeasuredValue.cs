using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Cchc.Scoring;

/// <summary>
/// Where an indicator's figure for a unit and a period came from: the revision in force of the submission for the
/// whole period, or the submissions for the periods inside it rolled up by the indicator's method. Says which revision
/// was used, which submissions were late and which parts could not be used. Numbers and references only; the sentence
/// describing it is written when an explanation is asked for.
/// </summary>
public sealed class MeasuredValue
{
    private readonly SubmissionDeadline? _deadlineRule;
    private readonly MeasureKind _measure;
    private readonly string?[] _description = new string?[2];

    internal MeasuredValue(
        Measurement? measurement,
        Submission? submission,
        int revision,
        int revisionCount,
        IReadOnlyList<Submission> parts,
        PeriodRollUpMethod? rollUp,
        int expectedParts,
        IReadOnlyList<Submission> late,
        IReadOnlyList<Submission> unusable,
        SubmissionDeadline? deadlineRule,
        MeasureKind measure,
        PartCoverage coverage = default)
    {
        Measurement = measurement;
        Submission = submission;
        Revision = revision;
        RevisionCount = revisionCount;
        Parts = parts;
        RollUp = rollUp;
        ExpectedParts = expectedParts;
        Late = late;
        Unusable = unusable;
        _deadlineRule = deadlineRule;
        _measure = measure;
        CoveredMonths = coverage.Months;
        PeriodMonths = coverage.PeriodMonths;
        LeftOut = coverage.LeftOut ?? [];
    }

    /// <summary>The measurement to score, or null when a part of a roll-up cannot be used (see <see cref="Unusable"/>).</summary>
    public Measurement? Measurement { get; }

    /// <summary>The revision used of the submission for the whole period, or null for a roll-up.</summary>
    public Submission? Submission { get; }

    /// <summary>
    /// Which revision of the whole-period submission was used, counting from 1 in the order recorded; 0 for a roll-up.
    /// </summary>
    public int Revision { get; }

    /// <summary>
    /// How many revisions of the whole-period submission had been recorded by the as-of instant (all of them without
    /// one); 0 for a roll-up. Revisions recorded later are not counted, so a result as of an instant never changes.
    /// </summary>
    public int RevisionCount { get; }

    /// <summary>The revisions in force of the sub-period submissions rolled up, in period order; empty when the whole period was submitted.</summary>
    public IReadOnlyList<Submission> Parts { get; }

    /// <summary>The roll-up method used, or null when the whole period was submitted.</summary>
    public PeriodRollUpMethod? RollUp { get; }

    /// <summary>
    /// How many sub-periods of the kind rolled up the period has (4 quarters in a year); 0 when not a roll-up, and 0 when
    /// the parts are of several kinds (a half-year and two quarters: see <see cref="CoveredMonths"/>).
    /// </summary>
    public int ExpectedParts { get; }

    /// <summary>How many months of the period the parts of a roll-up cover (a half-year 6, a quarter 3); 0 when not a roll-up.</summary>
    public int CoveredMonths { get; }

    /// <summary>How many months the period rolled up spans (a year 12); 0 when not a roll-up.</summary>
    public int PeriodMonths { get; }

    /// <summary>True when the value was rolled up from parts that cover only part of the period (3 of 4 quarters).</summary>
    public bool IsPartial => IsRollUp && CoveredMonths < PeriodMonths;

    /// <summary>
    /// The submissions that touch the period but were not rolled up into it, each with the reason (inside a longer
    /// sub-period used, a custom range, reaching outside the period); empty for a whole-period submission.
    /// </summary>
    public IReadOnlyList<LeftOutSubmission> LeftOut { get; }

    /// <summary>The submissions used that were recorded after their deadline (empty without a framework deadline).</summary>
    public IReadOnlyList<Submission> Late { get; }

    /// <summary>The due day of the whole-period submission under the framework's deadline; null for a roll-up or without a deadline.</summary>
    public LocalDate? Deadline => Submission is Submission whole && _deadlineRule is not null ? _deadlineRule.DueDate(whole.Period) : null;

    /// <summary>Parts of a roll-up whose figures cannot be used (wrong kind or inconsistent); the roll-up then has no measurement.</summary>
    public IReadOnlyList<Submission> Unusable { get; }

    /// <summary>True when the value was rolled up from sub-period submissions.</summary>
    public bool IsRollUp => RollUp is not null;

    /// <summary>True when a submission used was recorded after its deadline.</summary>
    public bool IsLate => Late.Count > 0;

    /// <summary>How the value was formed, for explanations: the parts, the method and its arithmetic; empty for a whole-period submission.</summary>
    internal string Description(Language language) => _description[(int)language] ??= RollUp is PeriodRollUpMethod method
        ? PeriodRollUp.Describe(method, _measure, ExpectedParts, CoveredMonths, PeriodMonths, Parts, Unusable.Count > 0, language)
        : string.Empty;

    /// <summary>A sentence naming the late submissions and their deadlines, starting with a space; empty when none was late.</summary>
    internal string LateNote(Language language) => PeriodRollUp.LateNote(Late, _deadlineRule, language);

    /// <summary>Every submission this value was taken from: the whole-period revision, or the parts.</summary>
    internal IEnumerable<Submission> Used => IsRollUp ? Parts : Submission is Submission s ? [s] : [];
}
