using System;
using System.Collections.Generic;
using System.Linq;
using Cchc.Scoring.Serialization;
using NodaTime;

namespace Cchc.Scoring;

/// <summary>
/// Every assessment entry of every unit, indicator and period, kept whole and append-only: a correction is a new
/// entry, never a change. The points in force follow from each sequence by the rules of <c>docs/appraisal.md</c>;
/// an entry that breaks them is reported (<see cref="Validate"/>) and left out. Selection "as of" an instant reads
/// only the entries recorded at or before it, so "after round 1" and "final" can both be reproduced. Immutable; the
/// order the entries are given in does not matter.
/// </summary>
public sealed class AssessmentRecords
{
    private readonly AssessmentEntry[] _sorted;
    private readonly Dictionary<(string Unit, string Indicator, ReportingPeriod Period), (int From, int Count)> _runs;

    /// <summary>Creates the records.</summary>
    /// <param name="entries">Every entry; order does not matter.</param>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> or one of its items is null.</exception>
    public AssessmentRecords(IEnumerable<AssessmentEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var all = entries.ToArray();
        foreach (var e in all)
        {
            ArgumentNullException.ThrowIfNull(e, nameof(entries));
        }

        Array.Sort(all, AssessmentEntry.CanonicalOrder);
        _sorted = all;
        _runs = [];
        for (int i = 0; i < all.Length;)
        {
            int j = i + 1;
            while (j < all.Length && SameKey(all[i], all[j]))
            {
                j++;
            }

            _runs.Add((all[i].UnitId, all[i].IndicatorCode, all[i].Period), (i, j - i));
            i = j;
        }

        Entries = all;
    }

    /// <summary>No records.</summary>
    public static AssessmentRecords Empty { get; } = new([]);

    /// <summary>Every entry in canonical order: unit, indicator, period, recorded-at, kind (ordinal or chronological).</summary>
    public IReadOnlyList<AssessmentEntry> Entries { get; }

    /// <summary>True when there is no entry.</summary>
    public bool IsEmpty => _sorted.Length == 0;

    /// <summary>The entries of one unit, indicator and period, oldest first.</summary>
    /// <param name="unitId">The unit.</param>
    /// <param name="period">The period.</param>
    /// <param name="indicatorCode">The indicator.</param>
    /// <returns>The entries; empty when there are none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unitId"/> or <paramref name="indicatorCode"/> is null.</exception>
    public IReadOnlyList<AssessmentEntry> History(string unitId, ReportingPeriod period, string indicatorCode)
    {
        ArgumentNullException.ThrowIfNull(unitId);
        ArgumentNullException.ThrowIfNull(indicatorCode);
        return _runs.TryGetValue((unitId, indicatorCode, period), out var run)
            ? new ArraySegment<AssessmentEntry>(_sorted, run.From, run.Count)
            : Array.Empty<AssessmentEntry>();
    }

    /// <summary>
    /// The points in force as of an instant: the final decision; else the latest appraisal round; else the unit's
    /// self-assessment (or resubmission), marked as such. Entries recorded after <paramref name="asOf"/>, and entries
    /// that break the rules, are not read.
    /// </summary>
    /// <param name="unitId">The unit.</param>
    /// <param name="period">The period.</param>
    /// <param name="indicatorCode">The indicator.</param>
    /// <param name="asOf">The instant, or null for everything recorded.</param>
    /// <returns>The points and their stage, or null when nothing is in force (no entry, or a withdrawn self-assessment only).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unitId"/> or <paramref name="indicatorCode"/> is null.</exception>
    public AssessedPoints? InForce(string unitId, ReportingPeriod period, string indicatorCode, Instant? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(unitId);
        ArgumentNullException.ThrowIfNull(indicatorCode);
        return State(unitId, period, indicatorCode, asOf)?.InForce();
    }

    /// <summary>
    /// Checks every sequence against the rules of <c>docs/appraisal.md</c> and every entry's fields against its kind;
    /// every problem is reported, at <c>unit/indicator/period@recorded-at</c>.
    /// </summary>
    /// <returns>The problems; empty when the records are legal.</returns>
    public IReadOnlyList<Problem> Validate()
    {
        var bag = new ProblemBag();
        Check(e => e.UnitId + "/" + e.IndicatorCode + "/" + e.Period.ToString() + "@" + NodaTime.Text.InstantPattern.ExtendedIso.Format(e.RecordedAt), bag);
        return bag.Problems;
    }

