using System;
using System.Collections.Generic;
using System.Linq;
using Cchc.Scoring;
using NodaTime;

namespace Cchc.Scoring;

/// <summary>What to score: a period, optionally as of an instant and for some units only.</summary>
public sealed class ScoringRequest
{
    /// <summary>Creates a request.</summary>
    /// <param name="period">The period to score.</param>
    /// <param name="asOf">Score what was known at this instant (revisions recorded later are ignored); null for the latest.</param>
    /// <param name="units">The units to score, or null for every unit of the submission set.</param>
    /// <param name="rollUpUnits">
    /// True to score every unit that has units reporting to it as a roll-up of their figures (per indicator, as the
    /// framework declares: pooled, mean, or the parent's own); false (the default) scores each unit from its own submissions.
    /// </param>
    /// <exception cref="ArgumentNullException">An item of <paramref name="units"/> is null.</exception>
    public ScoringRequest(ReportingPeriod period, Instant? asOf = null, IEnumerable<string>? units = null, bool rollUpUnits = false)
    {
        Period = period;
        AsOf = asOf;
        Units = units?.Select(u => u ?? throw new ArgumentNullException(nameof(units))).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        RollUpUnits = rollUpUnits;
    }

    /// <summary>The period.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>The as-of instant, or null.</summary>
    public Instant? AsOf { get; }

    /// <summary>The units asked for (ordinal order, no duplicates), or null for all.</summary>
    public IReadOnlyList<string>? Units { get; }

    /// <summary>True when parent units are scored as roll-ups of their units.</summary>
    public bool RollUpUnits { get; }

    /// <summary>
    /// Which declared units are scored when <see cref="Units"/> is null and units come and go (validity intervals,
    /// lineage): those existing on the period's last day (<see cref="UnitSelection.End"/>, the default), first day, or
    /// any day of it. The others that existed during the period are listed in <see cref="ScoringResult.UnitsNotScored"/>
    /// with what became of them. Without validity intervals every unit is scored, whatever the selection.
    /// </summary>
    public UnitSelection Selection { get; init; }

    /// <summary>
    /// The assessment records whose points in force replace the points computed from the figures (<c>docs/appraisal.md</c>),
    /// or null for none (the default: results are as without records).
    /// </summary>
    public AssessmentRecords? Assessments { get; private init; }

    /// <summary>The same request, scoring with the points in force of <paramref name="assessments"/> (as of <see cref="AsOf"/>).</summary>
    /// <param name="assessments">The assessment records, or null for none.</param>
    /// <returns>A new request.</returns>
    public ScoringRequest WithAssessments(AssessmentRecords? assessments) =>
        new(Period, AsOf, Units, RollUpUnits) { Assessments = assessments, Selection = Selection };
}
