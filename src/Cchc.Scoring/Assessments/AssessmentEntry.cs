using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Cchc.Scoring;

/// <summary>
/// One entry of the assessment record of a unit's indicator for a period: a self-assessment, a withdrawal or a
/// resubmission by the unit, an appraisal round, an explanation, the final decision or the publication. Entries are
/// appended, never changed; the points in force follow from the whole sequence (<see cref="AssessmentRecords"/>).
/// </summary>
public sealed class AssessmentEntry
{
    private static readonly EvidenceReference[] NoEvidence = [];

    /// <summary>Creates an entry. Whether its fields fit its kind is checked by <see cref="AssessmentRecords.Validate"/>
    /// (and by the reader), which reports a located problem rather than throwing.</summary>
    /// <param name="unitId">The assessed unit.</param>
    /// <param name="period">The period assessed.</param>
    /// <param name="indicatorCode">The indicator (criterion).</param>
    /// <param name="kind">What the entry says.</param>
    /// <param name="recordedAt">When it was recorded.</param>
    /// <param name="author">Who recorded it.</param>
    /// <param name="points">The points: required for a self-assessment, a resubmission, an appraisal and a final decision; null otherwise.</param>
    /// <param name="round">The appraisal round, from 1; null for other kinds.</param>
    /// <param name="text">The explanation's text (required for an explanation), or a note.</param>
    /// <param name="evidence">The evidence given with the entry; none when null.</param>
    /// <param name="accepted">For an explanation: true when accepted, false when not, null while undecided.</param>
    /// <exception cref="ArgumentNullException"><paramref name="unitId"/> or <paramref name="indicatorCode"/> is null, or an item of <paramref name="evidence"/> is.</exception>
    public AssessmentEntry(
        string unitId,
        ReportingPeriod period,
        string indicatorCode,
        AssessmentEntryKind kind,
        Instant recordedAt,
        AssessorRole author,
        decimal? points = null,
        int? round = null,
        string? text = null,
        IEnumerable<EvidenceReference>? evidence = null,
        bool? accepted = null)
    {
        ArgumentNullException.ThrowIfNull(unitId);
        ArgumentNullException.ThrowIfNull(indicatorCode);
        UnitId = unitId;
        Period = period;
        IndicatorCode = indicatorCode;
        Kind = kind;
        RecordedAt = recordedAt;
        Author = author;
        Points = points;
        Round = round;
        Text = text;
        var items = evidence?.ToArray() ?? NoEvidence;
        foreach (var item in items)
        {
            ArgumentNullException.ThrowIfNull(item, nameof(evidence));
        }

        Evidence = items;
        Accepted = accepted;
    }

    /// <summary>The assessed unit.</summary>
    public string UnitId { get; }

    /// <summary>The period assessed.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>The indicator (criterion).</summary>
    public string IndicatorCode { get; }

    /// <summary>What the entry says.</summary>
    public AssessmentEntryKind Kind { get; }

    /// <summary>When it was recorded.</summary>
    public Instant RecordedAt { get; }

    /// <summary>Who recorded it.</summary>
    public AssessorRole Author { get; }

    /// <summary>The points, or null.</summary>
    public decimal? Points { get; }

    /// <summary>The appraisal round (from 1), or null.</summary>
    public int? Round { get; }

    /// <summary>The explanation's text or a note, or null.</summary>
    public string? Text { get; }

    /// <summary>The evidence given with the entry, in the order given.</summary>
    public IReadOnlyList<EvidenceReference> Evidence { get; }

    /// <summary>For an explanation: accepted (true), not accepted (false), or undecided (null).</summary>
    public bool? Accepted { get; }

    /// <summary>
    /// The canonical order: unit, indicator, period, recorded-at, kind, then every other field, so that the order of
    /// entries never depends on the order they were given in.
    /// </summary>
    internal static int CanonicalOrder(AssessmentEntry a, AssessmentEntry b)
    {
        int c = string.CompareOrdinal(a.UnitId, b.UnitId);
        c = c != 0 ? c : string.CompareOrdinal(a.IndicatorCode, b.IndicatorCode);
        c = c != 0 ? c : a.Period.CompareTo(b.Period);
        c = c != 0 ? c : a.RecordedAt.CompareTo(b.RecordedAt);
        c = c != 0 ? c : a.Kind.CompareTo(b.Kind);
        c = c != 0 ? c : a.Author.CompareTo(b.Author);
        c = c != 0 ? c : Nullable.Compare(a.Round, b.Round);
        c = c != 0 ? c : Nullable.Compare(a.Points, b.Points);
        c = c != 0 ? c : Nullable.Compare(a.Accepted, b.Accepted);
        c = c != 0 ? c : string.CompareOrdinal(a.Text, b.Text);
        c = c != 0 ? c : a.Evidence.Count.CompareTo(b.Evidence.Count);
        for (int i = 0; c == 0 && i < a.Evidence.Count; i++)
        {
            c = EvidenceReference.Compare(a.Evidence[i], b.Evidence[i]);
        }

        return c;
    }

    /// <summary>The words for the entry's kind and round, e.g. "appraisal round 2 (council)"; in Vietnamese "thẩm định vòng 2 (hội đồng)".</summary>
    internal string Describe(Language lang = Language.En)
    {
        bool vi = lang == Language.Vi;
        return Kind switch
        {
            AssessmentEntryKind.SelfAssessment => vi ? "tự đánh giá" : "self-assessment",
            AssessmentEntryKind.Withdrawal => vi ? "rút lại" : "withdrawal",
            AssessmentEntryKind.Resubmission => vi ? "nộp lại" : "resubmission",
            AssessmentEntryKind.Appraisal => (vi ? "thẩm định vòng " : "appraisal round ") + Num.Format(Round ?? 0) + " (" + RoleWords(Author, lang) + ")",
            AssessmentEntryKind.Explanation => vi ? "giải trình" : "explanation",
            AssessmentEntryKind.FinalDecision => (vi ? "quyết định cuối cùng (" : "final decision (") + RoleWords(Author, lang) + ")",
            _ => vi ? "công bố" : "publication",
        };
    }

    /// <summary>The words for a role.</summary>
    internal static string RoleWords(AssessorRole role, Language lang = Language.En) => (role, lang == Language.Vi) switch
    {
        (AssessorRole.Unit, false) => "unit",
        (AssessorRole.Unit, true) => "đơn vị",
        (AssessorRole.AppraisalTeam, false) => "appraisal team",
        (AssessorRole.AppraisalTeam, true) => "tổ thẩm định",
        (_, false) => "council",
        _ => "hội đồng",
    };

    /// <inheritdoc/>
    public override string ToString() =>
        UnitId + " " + Period.ToString() + " " + IndicatorCode + " " + Describe() + " at " + NodaTime.Text.InstantPattern.ExtendedIso.Format(RecordedAt)
        + (Points is decimal p ? " = " + Num.Format(p) : string.Empty);
}