    /// <summary>Checks every sequence, locating each problem with <paramref name="pathOf"/>.</summary>
    internal void Check(Func<AssessmentEntry, string> pathOf, ProblemBag bag)
    {
        foreach (var run in _runs.Values.OrderBy(r => r.From))
        {
            Walk(new ArraySegment<AssessmentEntry>(_sorted, run.From, run.Count), null, pathOf, bag);
        }
    }

    /// <summary>The state of one sequence as of an instant, or null when it has no entry by then.</summary>
    internal RecordState? State(string unitId, ReportingPeriod period, string indicatorCode, Instant? asOf)
    {
        if (!_runs.TryGetValue((unitId, indicatorCode, period), out var run))
        {
            return null;
        }

        var state = Walk(new ArraySegment<AssessmentEntry>(_sorted, run.From, run.Count), asOf, null, null);
        return state.Read == 0 ? null : state;
    }

    private static bool SameKey(AssessmentEntry a, AssessmentEntry b) =>
        string.Equals(a.UnitId, b.UnitId, StringComparison.Ordinal) && string.Equals(a.IndicatorCode, b.IndicatorCode, StringComparison.Ordinal) && a.Period == b.Period;

    /// <summary>
    /// Reads one sequence in canonical order up to <paramref name="asOf"/>. Whether an entry is legal depends only on
    /// the entries before it, so the state as of an instant never depends on what was recorded later.
    /// </summary>
    private static RecordState Walk(IReadOnlyList<AssessmentEntry> entries, Instant? asOf, Func<AssessmentEntry, string>? pathOf, ProblemBag? bag)
    {
        var state = new RecordState();
        AssessmentEntry? previous = null;
        foreach (var e in entries)
        {
            if (asOf is Instant at && e.RecordedAt > at)
            {
                break;
            }

            state.Read++;
            string path = pathOf?.Invoke(e) ?? string.Empty;
            var local = bag is null ? null : new ProblemBag();
            bool fieldsOk = Fields(e, path, local);
            string? why = fieldsOk ? Sequence(state, previous, e) : null;
            previous = e;
            if (why is not null)
            {
                int cut = why.IndexOf('|', StringComparison.Ordinal);
                local?.Error(why[..cut], path, "The " + e.Describe() + " of unit '" + e.UnitId + "' for '" + e.IndicatorCode + "' " + e.Period.ToString() + " " + why[(cut + 1)..] + " It is not counted.");
            }

            if (local is not null)
            {
                foreach (var p in local.Problems)
                {
                    bag!.Add(p);
                }
            }

            if (!fieldsOk || why is not null)
            {
                continue;
            }

            Apply(state, e);
        }

        return state;
    }

    /// <summary>Checks an entry's fields against its kind and author; true when they fit.</summary>
    private static bool Fields(AssessmentEntry e, string path, ProblemBag? bag)
    {
        bool ok = true;
        void Fail(string code, string at, string message)
        {
            ok = false;
            bag?.Error(code, at, message);
        }

        string kind = FileNames.Of(e.Kind);
        bool needsPoints = e.Kind is AssessmentEntryKind.SelfAssessment or AssessmentEntryKind.Resubmission or AssessmentEntryKind.Appraisal or AssessmentEntryKind.FinalDecision;
        if (needsPoints && e.Points is null)
        {
            Fail(ProblemCodes.MissingField, path + ".points", "A '" + kind + "' entry needs its 'points'.");
        }
        else if (!needsPoints && e.Points is not null)
        {
            Fail(ProblemCodes.InvalidValue, path + ".points", "A '" + kind + "' entry carries no points.");
        }
        else if (e.Points is decimal p && (p < 0 || p > MaxPoints))
        {
            Fail(ProblemCodes.OutOfRange, path + ".points", "Points must lie between 0 and " + Num.Format(MaxPoints) + "; " + Num.Format(p) + " does not.");
        }

        if (e.Kind == AssessmentEntryKind.Appraisal)
        {
            if (e.Round is null)
            {
                Fail(ProblemCodes.MissingField, path + ".round", "An 'appraisal' entry needs its 'round' (1, 2, …).");
            }
            else if (e.Round < 1 || e.Round > MaxRound)
            {
                Fail(ProblemCodes.OutOfRange, path + ".round", "'round' must be a whole number from 1 to " + Num.Format(MaxRound) + ".");
            }
        }
        else if (e.Round is not null)
        {
            Fail(ProblemCodes.InvalidValue, path + ".round", "Only an 'appraisal' entry has a 'round'.");
        }

        if (e.Kind == AssessmentEntryKind.Explanation && string.IsNullOrWhiteSpace(e.Text))
        {
            Fail(ProblemCodes.MissingField, path + ".text", "An 'explanation' entry needs its 'text'.");
        }

        if (e.Kind != AssessmentEntryKind.Explanation && e.Accepted is not null)
        {
            Fail(ProblemCodes.InvalidValue, path + ".accepted", "Only an 'explanation' entry is accepted or not.");
        }

        bool byUnit = e.Kind is AssessmentEntryKind.SelfAssessment or AssessmentEntryKind.Withdrawal or AssessmentEntryKind.Resubmission or AssessmentEntryKind.Explanation;
        if (byUnit != (e.Author == AssessorRole.Unit))
        {
            Fail(
                AssessmentProblemCodes.WrongAuthor,
                path + ".by",
                "A '" + kind + "' entry is recorded by " + (byUnit ? "the unit" : "an appraisal team or a council") + ", not by " + FileNames.Of(e.Author) + ".");
        }

        for (int i = 0; i < e.Evidence.Count; i++)
        {
            var local = new ProblemBag();
            e.Evidence[i].Check(ProblemBag.Index(path + ".evidence", i), local);
            foreach (var problem in local.Problems)
            {
                ok = false;
                bag?.Add(problem);
            }
        }

        return ok;
    }

    /// <summary>The points one entry may carry at most (the bound of framework points).</summary>
    internal const decimal MaxPoints = 1_000_000m;

    /// <summary>The highest appraisal round.</summary>
    internal const int MaxRound = 100;

    /// <summary>Why an entry cannot follow the sequence so far, as "code|words", or null when it can.</summary>
    private static string? Sequence(RecordState s, AssessmentEntry? previous, AssessmentEntry e)
    {
        if (s.Publication is not null)
        {
            return AssessmentProblemCodes.AfterPublication + "|comes after the publication at " + At(s.Publication) + "; nothing follows a publication.";
        }

        if (previous is not null && previous.RecordedAt == e.RecordedAt)
        {
            return AssessmentProblemCodes.SameInstant + "|is recorded at the same instant as the " + previous.Describe() + "; which came first is not known. Give each entry its own recordedAt.";
        }

        switch (e.Kind)
        {
            case AssessmentEntryKind.SelfAssessment:
            case AssessmentEntryKind.Withdrawal:
            case AssessmentEntryKind.Resubmission:
                if (s.FirstAppraisal is not null)
                {
                    return AssessmentProblemCodes.UnitAfterAppraisal + "|comes after appraisal started at " + At(s.FirstAppraisal) + "; the unit changes its self-assessment only before the deadline. After it, the unit explains (an 'explanation' entry).";
                }

                if (e.Kind == AssessmentEntryKind.SelfAssessment && (s.Self is not null || s.Withdrawn))
                {
                    return AssessmentProblemCodes.SelfAssessmentRepeated + "|repeats a self-assessment; to change it, record a 'withdrawal' and then a 'resubmission'.";
                }

                if (e.Kind == AssessmentEntryKind.Withdrawal && s.Self is null)
                {
                    return AssessmentProblemCodes.NothingToWithdraw + "|has no self-assessment in force to withdraw.";
                }

                if (e.Kind == AssessmentEntryKind.Resubmission && !s.Withdrawn)
                {
                    return AssessmentProblemCodes.ResubmissionWithoutWithdrawal + "|follows no withdrawal; a resubmission replaces a withdrawn self-assessment.";
                }

                return null;
            case AssessmentEntryKind.Appraisal:
                if (s.Final is not null)
                {
                    return AssessmentProblemCodes.AfterFinal + "|comes after the final decision at " + At(s.Final) + ".";
                }

                if (s.Withdrawn)
                {
                    return AssessmentProblemCodes.AppraisalOfWithdrawn + "|appraises a self-assessment the unit withdrew at " + At(s.WithdrawnBy!) + " and has not resubmitted.";
                }

                if (e.Round != s.LastRound && e.Round != s.LastRound + 1)
                {
                    return AssessmentProblemCodes.RoundOutOfOrder + "|is out of order: " + (s.LastRound == 0 ? "round 1 comes first." : "after round " + Num.Format(s.LastRound) + " comes round " + Num.Format(s.LastRound) + " again (a correction) or round " + Num.Format(s.LastRound + 1) + ".");
                }

                return null;
            case AssessmentEntryKind.Explanation:
                if (s.Final is not null)
                {
                    return AssessmentProblemCodes.AfterFinal + "|comes after the final decision at " + At(s.Final) + ".";
                }

                return s.Self is null && s.LatestAppraisal is null
                    ? AssessmentProblemCodes.NothingToExplain + "|has neither a self-assessment in force nor an appraisal to explain."
                    : null;
            case AssessmentEntryKind.FinalDecision:
                if (s.Final is not null)
                {
                    return AssessmentProblemCodes.TwoFinals + "|is a second final decision; the first was recorded at " + At(s.Final) + ".";
                }

                return s.LatestAppraisal is null
                    ? AssessmentProblemCodes.FinalBeforeAppraisal + "|comes before any appraisal round."
                    : null;
            default:
                return s.Final is null
                    ? AssessmentProblemCodes.PublicationBeforeFinal + "|comes before the final decision."
                    : null;
        }
    }

    private static string At(AssessmentEntry e) => NodaTime.Text.InstantPattern.ExtendedIso.Format(e.RecordedAt);

    private static void Apply(RecordState s, AssessmentEntry e)
    {
        switch (e.Kind)
        {
            case AssessmentEntryKind.SelfAssessment:
            case AssessmentEntryKind.Resubmission:
                s.Self = e;
                s.Withdrawn = false;
                s.WithdrawnBy = null;
                break;
            case AssessmentEntryKind.Withdrawal:
                s.Self = null;
                s.Withdrawn = true;
                s.WithdrawnBy = e;
                break;
            case AssessmentEntryKind.Appraisal:
                s.FirstAppraisal ??= e;
                s.LatestAppraisal = e;
                s.LastRound = e.Round!.Value;
                s.Appraisals.Add(e);
                break;
            case AssessmentEntryKind.Explanation:
                s.Explanations.Add(e);
                break;
            case AssessmentEntryKind.FinalDecision:
                s.Final = e;
                break;
            default:
                s.Publication = e;
                break;
        }
    }
}

/// <summary>What one sequence of entries says, as of an instant: only the legal entries recorded by then.</summary>
internal sealed class RecordState
{
    /// <summary>How many entries were read (legal or not).</summary>
    public int Read { get; set; }

    /// <summary>The self-assessment or resubmission in force, or null.</summary>
    public AssessmentEntry? Self { get; set; }

    /// <summary>True while the unit's self-assessment is withdrawn and not resubmitted.</summary>
    public bool Withdrawn { get; set; }

    /// <summary>The withdrawal in force, or null.</summary>
    public AssessmentEntry? WithdrawnBy { get; set; }

    /// <summary>The first appraisal, or null.</summary>
    public AssessmentEntry? FirstAppraisal { get; set; }

    /// <summary>The latest appraisal, or null.</summary>
    public AssessmentEntry? LatestAppraisal { get; set; }

    /// <summary>The latest round (0 before any).</summary>
    public int LastRound { get; set; }

    /// <summary>Every legal appraisal, oldest first.</summary>
    public List<AssessmentEntry> Appraisals { get; } = [];

    /// <summary>Every legal explanation, oldest first.</summary>
    public List<AssessmentEntry> Explanations { get; } = [];

    /// <summary>The final decision, or null.</summary>
    public AssessmentEntry? Final { get; set; }

    /// <summary>The publication, or null.</summary>
    public AssessmentEntry? Publication { get; set; }

    /// <summary>The points in force: final; else latest appraisal; else self-assessment; else null.</summary>
    public AssessedPoints? InForce()
    {
        bool published = Publication is not null;
        return Final is not null ? new AssessedPoints(Final, AssessmentStage.FinalDecision, published, Self, Explanations.ToArray())
            : LatestAppraisal is not null ? new AssessedPoints(LatestAppraisal, AssessmentStage.Appraisal, published, Self, Explanations.ToArray())
            : Self is not null ? new AssessedPoints(Self, AssessmentStage.SelfAssessment, published, Self, Explanations.ToArray())
            : null;
    }
}
